package org.cadretraining.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;

@SpringBootTest
@AutoConfigureMockMvc
class UploadRefusalTests {

    @Autowired
    ApplicationContext context;

    ImportFixtures fixtures;
    CurrentUser admin = TestPrincipal.administrator();

    @BeforeEach
    void setUp() {
        fixtures = ImportFixtures.of(context);
    }

    @Test
    void filesOtherThanXlsxOrCsvAreRefusedWithAReason() {
        assertRefused("cadres.txt", "text".getBytes(StandardCharsets.UTF_8), "importing.file.type");
        assertRefused(
                "cadres.xls",
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0},
                "importing.file.oldExcel");
        assertRefused("cadres.xlsx", "staff_number,name".getBytes(StandardCharsets.UTF_8), "importing.file.notXlsx");
        assertRefused("cadres.csv", ImportFiles.xlsx(List.of(List.of("a"))), "importing.file.notCsv");
        assertRefused("cadres.csv", new byte[0], "importing.file.empty");
    }

    @Test
    void aDamagedWorkbookFailsWithoutWritingAnything() throws Exception {
        byte[] damaged = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8};

        ImportJob job = fixtures.run("cadre", "damaged.xlsx", damaged, admin);

        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.failure()).isEqualTo("importing.failure.unreadable");
    }

    @Test
    void aFileWithOnlyAHeaderHasNoRowsToImport() throws Exception {
        ImportJob job =
                fixtures.run("cadre", "empty.csv", ImportFiles.csv(List.of(List.of("工号", "姓名", "单位编码"))), admin);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(job.errorCount()).isEqualTo(1);
    }

    private void assertRefused(String fileName, byte[] content, String messageKey) {
        assertThatThrownBy(() -> fixtures.submit("cadre", fileName, content, admin))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.messageKey()).isEqualTo(messageKey);
                });
    }
}
