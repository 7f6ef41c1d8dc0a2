package org.cadretraining.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@AccountWebTest
class StaffDeviceTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CheckInDesk desk;

    @Autowired
    CheckInCodes codes;

    @Autowired
    CheckInWriter writer;

    @Autowired
    DeviceScanFastPath fastPath;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Autowired
    DeviceApiController deviceApi;

    @Autowired
    AdjustableClock clock;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    DeviceGrants grants;

    @Autowired
    org.cadretraining.account.TestAccounts testAccounts;

    @Autowired
    org.cadretraining.account.Accounts accounts;

    AttendanceFixture fixture;
    long courseId;
    long itemId;
    long trainee;
    CurrentUser teacher;

    @BeforeEach
    void course() {
        fixture = new AttendanceFixture(directory, jdbc, enrolment);
        LocalDate today = LocalDate.now(clock);
        courseId = fixture.course(today);
        itemId = fixture.itemOpenNow(courseId, clock, "FIELD_STUDY");
        trainee = fixture.trainee(courseId, "李明");
        teacher = fixture.classTeacher(courseId);
    }

    /** A token of a grant held by the class teacher's own account. */
    private String teachersToken() {
        CurrentUser holder = new DeviceHolders(testAccounts, accounts, jdbc).classTeacher(teacher.cadreId());
        return grants.issue(courseId, holder).token();
    }

    /** Offline, the device page can only load what its service worker stored, under the very same paths. */
    @Test
    void theDevicePageLinksTheAssetsItsServiceWorkerKeepsForOfflineUse() throws Exception {
        String worker = new String(
                new org.springframework.core.io.ClassPathResource("static/attendance/sw.js")
                        .getInputStream()
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        List<String> kept = java.util.regex.Pattern.compile("\"(/[^\"]+)\"")
                .matcher(between(worker, "const ASSETS = [", "];"))
                .results()
                .map(match -> match.group(1))
                .toList();

        MvcTestResult page = mvc.get()
                .uri("/attendance/courses/{c}/items/{i}/device", courseId, itemId)
                .with(as(teacher))
                .exchange();

        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<String> linked = java.util.regex.Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"")
                .matcher(html)
                .results()
                .map(match -> match.group(1))
                .toList();
        assertThat(linked).isNotEmpty();
        assertThat(kept).containsAll(linked);
    }

    @Test
    void theFirstCheckInWinsAndALaterScanIsKeptInTheAuditLog() {
        Instant first = clock.instant();
        ScanResult recorded = desk.scan(courseId, tap(UUID.randomUUID(), trainee, "IN", first), teacher);
        ScanResult later = desk.scan(courseId, tap(UUID.randomUUID(), trainee, "IN", first.plusSeconds(120)), teacher);

        assertThat(recorded.outcome()).isEqualTo(ScanOutcome.RECORDED);
        assertThat(later.outcome()).isEqualTo(ScanOutcome.CONFLICT);
        assertThat(later.firstCheckIn()).isEqualTo(first);
        assertThat(fixture.checkIns(itemId)).isEqualTo(1);
        assertThat(jdbc.sql("select checked_at from attendance_check where agenda_item_id = ? and direction = 'IN'")
                        .param(itemId)
                        .query(Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(first);
        assertThat(jdbc.sql("select scanned_at from attendance_audit where agenda_item_id = ? and outcome = 'CONFLICT'")
                        .param(itemId)
                        .query(Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(first.plusSeconds(120));
    }

    @Test
    void aRetriedBatchIsCountedOnceAndSaysSo() {
        String scanId = UUID.randomUUID().toString();
        String batch = batch(scanId, trainee);

        MvcTestResult sent = send(batch, teacher);
        assertThat(sent)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.results[0].outcome")
                .isEqualTo("RECORDED");
        MvcTestResult retried = send(batch, teacher);
        assertThat(retried)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.results[0].outcome")
                .isEqualTo("DUPLICATE");

        assertThat(fixture.checkIns(itemId)).isEqualTo(1);
        assertThat(fixture.audited(itemId, "RECORDED")).isEqualTo(1);
        assertThat(fixture.audited(itemId, "DUPLICATE")).isEqualTo(1);
    }

    @Test
    void aBadgeNamesItsTraineeAndAForgedOneIsRefused() {
        String good =
                """
                {"device": "tablet-1", "scans": [
                  {"scanId": "%s", "itemId": %d, "badge": "%s", "direction": "IN", "method": "BADGE_SCAN"},
                  {"scanId": "%s", "itemId": %d, "badge": "B%d.AAAAAAAAAAAAAAAAAAAAAA", "direction": "IN",
                   "method": "BADGE_SCAN"}]}
                """.formatted(UUID.randomUUID(), itemId, codes.badge(trainee), UUID.randomUUID(), itemId, trainee);
        MvcTestResult result = send(good, teacher);
        assertThat(result)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.results[0].outcome")
                .isEqualTo("RECORDED");
        assertThat(result).bodyJson().extractingPath("$.results[1].outcome").isEqualTo("REFUSED");
        assertThat(fixture.checkIns(itemId)).isEqualTo(1);
    }

    @Test
    void aScanOfSomeoneOutsideTheCourseIsRefusedAndKept() {
        long otherCourse = fixture.course(LocalDate.now(clock));
        long stranger = fixture.trainee(otherCourse, "王芳");
        assertThat(send(batch(UUID.randomUUID().toString(), stranger), teacher))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.results[0].outcome")
                .isEqualTo("REFUSED");
        assertThat(fixture.checkIns(itemId)).isZero();
        assertThat(fixture.audited(itemId, "REFUSED")).isEqualTo(1);
    }

    @Test
    void onlyTheOrganisersAndTheCoursesClassTeacherSendScans() {
        long otherCourse = fixture.course(LocalDate.now(clock));
        CurrentUser otherTeacher = fixture.classTeacher(otherCourse);
        String batch = batch(UUID.randomUUID().toString(), trainee);
        assertThat(send(batch, TestPrincipal.liaison(fixture.unit))).hasStatus(403);
        assertThat(send(batch, otherTeacher)).hasStatus(403);
        assertThat(send(batch, TestPrincipal.cadre(trainee))).hasStatus(403);
        assertThat(mvc.get()
                        .uri("/attendance/courses/{c}/items/{i}/device", courseId, itemId)
                        .with(as(otherTeacher)))
                .hasStatus(403);
        assertThat(fixture.checkIns(itemId)).isZero();
        assertThat(send(batch, TestPrincipal.organiser())).hasStatusOk();
        assertThat(fixture.checkIns(itemId)).isEqualTo(1);
    }

    @Test
    void theHeadcountShowsWhoHasNotBoardedAndWhoHasNotLeft() throws Exception {
        long second = fixture.trainee(courseId, "赵强");
        long third = fixture.trainee(courseId, "孙丽");
        Instant now = clock.instant();
        desk.scan(courseId, tap(UUID.randomUUID(), trainee, "IN", now), teacher);
        desk.scan(courseId, tap(UUID.randomUUID(), second, "IN", now), teacher);
        desk.scan(courseId, tap(UUID.randomUUID(), trainee, "OUT", now.plus(Duration.ofMinutes(5))), teacher);

        MvcTestResult page = mvc.get()
                .uri("/attendance/courses/{c}/items/{i}", courseId, itemId)
                .with(as(teacher))
                .exchange();
        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(between(html, "id=\"not-arrived\"", "</ul>")).contains("孙丽").doesNotContain("李明", "赵强");
        assertThat(between(html, "id=\"not-left\"", "</ul>")).contains("赵强").doesNotContain("李明", "孙丽");
        assertThat(third).isPositive();
    }

    @Test
    void theClassTeacherOpensTheDeviceAndPrintsBadgesThatItReads() {
        assertThat(mvc.get()
                        .uri("/attendance/courses/{c}/items/{i}/device", courseId, itemId)
                        .with(as(teacher)))
                .hasStatusOk()
                .bodyText()
                .contains("李明", "data-badge=\"" + codes.badge(trainee) + "\"", "attendance-device.js");
        assertThat(mvc.get().uri("/attendance/courses/{c}/badges", courseId).with(as(teacher)))
                .hasStatusOk()
                .bodyText()
                .contains("李明", "data:image/png;base64,");
        assertThat(mvc.get()
                        .uri("/attendance/courses/{c}/badges", courseId)
                        .with(as(TestPrincipal.liaison(fixture.unit))))
                .hasStatus(403);
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        return html.substring(from, html.indexOf(end, from));
    }

    /** A body too large for the short way goes the general way whole, not cut where the short way stopped reading. */
    @Test
    void aVeryLargeBatchFromAValidDeviceIsStillReadWhole() {
        String token = teachersToken();
        String json = batch(UUID.randomUUID().toString(), trainee)
                .replace("\"tablet-1\"", "\"tablet-1 " + "x".repeat(300 * 1024) + "\"");

        assertThat(sendWithToken(json, token))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.results[0].outcome")
                .isEqualTo("RECORDED");
        assertThat(fixture.checkIns(itemId)).isEqualTo(1);
    }

    @Test
    void theOpenApiDescriptionShowsTheBatchADeviceSends() {
        assertThat(mvc.get().uri("/v3/api-docs").with(user("api-reader")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.paths['/api/v1/attendance/courses/{courseId}/scans'].post.requestBody.content"
                        + "['application/json'].schema.$ref")
                .asString()
                .endsWith("/ScanBatch");
    }

    @Test
    void aBodyAboveTheLimitIsRefusedAsTooLargeAndNotReadWithoutAValidToken() {
        String token = teachersToken();
        String json = batch(UUID.randomUUID().toString(), trainee)
                .replace("\"tablet-1\"", "\"" + "x".repeat(DeviceApiController.MOST_BYTES) + "\"");

        assertThat(sendWithToken(json, token))
                .hasStatus(413)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("1,024 KB");
        assertThat(sendWithToken(json, "junk")).hasStatus(401);
        assertThat(fixture.checkIns(itemId)).isZero();
    }

    @Test
    void aDeviceSendsItsQueueWithItsSignedTokenAndAForgedExpiredOrForeignTokenIsRefused() {
        String token = teachersToken();

        assertThat(sendWithToken(batch(UUID.randomUUID().toString(), trainee), token))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.results[0].outcome")
                .isEqualTo("RECORDED");
        assertThat(sendWithToken(
                        batch(UUID.randomUUID().toString(), trainee), token.substring(0, token.length() - 2) + "AA"))
                .hasStatus(401);
        assertThat(sendWithToken(
                        batch(UUID.randomUUID().toString(), trainee),
                        token.replaceFirst("^D" + courseId, "D" + (courseId + 1))))
                .hasStatus(401);
        long otherCourse = fixture.course(LocalDate.now(clock));
        assertThat(mvc.post()
                        .uri("/api/v1/attendance/courses/{c}/scans", otherCourse)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(batch(UUID.randomUUID().toString(), trainee)))
                .hasStatus(401);
        assertThat(mvc.post()
                        .uri("/api/v1/attendance/courses/{c}/scans", courseId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(batch(UUID.randomUUID().toString(), trainee)))
                .hasStatus(401);

        clock.advance(java.time.Duration.ofHours(2));
        assertThat(sendWithToken(batch(UUID.randomUUID().toString(), trainee), token))
                .hasStatus(401);
        assertThat(fixture.checkIns(itemId)).isEqualTo(1);
    }

    @Test
    void theTokenIsCheckedBeforeTheBodyIsRead() {
        String token = teachersToken();
        for (String body : List.of("{not json", "", "null")) {
            assertThat(sendWithToken(body, "junk"))
                    .as("junk token, body %s", body)
                    .hasStatus(401);
            assertThat(sendWithToken(body, token))
                    .as("valid token, body %s", body)
                    .hasStatus(400);
        }
        MvcTestResult wrongKind = sendWithToken("{\"scans\": \"many\"}", token);
        assertThat(wrongKind)
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("scans");
        assertThat(sendWithToken("{\"scans\": \"many\"}", "junk")).hasStatus(401);
        assertThat(fixture.checkIns(itemId)).isZero();
    }

    @Test
    void withoutAValidTokenNoByteOfTheBodyIsRead() throws Exception {
        String token = teachersToken();
        MockFilterChain onwards = new MockFilterChain();
        BodyWatch junk = new BodyWatch(courseId, "junk", batch(UUID.randomUUID().toString(), trainee));
        fastPath.doFilter(junk, new MockHttpServletResponse(), onwards);
        assertThat(onwards.getRequest()).as("passed on to the controller").isNotNull();
        assertThat(junk.bytesRead).isZero();
        assertThatThrownBy(() -> deviceApi.scans(courseId, "Bearer junk", junk))
                .isInstanceOf(DeviceApiController.TokenRefused.class)
                .hasMessage("invalid");
        assertThat(junk.bytesRead).isZero();

        // with a valid token the short way reads the batch, answers it itself and times it
        long timed = meters.timer("attendance.device.batches").count();
        BodyWatch valid = new BodyWatch(courseId, token, batch(UUID.randomUUID().toString(), trainee));
        MockHttpServletResponse answer = new MockHttpServletResponse();
        MockFilterChain notReached = new MockFilterChain();
        fastPath.doFilter(valid, answer, notReached);
        assertThat(valid.bytesRead).isPositive();
        assertThat(notReached.getRequest()).isNull();
        assertThat(answer.getContentAsString()).contains("RECORDED");
        assertThat(meters.timer("attendance.device.batches").count()).isEqualTo(timed + 1);
    }

    /** A device's request that counts the bytes read from its body. */
    private static final class BodyWatch extends MockHttpServletRequest {

        int bytesRead;

        BodyWatch(long courseId, String token, String json) {
            super("POST", "/api/v1/attendance/courses/" + courseId + "/scans");
            addHeader("Authorization", "Bearer " + token);
            setContentType(MediaType.APPLICATION_JSON_VALUE);
            setContent(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            jakarta.servlet.ServletInputStream body = super.getInputStream();
            return new org.springframework.mock.web.DelegatingServletInputStream(new java.io.InputStream() {
                @Override
                public int read() throws java.io.IOException {
                    int next = body.read();
                    bytesRead += next < 0 ? 0 : 1;
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                    int count = body.read(buffer, offset, length);
                    bytesRead += Math.max(count, 0);
                    return count;
                }
            });
        }
    }

    @Test
    void aCourseThatIsNotANumberIsExplainedInTheCallersLanguageNextToItsField() {
        assertThat(mvc.post()
                        .uri("/api/v1/attendance/courses/abc/scans")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scans\": []}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("courseId");
        assertThat(mvc.post()
                        .uri("/api/v1/attendance/courses/abc/scans")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scans\": []}"))
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("输入有误");
    }

    @Test
    void aTokenGivesNoMoreThanItsHoldersRights() {
        CurrentUser trainee = new DeviceHolders(testAccounts, accounts, jdbc)
                .account(java.util.EnumSet.of(org.cadretraining.shared.Role.CADRE), this.trainee);
        assertThatThrownBy(() -> grants.issue(courseId, trainee))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/attendance/courses/{c}/device/token", courseId)
                        .with(as(trainee))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(fixture.checkIns(itemId)).isZero();
    }

    @Test
    void scansArrivingTogetherAreWrittenTogetherUnderTheSameRules() throws Exception {
        UUID retried = UUID.randomUUID();
        List<Scan> scans = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // the same trainee tapped in by many devices at once, one scan id sent twice
            scans.add(tap(
                    i < 2 ? retried : UUID.randomUUID(),
                    trainee,
                    "IN",
                    clock.instant().plusSeconds(i)));
        }
        List<ScanResult> results;
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = scans.stream()
                    .map(scan -> pool.submit(() -> desk.scan(courseId, scan, teacher)))
                    .toList();
            results = new java.util.ArrayList<>();
            for (var future : futures) {
                results.add(future.get());
            }
        }

        assertThat(results).filteredOn(r -> r.outcome() == ScanOutcome.RECORDED).hasSize(1);
        assertThat(results).filteredOn(r -> r.outcome() != ScanOutcome.RECORDED).allSatisfy(r -> assertThat(r.outcome())
                .isIn(ScanOutcome.CONFLICT, ScanOutcome.DUPLICATE));
        Instant first = results.stream()
                .filter(r -> r.outcome() == ScanOutcome.RECORDED)
                .findFirst()
                .orElseThrow()
                .firstCheckIn();
        assertThat(results).allSatisfy(r -> assertThat(r.firstCheckIn()).isEqualTo(first));
        assertThat(fixture.checkIns(itemId)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from attendance_audit where agenda_item_id = ?")
                        .param(itemId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(40);
    }

    @Test
    void withinOneGroupTheFirstCheckInWinsAndASecondCopyOfAScanIsADuplicate() {
        UUID sentTwice = UUID.randomUUID();
        Instant first = clock.instant();

        List<ScanResult> results = writer.writeTogether(
                List.of(
                        tap(sentTwice, trainee, "IN", first),
                        tap(sentTwice, trainee, "IN", first),
                        tap(UUID.randomUUID(), trainee, "IN", first.plusSeconds(60))),
                "teacher");

        assertThat(results)
                .extracting(ScanResult::outcome)
                .containsExactly(ScanOutcome.RECORDED, ScanOutcome.DUPLICATE, ScanOutcome.CONFLICT);
        assertThat(results).allSatisfy(r -> assertThat(r.firstCheckIn()).isEqualTo(first));
        assertThat(fixture.checkIns(itemId)).isEqualTo(1);
        assertThat(fixture.audited(itemId, "DUPLICATE")).isEqualTo(1);
    }

    private MvcTestResult sendWithToken(String json, String token) {
        return mvc.post()
                .uri("/api/v1/attendance/courses/{c}/scans", courseId)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private Scan tap(UUID scanId, long cadreId, String direction, Instant at) {
        return new Scan(
                scanId, itemId, cadreId, Scan.Direction.valueOf(direction), CheckMethod.STAFF_TAP, at, "tablet-1");
    }

    private String batch(String scanId, long cadreId) {
        return """
                {"device": "tablet-1", "scans": [{"scanId": "%s", "itemId": %d, "cadreId": %d, "direction": "IN",
                 "method": "STAFF_TAP", "at": "%s"}]}
                """.formatted(scanId, itemId, cadreId, clock.instant());
    }

    private MvcTestResult send(String json, CurrentUser user) {
        return mvc.post()
                .uri("/attendance/courses/{c}/scans", courseId)
                .with(as(user))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }
}
