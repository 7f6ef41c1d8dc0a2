package org.cadretraining.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileTypeTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1
    };
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void theTypeIsReadFromTheBytesNotFromTheName() {
        assertThat(FileType.of(PDF)).contains(FileType.PDF);
        assertThat(FileType.of(PNG)).contains(FileType.PNG);
        assertThat(FileType.of(EXE)).isEmpty();
    }

    @Test
    void wordAndExcelFilesAreToldApartFromOtherZipArchivesByTheirParts() throws IOException {
        assertThat(FileType.of(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")))
                .contains(FileType.DOCX);
        assertThat(FileType.of(zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")))
                .contains(FileType.XLSX);
        assertThat(FileType.of(zip("setup.exe", "readme.txt"))).isEmpty();
        assertThat(FileType.of(zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")))
                .as("a macro-enabled document named .docx")
                .isEmpty();
        assertThat(FileType.of(zip("[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin")))
                .as("a macro-enabled workbook named .xlsx")
                .isEmpty();
    }

    @Test
    void plainTextIsUtf8WithoutControlCharacters() {
        assertThat(FileType.of("培训安排\r\n第一天\t报到\n".getBytes(StandardCharsets.UTF_8)))
                .contains(FileType.TEXT);
        assertThat(FileType.of(new byte[] {'a', 0, 'b'})).isEmpty();
        assertThat(FileType.of(new byte[] {(byte) 0xC3, (byte) 0x28})).isEmpty();
    }

    @Test
    void slidesAreToldApartFromOtherZipArchivesToo() throws IOException {
        assertThat(FileType.of(zip("[Content_Types].xml", "ppt/presentation.xml", "ppt/slides/slide1.xml")))
                .contains(FileType.PPTX);
        assertThat(FileType.of(zip("[Content_Types].xml", "ppt/presentation.xml", "ppt/vbaProject.bin")))
                .as("a macro-enabled presentation named .pptx")
                .isEmpty();
    }
}
