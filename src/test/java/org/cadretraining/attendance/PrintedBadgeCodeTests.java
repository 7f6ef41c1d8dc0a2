package org.cadretraining.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.documents.print.DeskFixture;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The QR code printed on a badge is the signed code a staff device accepts for that very cadre. */
@SpringBootTest
@AutoConfigureMockMvc
class PrintedBadgeCodeTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CourseSetup courses;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CheckInCodes codes;

    @Test
    void everyQrCodeOnAPrintedBadgePageDecodesToTheBadgeOfAParticipant() throws Exception {
        var world = new DeskFixture(directory, courses, enrolment, jdbc, 10);
        byte[] pdf = mvc.get()
                .uri("/courses/" + world.course + "/badges.pdf")
                .with(as(TestPrincipal.organiser()))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        List<Long> enrolled = new java.util.ArrayList<>(world.participants);
        enrolled.add(world.wangQiang);
        enrolled.add(world.liXiaomei);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            // 150 dpi is what an office printer prints at, and coarser than a phone camera sees
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            Result[] found = new QRCodeMultiReader()
                    .decodeMultiple(
                            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            List<Optional<Long>> cadres = Arrays.stream(found)
                    .map(result -> codes.cadreOf(result.getText()))
                    .toList();
            assertThat(cadres).hasSize(8).allSatisfy(cadre -> assertThat(cadre)
                    .hasValueSatisfying(id -> assertThat(enrolled).contains(id)));
            assertThat(cadres.stream().distinct()).hasSize(8);
        }
    }
}
