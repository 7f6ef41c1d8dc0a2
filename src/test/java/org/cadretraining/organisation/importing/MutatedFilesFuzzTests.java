package org.cadretraining.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.cadretraining.organisation.importing.ImportFixtures.Tree;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Mutated XLSX and CSV files (bytes flipped, files cut short, cells changed to what people and programs put in
 * them) through the API's upload, the check and the write. Whatever the file: never a server error, neither as
 * the upload's answer nor as the job's unexplained failure, and never a partial write: the register changes by
 * exactly the rows a finished job reports, or not at all. Seeded, so a failure can be replayed with
 * {@code -Dfuzz.seed=...}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MutatedFilesFuzzTests {

    private static final long SEED = Long.getLong("fuzz.seed", 20261206L);
    private static final int FILES = 48;
    private static final List<String> HEADER = List.of("工号", "姓名", "性别", "单位编码", "职务", "级别", "邮箱", "在职");
    private static final String[] ODD_CELLS = {
        "",
        " ",
        "\u0000",
        "\u200B",
        "\uFEFF胡",
        "=1+1",
        "\"",
        "\",\"",
        "a\r\nb",
        "𠮷野家",
        "\uD800",
        "男女",
        "是否",
        "-1",
        "1e309",
        "NaN",
        "45000",
        "x".repeat(600),
        "科员及以下",
        "T1-LEFT",
        "<script>",
        "%00",
        "\\",
        "'"
    };

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    ImportFixtures fixtures;
    Tree tree;
    CurrentUser admin = TestPrincipal.administrator();

    @BeforeEach
    void setUp() {
        fixtures = ImportFixtures.of(context);
        tree = fixtures.tree();
    }

    @Test
    void mutatedFilesNeverFailTheServerAndNeverWritePartly() throws Exception {
        Random random = new Random(SEED);
        List<String> outcomes = new ArrayList<>();
        for (int n = 0; n < FILES; n++) {
            boolean xlsx = random.nextBoolean();
            List<List<String>> rows = rows(random, n);
            byte[] file = xlsx ? xlsx(rows, random) : csv(rows, random);
            String mutation = "cells";
            switch (random.nextInt(4)) {
                case 0 -> {
                    mutation = "flipped";
                    file = flipped(file, random);
                }
                case 1 -> {
                    mutation = "cut";
                    file = Arrays.copyOf(file, random.nextInt(file.length));
                }
                default -> {}
            }
            outcomes.add(importOnce(n, xlsx ? "f.xlsx" : "f.csv", file, mutation));
        }
        // the mix of outcomes shows the files reached every stage, not only the upload's refusals
        assertThat(outcomes).anyMatch(o -> o.endsWith("DONE"));
        assertThat(outcomes).anyMatch(o -> o.endsWith("REJECTED"));
        assertThat(outcomes).anyMatch(o -> o.endsWith("FAILED"));
    }

    private String importOnce(int n, String name, byte[] file, String mutation) throws Exception {
        String what = "file " + n + " (" + name + ", " + mutation + ", seed " + SEED + ")";
        int cadresBefore = cadres();
        int periodsBefore = periods();
        MvcResult upload = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", name, null, file))
                        .param("kind", "cadre")
                        .with(as(admin)))
                .andReturn();
        int status = upload.getResponse().getStatus();
        assertThat(status).as(what).isIn(202, 400, 413);
        if (status != 202) {
            assertThat(cadres()).as(what).isEqualTo(cadresBefore);
            return what + ": refused " + status;
        }
        String location = upload.getResponse().getHeader("Location");
        ImportJob job = fixtures.awaitEnd(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(job.failure()).as(what).isNotEqualTo("importing.failure.unexpected");
        if (job.status() == ImportStatus.DONE) {
            assertThat(cadres() - cadresBefore).as(what).isEqualTo(job.createdCount());
            // a new cadre starts one period; an updated one starts another only when their unit, position or rank
            // changed (a flipped bit can turn a staff number into one an earlier file wrote, with only the name new)
            assertThat(periods() - periodsBefore)
                    .as(what)
                    .isBetween(job.createdCount(), job.createdCount() + job.updatedCount());
            assertThat(cadresWithoutOneTruePeriod()).as(what).isZero();
        } else {
            assertThat(job.status()).as(what).isIn(ImportStatus.REJECTED, ImportStatus.FAILED);
            assertThat(cadres()).as(what).isEqualTo(cadresBefore);
            assertThat(periods()).as(what).isEqualTo(periodsBefore);
        }
        return what + ": " + job.status();
    }

    private List<List<String>> rows(Random random, int n) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        int count = 1 + random.nextInt(12);
        for (int r = 0; r < count; r++) {
            List<String> row = new ArrayList<>(List.of(
                    tree.prefix() + n + "-" + r,
                    "干部" + r,
                    r % 2 == 0 ? "男" : "女",
                    r % 3 == 0 ? tree.right() : tree.left(),
                    "科长",
                    "县处级",
                    "c" + r + "@example.edu.cn",
                    "是"));
            if (random.nextInt(3) == 0) {
                row.set(random.nextInt(row.size()), ODD_CELLS[random.nextInt(ODD_CELLS.length)]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static byte[] xlsx(List<List<String>> rows, Random random) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "fuzz", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    int odd = random.nextInt(40);
                    if (r > 0 && odd == 0) {
                        sheet.formula(r, c, "A1&\"x\"");
                    } else if (r > 0 && odd == 1) {
                        sheet.value(r, c, random.nextDouble() * 50_000);
                        sheet.style(r, c).format("yyyy-mm-dd").set();
                    } else if (r > 0 && odd == 2) {
                        sheet.value(r, c, random.nextLong());
                    } else {
                        sheet.value(r, c, clean(rows.get(r).get(c)));
                    }
                }
            }
            if (random.nextInt(5) == 0) {
                sheet.range(0, 0, 0, 1 + random.nextInt(3)).merge();
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** XML cannot hold every character; the file writer would refuse them, a person's Excel would never write them. */
    private static String clean(String value) {
        return value.replace("\u0000", "").replace("\uD800", "");
    }

    private static byte[] csv(List<List<String>> rows, Random random) {
        byte[] text = ImportFiles.csv(rows);
        return random.nextBoolean()
                ? text
                : ImportFiles.csv(
                        CsvReader.GB18030,
                        false,
                        rows.stream()
                                .map(row -> row.stream()
                                        .map(MutatedFilesFuzzTests::clean)
                                        .toList())
                                .toList());
    }

    private static byte[] flipped(byte[] file, Random random) {
        byte[] copy = file.clone();
        int flips = 1 + random.nextInt(16);
        for (int i = 0; i < flips && copy.length > 0; i++) {
            int at = random.nextInt(copy.length);
            copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
        }
        return copy;
    }

    private int cadres() {
        return fixtures.count("select count(*) from cadre where staff_number like ?", tree.prefix() + "%");
    }

    private int periods() {
        return fixtures.count(
                "select count(*) from cadre_assignment a join cadre c on c.id = a.cadre_id where c.staff_number like ?",
                tree.prefix() + "%");
    }

    /** Cadres whose one open period of service is not the unit, position and rank the register shows. */
    private int cadresWithoutOneTruePeriod() {
        return fixtures.count("""
                select count(*) from cadre c
                 where c.staff_number like ?
                   and (select count(*) from cadre_assignment a
                         where a.cadre_id = c.id and a.valid_to is null and a.unit_id = c.unit_id
                           and a.position_zh = c.position_zh and a.position_en = c.position_en
                           and a.rank_code is not distinct from c.rank_code) <> 1
                """, tree.prefix() + "%");
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
