package org.cadretraining.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.Accounts;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff devices and their scans: a scan's claimed time must lie in the item's window, after its device got its
 * token and not in the future; every refusal has its reason code in the answer and the failed-scan log; a scan id
 * is bound to one person and item; a token stops at once when revoked or when its holder is disabled or loses the
 * role, and a renewed token keeps its grant so a queue kept offline still syncs. The course is shaped like the
 * five-day course for Party branch secretaries of real-courses.yaml, with an afternoon lecture (14:00–17:00).
 */
@AccountWebTest
class DeviceTrustTests {

    static final LocalDate DAY = LocalDate.of(2026, 5, 20);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DeviceGrants grants;

    @Autowired
    AdjustableClock clock;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

    @Autowired
    JsonMapper json;

    AttendanceFixture fixture;
    DeviceHolders holders;
    Instant before;
    long courseId;
    long lecture;
    long liMing;
    long wangFang;
    CurrentUser organiser;

    @BeforeEach
    void courseWithAnAfternoonLecture() {
        before = clock.instant();
        fixture = new AttendanceFixture(directory, jdbc, enrolment);
        holders = new DeviceHolders(testAccounts, accounts, jdbc);
        courseId = fixture.course("基层党支部书记专题培训班", DAY.minusDays(2), DAY.plusDays(2), "IN_PROGRESS");
        lecture = fixture.item(courseId, DAY, "14:00", "17:00", "LECTURE");
        liMing = fixture.trainee(courseId, "李明");
        wangFang = fixture.trainee(courseId, "王芳");
        organiser = holders.organiser();
        at("14:10");
    }

    @AfterEach
    void clockBack() {
        clock.setTo(before);
    }

    @Test
    void aScanClaiming2020IsRefusedWithItsReasonAndLoggedWithItsDate() throws Exception {
        String token = grants.issue(courseId, organiser).token();
        JsonNode answer = send(token, scan(UUID.randomUUID(), lecture, liMing, "2020-01-01T00:00:00Z"));

        assertThat(answer.at("/results/0/outcome").asString()).isEqualTo("REFUSED");
        assertThat(answer.at("/results/0/reasonCode").asString()).isEqualTo("outside_window");
        assertThat(answer.at("/results/0/reason").asString()).contains("签到时间");
        assertThat(fixture.checkIns(lecture)).isZero();
        assertThat(failedScanPage(organiser, "zh"))
                .contains("2020-01-01 08:00", "outside_window", "李明")
                .doesNotContain(">08:00<");
    }

    @Test
    void aScanBeforeItsDeviceGotItsTokenOrInTheFutureIsRefused() throws Exception {
        String token = grants.issue(courseId, organiser).token();
        JsonNode answer = send(
                token,
                scan(UUID.randomUUID(), lecture, liMing, moment("14:05").toString()),
                scan(UUID.randomUUID(), lecture, wangFang, moment("15:30").toString()));

        assertThat(answer.at("/results/0/reasonCode").asString()).isEqualTo("before_token");
        assertThat(answer.at("/results/1/reasonCode").asString()).isEqualTo("in_the_future");
        assertThat(fixture.checkIns(lecture)).isZero();
        assertThat(fixture.audited(lecture, "REFUSED")).isEqualTo(2);
    }

    @Test
    void everyRefusalOfADeviceScanHasItsReasonCode() throws Exception {
        long stranger = fixture.trainee(fixture.course(DAY), "陈斌");
        long otherCourse = fixture.course(DAY);
        long otherItem = fixture.item(otherCourse, DAY, "14:00", "17:00", "LECTURE");
        String token = grants.issue(courseId, organiser).token();
        String now = clock.instant().toString();
        UUID first = UUID.randomUUID();

        JsonNode answer = send(
                token,
                scan(first, lecture, liMing, now),
                scan(UUID.randomUUID(), lecture, liMing, now),
                scan(UUID.randomUUID(), lecture, stranger, now),
                scan(UUID.randomUUID(), otherItem, wangFang, now));

        assertThat(answer.at("/results/0/outcome").asString()).isEqualTo("RECORDED");
        assertThat(answer.at("/results/0/reasonCode").isNull()).isTrue();
        assertThat(answer.at("/results/1/outcome").asString()).isEqualTo("CONFLICT");
        assertThat(answer.at("/results/1/reasonCode").asString()).isEqualTo("already_checked_in");
        assertThat(answer.at("/results/2/reasonCode").asString()).isEqualTo("not_enrolled");
        assertThat(answer.at("/results/3/reasonCode").asString()).isEqualTo("not_an_item_of_course");
        assertThat(send(token, scan(first, lecture, liMing, now))
                        .at("/results/0/outcome")
                        .asString())
                .isEqualTo("DUPLICATE");
    }

    @Test
    void aScanIdSentAgainForAnotherTraineeIsRefusedLoudlyNamingBoth() throws Exception {
        String token = grants.issue(courseId, organiser).token();
        String now = clock.instant().toString();
        UUID scanId = UUID.randomUUID();
        assertThat(send(token, scan(scanId, lecture, liMing, now))
                        .at("/results/0/outcome")
                        .asString())
                .isEqualTo("RECORDED");

        JsonNode reused = send(token, scan(scanId, lecture, wangFang, now));
        assertThat(reused.at("/results/0/outcome").asString()).isEqualTo("REFUSED");
        assertThat(reused.at("/results/0/reasonCode").asString()).isEqualTo("scan_id_conflict");
        assertThat(reused.at("/results/0/otherCadreId").asLong()).isEqualTo(liMing);
        assertThat(reused.at("/results/0/reason").asString()).contains("李明", "王芳");
        assertThat(fixture.checkIns(lecture)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from attendance_check where cadre_id = ?")
                        .param(wangFang)
                        .query(Integer.class)
                        .single())
                .isZero();

        // the same id for the same person and item stays a duplicate; for another item it is a conflict too
        assertThat(send(token, scan(scanId, lecture, liMing, now))
                        .at("/results/0/outcome")
                        .asString())
                .isEqualTo("DUPLICATE");
        long secondLecture = fixture.item(courseId, DAY, "14:00", "16:00", "LECTURE");
        assertThat(send(token, scan(scanId, secondLecture, liMing, now))
                        .at("/results/0/reasonCode")
                        .asString())
                .isEqualTo("scan_id_conflict");

        assertThat(failedScanPage(organiser, "zh")).contains("scan_id_conflict", "此扫描编号已用于李明，不能再用于王芳");
        assertThat(failedScanPage(organiser, "en")).contains("This scan id was already used for");
    }

    @Test
    void theFailedScanLogIsReachedFromTheItemAndOnlyByThoseWhoRunTheCheckIn() {
        assertThat(mvc.get()
                        .uri("/attendance/courses/{c}/items/{i}", courseId, lecture)
                        .with(as(organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("/attendance/courses/" + courseId + "/items/" + lecture + "/failed-scans");
        CurrentUser otherTeacher = fixture.classTeacher(fixture.course(DAY));
        for (CurrentUser outsider :
                new CurrentUser[] {TestPrincipal.liaison(fixture.unit), otherTeacher, TestPrincipal.cadre(liMing)}) {
            assertThat(mvc.get()
                            .uri("/attendance/courses/{c}/items/{i}/failed-scans", courseId, lecture)
                            .with(as(outsider)))
                    .hasStatus(403);
        }
        assertThat(mvc.get()
                        .uri("/attendance/courses/{c}/items/{i}/failed-scans", courseId, lecture)
                        .with(as(fixture.classTeacher(courseId))))
                .hasStatusOk();
    }

    @Test
    void aDisabledHolderStopsTheDeviceAtOnce() throws Exception {
        String token = grants.issue(courseId, organiser).token();
        assertThat(send(
                                token,
                                scan(
                                        UUID.randomUUID(),
                                        lecture,
                                        liMing,
                                        clock.instant().toString()))
                        .at("/results/0/outcome")
                        .asString())
                .isEqualTo("RECORDED");

        holders.disable(organiser);

        assertThat(post(
                        token,
                        scan(
                                UUID.randomUUID(),
                                lecture,
                                wangFang,
                                clock.instant().toString())))
                .hasStatus(401)
                .bodyJson()
                .extractingPath("$.reasonCode")
                .isEqualTo("revoked");
        assertThat(fixture.checkIns(lecture)).isEqualTo(1);
    }

    @Test
    void aHolderWhoLosesTheRoleThatIssuedTheTokenStopsTheDevice() {
        String organisersToken = grants.issue(courseId, organiser).token();
        long teacherCadre = fixture.classTeacher(courseId).cadreId();
        CurrentUser teacher = holders.classTeacher(teacherCadre);
        String teachersToken = grants.issue(courseId, teacher).token();

        holders.takeRole(organiser, Role.ORGANISER);
        jdbc.sql("update enrolment set course_role = 'PARTICIPANT' where course_id = ? and cadre_id = ?")
                .params(courseId, teacherCadre)
                .update();

        for (String token : new String[] {organisersToken, teachersToken}) {
            assertThat(post(
                            token,
                            scan(
                                    UUID.randomUUID(),
                                    lecture,
                                    liMing,
                                    clock.instant().toString())))
                    .hasStatus(401)
                    .bodyJson()
                    .extractingPath("$.reasonCode")
                    .isEqualTo("revoked");
        }
        assertThat(fixture.checkIns(lecture)).isZero();
    }

    @Test
    void theOrganiserListsTheCoursesTokensAndRevokesOneOnThePage() throws Exception {
        CurrentUser teacher =
                holders.classTeacher(fixture.classTeacher(courseId).cadreId());
        String teachersToken = grants.issue(courseId, teacher).token();
        send(
                teachersToken,
                scan(UUID.randomUUID(), lecture, liMing, clock.instant().toString()));
        DeviceGrants.Issued organisers = grants.issue(courseId, organiser);

        MvcTestResult list = mvc.get()
                .uri("/attendance/courses/{c}/devices", courseId)
                .with(as(organiser))
                .exchange();
        assertThat(list).hasStatusOk();
        String html = list.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains(teacher.username(), organiser.username(), "未使用", "有效", "data-confirm=\"收回");
        long teachersGrant = grantOf(teacher);

        assertThat(mvc.post()
                        .uri("/attendance/courses/{c}/devices/{g}/revoke", courseId, teachersGrant)
                        .with(as(organiser))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        assertThat(post(
                        teachersToken,
                        scan(
                                UUID.randomUUID(),
                                lecture,
                                wangFang,
                                clock.instant().toString())))
                .hasStatus(401)
                .bodyJson()
                .extractingPath("$.reasonCode")
                .isEqualTo("revoked");
        assertThat(mvc.get().uri("/attendance/courses/{c}/devices", courseId).with(as(organiser)))
                .bodyText()
                .contains("已收回", "data-state=\"REVOKED\"");
        // the revoked device is not quietly given a new grant by renewing
        assertThat(mvc.post()
                        .uri("/attendance/courses/{c}/device/token", courseId)
                        .with(as(teacher))
                        .with(csrf())
                        .param("token", teachersToken))
                .hasStatus(403)
                .bodyJson()
                .extractingPath("$.reasonCode")
                .isEqualTo("revoked");
        assertThat(post(
                        organisers.token(),
                        scan(
                                UUID.randomUUID(),
                                lecture,
                                wangFang,
                                clock.instant().toString())))
                .hasStatusOk();
    }

    @Test
    void theTokensAreListedAndRevokedThroughTheApiByThoseWhoMay() {
        DeviceGrants.Issued issued = grants.issue(courseId, organiser);
        assertThat(mvc.get()
                        .uri("/api/v1/attendance/courses/{c}/device-grants", courseId)
                        .with(as(organiser)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].state")
                .isEqualTo("ACTIVE");
        CurrentUser otherTeacher = fixture.classTeacher(fixture.course(DAY));
        assertThat(mvc.get()
                        .uri("/api/v1/attendance/courses/{c}/device-grants", courseId)
                        .with(as(otherTeacher)))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/api/v1/attendance/courses/{c}/device-grants/{g}/revoke", courseId, issued.grantId())
                        .with(as(otherTeacher)))
                .hasStatus(403);
        // a class teacher of the course revokes only their own grant
        assertThat(mvc.post()
                        .uri("/api/v1/attendance/courses/{c}/device-grants/{g}/revoke", courseId, issued.grantId())
                        .with(as(fixture.classTeacher(courseId))))
                .hasStatus(403);

        assertThat(mvc.post()
                        .uri("/api/v1/attendance/courses/{c}/device-grants/{g}/revoke", courseId, issued.grantId())
                        .with(as(organiser)))
                .hasStatus(204);
        assertThat(mvc.get()
                        .uri("/api/v1/attendance/courses/{c}/device-grants", courseId)
                        .with(as(organiser)))
                .bodyJson()
                .extractingPath("$[0].state")
                .isEqualTo("REVOKED");
        assertThat(post(
                        issued.token(),
                        scan(UUID.randomUUID(), lecture, liMing, clock.instant().toString())))
                .hasStatus(401);
        assertThat(mvc.get().uri("/v3/api-docs").with(user("api-reader")))
                .bodyText()
                .contains("/api/v1/attendance/courses/{courseId}/device-grants", "scan_id_conflict", "reasonCode");
    }

    @Test
    void aRenewedTokenKeepsItsGrantSoAQueueKeptOfflineStillSyncs() throws Exception {
        String first = renew("").at("/token").asString();
        // offline from 14:20: the device queues scans under its token, which runs out at 16:10
        String queuedAt = moment("14:20").toString();
        at("16:30");
        assertThat(post(first, scan(UUID.randomUUID(), lecture, liMing, queuedAt)))
                .hasStatus(401)
                .bodyJson()
                .extractingPath("$.reasonCode")
                .isEqualTo("expired");

        JsonNode renewed = renew(first);
        assertThat(renewed.at("/grantId").asLong()).isEqualTo(grantOf(organiser));
        assertThat(renewed.at("/now").asString()).isEqualTo(clock.instant().toString());
        JsonNode synced = send(
                renewed.at("/token").asString(),
                scan(UUID.randomUUID(), lecture, liMing, queuedAt),
                scan(UUID.randomUUID(), lecture, wangFang, queuedAt));
        assertThat(synced.at("/results/0/outcome").asString()).isEqualTo("RECORDED");
        assertThat(synced.at("/results/1/outcome").asString()).isEqualTo("RECORDED");

        // a new grant, by contrast, does not vouch for a time before it was issued
        String fresh = grants.issue(courseId, organiser).token();
        assertThat(send(fresh, scan(UUID.randomUUID(), lecture, fixture.trainee(courseId, "赵强"), queuedAt))
                        .at("/results/0/reasonCode")
                        .asString())
                .isEqualTo("before_token");
    }

    @Test
    void theDevicePageCarriesNoTokenButTheAddressThatRenewsIt() {
        assertThat(mvc.get()
                        .uri("/attendance/courses/{c}/items/{i}/device", courseId, lecture)
                        .with(as(organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("data-token-url=\"/attendance/courses/" + courseId + "/device/token\"")
                .doesNotContain("data-token=\"D");
        assertThat(mvc.post()
                        .uri("/attendance/courses/{c}/device/token", courseId)
                        .with(as(organiser)))
                .as("without the page's CSRF token")
                .hasStatus(403);
    }

    private JsonNode renew(String token) throws Exception {
        MvcTestResult answer = mvc.post()
                .uri("/attendance/courses/{c}/device/token", courseId)
                .with(as(organiser))
                .with(csrf())
                .param("token", token)
                .exchange();
        assertThat(answer).hasStatusOk();
        return json.readTree(answer.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private long grantOf(CurrentUser holder) {
        return jdbc.sql("select min(id) from attendance_device_grant where course_id = ? and account_id = ?")
                .params(courseId, holder.accountId())
                .query(Long.class)
                .single();
    }

    private String failedScanPage(CurrentUser user, String language) {
        return new String(
                mvc.get()
                        .uri("/attendance/courses/{c}/items/{i}/failed-scans?lang=" + language, courseId, lecture)
                        .with(as(user))
                        .exchange()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    private JsonNode send(String token, String... scans) throws Exception {
        MvcTestResult answer = post(token, scans);
        assertThat(answer).hasStatusOk();
        return json.readTree(answer.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MvcTestResult post(String token, String... scans) {
        return mvc.post()
                .uri("/api/v1/attendance/courses/{c}/scans", courseId)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"device\": \"tablet-7\", \"scans\": [" + String.join(",", scans) + "]}")
                .exchange();
    }

    private static String scan(UUID scanId, long itemId, long cadreId, String at) {
        return """
                {"scanId": "%s", "itemId": %d, "cadreId": %d, "direction": "IN", "method": "STAFF_TAP", "at": "%s"}
                """.formatted(scanId, itemId, cadreId, at);
    }

    private Instant moment(String time) {
        return LocalDateTime.of(DAY, LocalTime.parse(time))
                .atZone(clock.getZone())
                .toInstant();
    }

    private void at(String time) {
        clock.setTo(moment(time));
    }
}
