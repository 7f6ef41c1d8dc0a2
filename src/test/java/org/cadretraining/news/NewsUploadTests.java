package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.FileType;
import org.junit.jupiter.api.Test;

class NewsUploadTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1
    };
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    @Test
    void anExecutableNamedPdfIsRefusedNextToTheAttachmentsField() {
        assertThatThrownBy(() -> NewsUpload.attachment("报告.pdf", EXE, 1_000_000))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("attachments");
                    assertThat(refused.messageKey()).isEqualTo("news.file.type");
                });
    }

    @Test
    void aCoverIsAPhotographNotAnyAcceptedFile() {
        assertThat(NewsUpload.cover("封面.png", PNG, 1_000).type()).isEqualTo(FileType.PNG);
        assertThatThrownBy(() -> NewsUpload.cover("封面.pdf", PDF, 1_000))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("news.file.coverType"));
    }

    @Test
    void aFileAboveTheLimitIsRefusedWithTheLimitInTheMessage() {
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        assertThatThrownBy(() -> NewsUpload.attachment("大文件.pdf", big, 2 * 1024 * 1024))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("news.file.tooLarge");
                    assertThat(refused.arguments()).containsExactly("大文件.pdf", "2 MB");
                });
    }

    @Test
    void theKeptNameHasNoFolderAndTheExtensionOfWhatTheFileIs() {
        assertThat(NewsUpload.attachment("C:\\用户\\通知.txt", PDF, 1_000).name()).isEqualTo("通知.pdf");
    }
}
