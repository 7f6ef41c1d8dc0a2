package org.cadretraining.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cadretraining.attendance.AttendanceSetup;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.course.site.Sites;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.credit.CreditSource;
import org.cadretraining.credit.NewCreditEntry;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The pages of completion on a completed course with two trainees, one completing (in the organising unit) and one
 * not (in another unit), and a class teacher: who may see what, the certificate PDF, and public verification.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletionPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CreditLedger ledger;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CourseSetup courses;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    AttendanceSetup attendance;

    @Autowired
    Sites sites;

    @Autowired
    Clock clock;

    @Autowired
    Certificates certificates;

    CompletionFixture w;
    long holder;
    long absentee;
    long teacher;
    long outsider;
    Certificates.Certificate certificate;

    @BeforeAll
    void completedCourse() {
        w = new CompletionFixture(directory, courses, enrolment, attendance, sites, clock);
        holder = w.trainee("张伟");
        absentee = w.trainee("刘洋", w.otherUnit);
        teacher = w.cadre("王老师", w.unit);
        enrolment.enrol(w.courseId, teacher, CourseRole.CLASS_TEACHER);
        outsider = w.cadre("路人", w.otherUnit);
        w.begin();
        w.attendsAllBut(holder);
        w.attends(absentee, 0);
        w.complete();
        certificate = certificates.ofCourse(w.courseId).getFirst();
    }

    @Test
    void theOrganiserSeesEveryTraineesCreditedHoursDecisionReasonsAndCertificate() {
        assertThat(get("/courses/" + w.courseId + "/completion", TestPrincipal.organiser()))
                .hasStatusOk()
                .bodyText()
                .contains("张伟", "24.00", certificate.serial())
                .contains("刘洋", "未结业", "认定学时 3.00，未达到规定的 18.00 学时", "未出席必修日程");
        assertThat(get("/courses/" + w.courseId + "/completion", teacherUser()))
                .hasStatusOk()
                .bodyText()
                .contains("刘洋")
                .doesNotContain("/revoke");
    }

    @Test
    void aTraineeSeesOnlyTheirOwnResultAndHowTheirHoursWereCredited() {
        assertThat(get("/courses/" + w.courseId + "/completion", TestPrincipal.cadre(holder)))
                .hasStatusOk()
                .bodyText()
                .contains("我的结业情况", "12月30日下午，现场教学：塔山阻击战纪念馆", "下载证书")
                .doesNotContain("刘洋");
        assertThat(get("/courses/" + w.courseId + "/completion", TestPrincipal.cadre(outsider)))
                .hasStatus(403);
    }

    @Test
    void theCertificatePdfIsBilingualWithAQrCodeThatLeadsToItsVerificationPage() throws Exception {
        MvcTestResult result = get("/certificates/" + certificate.id() + ".pdf", TestPrincipal.cadre(holder));
        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        byte[] pdf = result.getResponse().getContentAsByteArray();
        // kept for a person to look at, as the course documents' tests do
        java.nio.file.Files.write(java.nio.file.Path.of("target", "certificate-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("结业证书", "Certificate of Completion", "张伟", certificate.serial())
                    .contains("认定 24 学时", "2023年12月30日", "2 January 2024");
            // the whole page is searched for the code: finely rendered, and told what to look for, so that the
            // page's text is never taken for a damaged code
            var image = new PDFRenderer(document).renderImageWithDPI(0, 300);
            var decoded = new MultiFormatReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                            java.util.Map.of(
                                    com.google.zxing.DecodeHintType.POSSIBLE_FORMATS,
                                    java.util.List.of(com.google.zxing.BarcodeFormat.QR_CODE),
                                    com.google.zxing.DecodeHintType.TRY_HARDER,
                                    Boolean.TRUE));
            assertThat(decoded.getText()).endsWith("/verify/" + certificate.verificationCode());
        }
    }

    @Test
    void theCertificateIsForItsHolderTheirLiaisonAndTheOrganiserOnly() {
        String uri = "/certificates/" + certificate.id() + ".pdf";
        assertThat(get(uri, TestPrincipal.organiser())).hasStatusOk();
        assertThat(get(uri, TestPrincipal.liaison(w.unit))).hasStatusOk();
        assertThat(get(uri, TestPrincipal.cadre(absentee))).hasStatus(403);
        assertThat(get(uri, TestPrincipal.liaison(w.otherUnit))).hasStatus(403);
    }

    @Test
    void verificationIsPublicAndShowsAValidCertificatesFacts() {
        assertThat(mvc.get().uri("/verify/" + certificate.verificationCode()).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("证书有效", certificate.serial(), "张伟", "跨年培训班", "2023-12-30", "2024-01-02", "24");
        assertThat(mvc.get().uri("/verify/" + certificate.serial()).exchange())
                .hasStatus(404)
                .bodyText()
                .contains("未找到该证书");
    }

    @Test
    void aRevokedCertificateSaysSoAndWhyOnItsPublicPage() {
        Certificates.Certificate other = issuedElsewhere();
        String uri = "/certificates/" + other.id() + "/revoke";
        assertThat(mvc.post()
                        .uri(uri)
                        .with(as(TestPrincipal.cadre(other.cadreId())))
                        .with(csrf())
                        .param("reason", "自己撤销")
                        .exchange())
                .hasStatus(403);
        MvcTestResult refused = mvc.post()
                .uri(uri)
                .with(as(TestPrincipal.organiser()))
                .with(csrf())
                .param("reason", "")
                .exchange();
        assertThat(refused).hasStatus3xxRedirection().flash().containsKey("revokeRefusal");
        assertThat(certificates.byId(other.id()).orElseThrow().valid()).isTrue();

        assertThat(mvc.post()
                        .uri(uri)
                        .with(as(TestPrincipal.organiser()))
                        .with(csrf())
                        .param("reason", "考勤记录经复核有误")
                        .exchange())
                .hasStatus3xxRedirection();

        assertThat(mvc.get()
                        .uri("/verify/" + other.verificationCode() + "?lang=en")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("Certificate revoked", "Revoked because: 考勤记录经复核有误");
    }

    @Test
    void theArchiveIsForTheCadreTheirLiaisonAndTheOrganiser() throws IOException {
        ledger.record(List.of(new NewCreditEntry(
                holder,
                java.time.LocalDate.of(2024, 5, 10),
                CreditCategory.FULL_TIME,
                CreditSource.EXTERNAL,
                null,
                "declaration:archive-test-" + holder,
                CreditHours.of("12"),
                new LocalizedText("省委党校专题培训（上级调训）", "Provincial Party School course"),
                "test")));
        String uri = "/cadres/" + holder + "/archive";
        assertThat(get(uri, TestPrincipal.cadre(holder)))
                .hasStatusOk()
                .bodyText()
                .contains("一人一档：张伟", "跨年培训班", certificate.serial(), "24.00")
                .contains("省委党校专题培训（上级调训）", "12.00", "2024-05-10");
        assertThat(get(uri, TestPrincipal.organiser())).hasStatusOk();
        assertThat(get(uri, TestPrincipal.liaison(w.unit))).hasStatusOk();
        assertThat(get(uri, TestPrincipal.cadre(absentee))).hasStatus(403);
        assertThat(get(uri, TestPrincipal.liaison(w.otherUnit))).hasStatus(403);
        assertThat(get(uri, teacherUser())).hasStatus(403);

        MvcTestResult pdf = get(uri + ".pdf", TestPrincipal.cadre(holder));
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("张伟", "跨年培训班", certificate.serial(), "省委党校专题培训（上级调训）");
        }
        assertThat(get("/cadres/" + absentee + "/archive", TestPrincipal.cadre(absentee)))
                .hasStatusOk()
                .bodyText()
                .contains("未结业", "未出席必修日程");
    }

    @Test
    void aTraineeSubmitsTheReflectionReportWhileTheCourseRunsAndTheOrganiserSeesIt() {
        CompletionFixture running = new CompletionFixture(directory, courses, enrolment, attendance, sites, clock);
        long writer = running.trainee("赵敏");
        long silent = running.trainee("钱力");
        running.begin();
        String completion = "/courses/" + running.courseId + "/completion";
        assertThat(mvc.post()
                        .uri(completion + "/rule")
                        .with(as(TestPrincipal.cadre(writer)))
                        .with(csrf())
                        .param("reflectionRequired", "true")
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri(completion + "/rule")
                        .with(as(TestPrincipal.organiser()))
                        .with(csrf())
                        .param("reflectionRequired", "true")
                        .exchange())
                .hasStatus3xxRedirection();

        assertThat(mvc.post()
                        .uri("/courses/" + running.courseId + "/reflection")
                        .with(as(TestPrincipal.cadre(writer)))
                        .with(csrf())
                        .param("body", "   ")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("请填写心得体会");
        assertThat(mvc.post()
                        .uri("/courses/" + running.courseId + "/reflection")
                        .with(as(TestPrincipal.cadre(writer)))
                        .with(csrf())
                        .param("body", "<script>alert(1)</script>学习体会")
                        .exchange())
                .hasStatus3xxRedirection();

        assertThat(get(completion, TestPrincipal.organiser()))
                .hasStatusOk()
                .bodyText()
                .contains("已提交", "未提交", "未交心得体会".substring(1, 5));
        assertThat(get(completion, TestPrincipal.cadre(writer)))
                .hasStatusOk()
                .bodyText()
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;学习体会")
                .doesNotContain("<script>alert(1)");
        assertThat(silent).isPositive();
    }

    private Certificates.Certificate issuedElsewhere() {
        CompletionFixture another = new CompletionFixture(directory, courses, enrolment, attendance, sites, clock);
        long cadre = another.trainee("孙红");
        another.begin();
        another.attendsAllBut(cadre);
        another.complete();
        return certificates.ofCourse(another.courseId).getFirst();
    }

    private CurrentUser teacherUser() {
        return TestPrincipal.user(java.util.Set.of(Role.CLASS_TEACHER), teacher, null);
    }

    private MvcTestResult get(String uri, CurrentUser user) {
        return mvc.get().uri(uri).with(as(user)).exchange();
    }

    @SuppressWarnings("unused")
    private static List<String> none() {
        return List.of();
    }
}
