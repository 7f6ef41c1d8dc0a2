package org.cadretraining.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A printed sheet is dated by the institution's day (Asia/Shanghai), not by UTC's: late in the UTC evening it is
 * already the next day in Beijing, and a sheet printed then carries Beijing's date.
 */
@AccountWebTest
class PdfInstitutionDayTests {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Sites sites;

    @Autowired
    Lecturers lecturers;

    @Autowired
    AdjustableClock clock;

    @Test
    void theSignInSheetIsDatedByTheInstitutionsDayNotUtcs() throws IOException {
        // move the clock on to a UTC evening hour, when Beijing has already reached the next day
        while (clock.instant().atZone(ZoneOffset.UTC).getHour() < 17) {
            clock.advance(Duration.ofHours(1));
        }
        LocalDate utcDay = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate beijingDay =
                clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        assertThat(beijingDay).isEqualTo(utcDay.plusDays(1));

        DocumentsFixture seed = new DocumentsFixture(mvc, directory, sites, lecturers);
        long course = seed.course();
        MvcTestResult sheet = mvc.get()
                .uri("/courses/" + course + "/sign-in/2023-03-17.pdf")
                .with(as(seed.organiser))
                .exchange();
        assertThat(sheet).hasStatusOk();
        try (PDDocument pdf = Loader.loadPDF(sheet.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("制表日期：" + beijingDay.format(FULL))
                    .doesNotContain("制表日期：" + utcDay.format(FULL));
        }
    }
}
