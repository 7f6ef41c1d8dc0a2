package org.cadretraining.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.Accounts;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
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
 * A field study counted at four legs per vehicle, shaped like the seed course's visit to the Liaoshen Campaign
 * memorial hall: two buses, study groups seated together, pasted names with a typo and a name two trainees share.
 */
@AccountWebTest
class FieldLegsTests {

    static final LocalDate DAY = LocalDate.of(2026, 6, 18);

    @Autowired
    MockMvcTester mvc;

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
    DeviceGrants grants;

    @Autowired
    Vehicles vehicles;

    @Autowired
    FieldLegDesk legs;

    @Autowired
    JsonMapper json;

    AttendanceFixture fixture;
    Instant before;
    long courseId;
    long visit;
    long lecture;
    long liMing;
    long wangFang;
    long liuYang;
    long chenJing;
    long zhangWei;
    CurrentUser organiser;
    CurrentUser teacher;

    @BeforeEach
    void courseWithAVisitToTheMemorialHall() {
        before = clock.instant();
        fixture = new AttendanceFixture(directory, jdbc, enrolment);
        courseId = fixture.course("新任职干部培训班（赴外省）", DAY.minusDays(2), DAY.plusDays(3), "IN_PROGRESS");
        visit = fixture.item(courseId, DAY, "08:00", "11:30", "FIELD_STUDY");
        jdbc.sql("update agenda_item set title_zh = '辽沈战役纪念馆现场教学', title_en = 'Liaoshen Campaign memorial hall'"
                        + " where id = ?")
                .param(visit)
                .update();
        lecture = fixture.item(courseId, DAY, "14:00", "17:00", "LECTURE");
        liMing = trainee("李明", "一组");
        wangFang = trainee("王芳", "一组");
        liuYang = trainee("刘洋", "二组");
        chenJing = trainee("陈静", "二组");
        zhangWei = trainee("张伟", null);
        trainee("赵磊", null);
        trainee("赵磊", null);
        organiser = new DeviceHolders(testAccounts, accounts, jdbc).organiser();
        teacher = fixture.classTeacher(courseId);
        at("07:50");
    }

    @AfterEach
    void clockBack() {
        clock.setTo(before);
    }

    @Test
    void vehiclesAreSetAndTraineesSeatedInBulkAllOrNoneWithEachRefusedNameAndItsReason() throws Exception {
        assertThat(addVehicle("1号车", "3")).hasStatus3xxRedirection();
        assertThat(addVehicle("2号车", "")).hasStatus3xxRedirection();
        assertThat(body(addVehicle(" ", ""))).contains("车辆名称必须填写，最多 40 个字");
        assertThat(body(addVehicle("3号车", "五十")))
                .contains("座位数须为 1 到 999 之间的整数")
                .contains("value=\"五十\"");
        assertThat(body(addVehicle("1号车", ""))).contains("本次现场教学已有名为“1号车”的车辆");
        long bus1 = vehicleId("1号车");
        long bus2 = vehicleId("2号车");

        MvcTestResult typo = seat(bus1, "NAMES", "", "李明\n李敏\n赵磊");
        assertThat(typo).hasStatus(400);
        assertThat(body(typo))
                .contains("以下姓名未能分车，本次未作任何分车", "“李敏”不是本班学员", "本班有多名学员叫“赵磊”")
                .contains("李敏\n赵磊</textarea>");
        assertThat(vehicles.seats(visit)).isEmpty();

        assertThat(seat(bus1, "GROUP", "一组", "")).hasStatus3xxRedirection();
        assertThat(vehicles.seats(visit))
                .containsEntry(liMing, bus1)
                .containsEntry(wangFang, bus1)
                .hasSize(2);
        assertThat(body(seat(bus1, "ALL", "", ""))).contains("1号车只有 3 个座位，这样分车后将坐 7 人");
        assertThat(body(seat(bus1, "GROUP", "", ""))).contains("所选学习小组没有本班学员");
        assertThat(vehicles.seats(visit)).hasSize(2);

        // the same through the API, in English
        MvcTestResult refused = mvc.post()
                .uri("/api/v1/attendance/courses/{c}/items/{i}/vehicles/{v}/seats?lang=en", courseId, visit, bus2)
                .with(as(organiser))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"mode\": \"NAMES\", \"names\": \"刘洋, 陈静, 周某\"}")
                .exchange();
        assertThat(refused).hasStatus(400);
        JsonNode problem = json.readTree(body(refused));
        assertThat(problem.at("/refusedNames/0/name").asString()).isEqualTo("周某");
        assertThat(problem.at("/refusedNames/0/reason").asString())
                .isEqualTo("\"周某\" is not a trainee of this course.");
        assertThat(vehicles.seats(visit)).hasSize(2);
        assertThat(mvc.post()
                        .uri("/api/v1/attendance/courses/{c}/items/{i}/vehicles/{v}/seats", courseId, visit, bus2)
                        .with(as(organiser))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mode\": \"NAMES\", \"names\": \"刘洋、陈静\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.seated")
                .isEqualTo(2);

        JsonNode listed = json.readTree(body(mvc.get()
                .uri("/api/v1/attendance/courses/{c}/items/{i}/vehicles", courseId, visit)
                .with(as(organiser))
                .exchange()));
        assertThat(listed.at("/vehicles/1/seated").toString())
                .contains(String.valueOf(liuYang), String.valueOf(chenJing));
        assertThat(listed.at("/unseated").size()).isEqualTo(3);
        assertThat(body(mvc.get()
                        .uri("/attendance/courses/{c}/items/{i}/vehicles", courseId, visit)
                        .with(as(organiser))
                        .exchange()))
                .contains("未分车 · 应到 3 人", "1号车 · 应到 2 人 · 座位 3");
    }

    @Test
    void eachLegIsRecordedFromTheDeviceApiAsTheOfflineQueueSendsItAndDepartAndLeaveSiteAlsoCountForPresence()
            throws Exception {
        long bus1 = vehicles.add(courseId, visit, "1号车", "", organiser).id();
        String token = grants.issue(courseId, organiser).token();
        UUID depart = UUID.randomUUID();
        at("09:45");
        // queued while the bus had no signal, sent when it came back
        String[] queue = {
            leg(depart, visit, liMing, "IN", "DEPART", bus1, "07:55"),
            leg(UUID.randomUUID(), visit, liMing, "IN", "ARRIVE", null, "08:50"),
            leg(UUID.randomUUID(), visit, liMing, "OUT", "LEAVE_SITE", bus1, "09:30"),
            leg(UUID.randomUUID(), visit, liMing, "OUT", "RETURN", bus1, "09:40")
        };
        JsonNode answer = send(token, queue);
        for (int i = 0; i < 4; i++) {
            assertThat(answer.at("/results/" + i + "/outcome").asString()).isEqualTo("RECORDED");
        }
        assertThat(jdbc.sql("select string_agg(leg || ':' || coalesce(vehicle_id::text, '-'), ',' order by counted_at)"
                                + " from attendance_leg where agenda_item_id = ?")
                        .param(visit)
                        .query(String.class)
                        .single())
                .isEqualTo("DEPART:%d,ARRIVE:-,LEAVE_SITE:%d,RETURN:%d".formatted(bus1, bus1, bus1));
        // depart is the check-in and leaving the site the check-out, under the same scan ids; nothing else
        assertThat(jdbc.sql(
                                "select string_agg(direction || ' ' || to_char(checked_at at time zone 'Asia/Shanghai',"
                                        + " 'HH24:MI'), ',' order by checked_at) from attendance_check where agenda_item_id = ?")
                        .param(visit)
                        .query(String.class)
                        .single())
                .isEqualTo("IN 07:55,OUT 09:30");
        assertThat(jdbc.sql("select count(*) from attendance_check where scan_id = ?")
                        .param(depart)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // the queue sent again (the answer was lost): each a duplicate, counted once
        JsonNode again = send(token, queue);
        for (int i = 0; i < 4; i++) {
            assertThat(again.at("/results/" + i + "/outcome").asString()).isEqualTo("DUPLICATE");
        }
        assertThat(legRows()).isEqualTo(4);
        // a scan id is bound to its device too: the same count sent from another device is not taken for a retry
        JsonNode elsewhere = sendFrom("tablet-2", token, queue[0]);
        assertThat(elsewhere.at("/results/0/outcome").asString()).isEqualTo("CONFLICT");
        assertThat(elsewhere.at("/results/0/reasonCode").asString()).isEqualTo("scan_id_conflict");

        JsonNode odd = send(
                token,
                leg(depart, visit, wangFang, "IN", "DEPART", null, "09:41"),
                leg(UUID.randomUUID(), visit, wangFang, "IN", "LUNCH", null, "09:41"),
                leg(UUID.randomUUID(), lecture, wangFang, "IN", "DEPART", null, "09:41"),
                leg(UUID.randomUUID(), visit, wangFang, "IN", "DEPART", bus1 + 1000, "09:41"),
                leg(UUID.randomUUID(), visit, wangFang, "IN", "ARRIVE", null, "07:00"));
        assertThat(odd.at("/results/0/outcome").asString()).isEqualTo("CONFLICT");
        assertThat(odd.at("/results/0/reasonCode").asString()).isEqualTo("scan_id_conflict");
        assertThat(odd.at("/results/0/otherCadreId").asLong()).isEqualTo(liMing);
        assertThat(odd.at("/results/1/reasonCode").asString()).isEqualTo("invalid");
        assertThat(odd.at("/results/2/reasonCode").asString()).isEqualTo("invalid");
        assertThat(odd.at("/results/3/reasonCode").asString()).isEqualTo("invalid");
        assertThat(odd.at("/results/4/reasonCode").asString()).isEqualTo("outside_window");
        assertThat(legRows()).isEqualTo(4);
        // refused counts are logged at their item as refused check-ins are (an unreadable leg, as any unreadable scan,
        // is answered only)
        assertThat(fixture.audited(visit, "REFUSED")).isEqualTo(2);
        assertThat(fixture.audited(lecture, "REFUSED")).isEqualTo(1);
    }

    @Test
    void theItemPageNamesWhoIsMissingRightNowPerVehicleAtItsCurrentLegAndWhoWasCountedOnAnotherVehicle()
            throws Exception {
        long bus1 = vehicles.add(courseId, visit, "1号车", "45", organiser).id();
        long bus2 = vehicles.add(courseId, visit, "2号车", "", organiser).id();
        vehicles.seat(courseId, visit, bus1, new SeatChoice("GROUP", "一组", ""), organiser);
        vehicles.seat(courseId, visit, bus2, new SeatChoice("GROUP", "二组", ""), organiser);
        at("08:10");
        count("DEPART", liMing, null, "07:58");
        count("DEPART", liuYang, bus1, "07:59"); // boarded the other bus
        count("DEPART", chenJing, null, "08:00");

        JsonNode headcount = json.readTree(body(mvc.get()
                .uri("/api/v1/attendance/courses/{c}/items/{i}/headcount", courseId, visit)
                .with(as(organiser))
                .exchange()));
        assertThat(headcount.at("/0/vehicle").asString()).isEqualTo("1号车");
        assertThat(headcount.at("/0/currentLeg").asString()).isEqualTo("DEPART");
        assertThat(headcount.at("/0/missingNow").toString()).isEqualTo("[" + wangFang + "]");
        assertThat(headcount.at("/0/legs/0/counted").asInt()).isEqualTo(1);
        assertThat(headcount.at("/0/legs/0/fromOtherVehicle/" + liuYang).asString())
                .isEqualTo("2号车");
        assertThat(headcount.at("/1/missingNow").toString()).isEqualTo("[]");
        assertThat(headcount.at("/1/legs/0/counted").asInt()).isEqualTo(2);
        assertThat(headcount.at("/1/legs/0/onOtherVehicle/" + liuYang).asString())
                .isEqualTo("1号车");
        assertThat(headcount.at("/2/vehicle").isNull()).isTrue();
        assertThat(headcount.at("/2/currentLeg").isNull()).isTrue();

        String zh = itemPage(organiser, "zh");
        assertThat(zh).contains("分段清点人数", "当前环节：出发", "此刻缺 1 人", "刘洋（在 1号车）", "此刻全员到齐", "尚未清点");
        assertThat(vehicleCard(zh, bus1)).contains("王芳").doesNotContain(">李明<");
        assertThat(vehicleCard(zh, bus2)).doesNotContain("王芳");

        // at the site bus 1 gets off first: its current leg moves on, and who is missing is of that leg
        at("09:00");
        count("ARRIVE", liMing, null, "08:55");
        count("ARRIVE", wangFang, null, "08:56");
        String en = itemPage(organiser, "en");
        assertThat(en).contains("Headcount per leg", "Current leg: Arrive", "Current leg: Depart", "刘洋 (on 1号车)");
        assertThat(vehicleCard(en, bus1)).contains("Everyone is here right now");
        assertThat(vehicleCard(itemPage(organiser, "zh"), bus2)).contains("当前环节：出发");

        // the fragment the page polls carries the same
        assertThat(body(mvc.get()
                        .uri("/attendance/courses/{c}/items/{i}/legs", courseId, visit)
                        .with(as(teacher))
                        .exchange()))
                .contains("hx-trigger=\"every 5s\"", "当前环节：到达");
    }

    @Test
    void theDevicePageOfAFieldStudyChoosesALegAndAVehicleInsteadOfInOrOut() {
        vehicles.add(courseId, visit, "1号车", "", organiser);
        String zh = page("/attendance/courses/{c}/items/{i}/device?lang=zh", visit, teacher);
        assertThat(zh)
                .contains("id=\"legs\"", "value=\"DEPART\"", "data-direction=\"OUT\"", ">出发<", ">到达<", ">离开<", ">返回<")
                .contains("id=\"vehicle\"", ">1号车<", ">按分车<")
                .doesNotContain("id=\"direction-in\"");
        assertThat(page("/attendance/courses/{c}/items/{i}/device?lang=en", visit, teacher))
                .contains(">Depart<", ">Leave site<", ">As assigned<");
        assertThat(page("/attendance/courses/{c}/items/{i}/device", lecture, teacher))
                .contains("id=\"direction-in\"")
                .doesNotContain("id=\"legs\"");
        assertThat(page("/attendance/courses/{c}/items/{i}", lecture, organiser))
                .doesNotContain("field-headcount");
    }

    @Test
    void organisersAndTheClassTeacherRunTheHeadcountAndOthersAreRefused() {
        long bus1 = vehicles.add(courseId, visit, "1号车", "", organiser).id();
        String[] reads = {
            "/attendance/courses/{c}/items/{i}/vehicles",
            "/attendance/courses/{c}/items/{i}/legs",
            "/api/v1/attendance/courses/{c}/items/{i}/vehicles",
            "/api/v1/attendance/courses/{c}/items/{i}/headcount"
        };
        for (String read : reads) {
            assertThat(mvc.get().uri(read, courseId, visit).with(as(teacher))).hasStatusOk();
        }
        assertThat(mvc.post()
                        .uri("/attendance/courses/{c}/items/{i}/vehicles/seats", courseId, visit)
                        .with(as(teacher))
                        .with(csrf())
                        .param("vehicleId", String.valueOf(bus1))
                        .param("mode", "ALL"))
                .hasStatus3xxRedirection();
        CurrentUser otherTeacher = fixture.classTeacher(fixture.course(DAY));
        for (CurrentUser outsider :
                new CurrentUser[] {TestPrincipal.cadre(liMing), TestPrincipal.liaison(fixture.unit), otherTeacher}) {
            for (String read : reads) {
                assertThat(mvc.get().uri(read, courseId, visit).with(as(outsider)))
                        .hasStatus(403);
            }
            assertThat(mvc.post()
                            .uri("/attendance/courses/{c}/items/{i}/vehicles", courseId, visit)
                            .with(as(outsider))
                            .with(csrf())
                            .param("name", "3号车"))
                    .hasStatus(403);
            assertThat(mvc.post()
                            .uri("/api/v1/attendance/courses/{c}/items/{i}/vehicles/{v}/seats", courseId, visit, bus1)
                            .with(as(outsider))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"mode\": \"ALL\"}"))
                    .hasStatus(403);
        }
        assertThat(vehicles.of(visit)).hasSize(1);
        // a lecture has no vehicles
        assertThat(mvc.get()
                        .uri("/attendance/courses/{c}/items/{i}/vehicles", courseId, lecture)
                        .with(as(organiser)))
                .hasStatus(404);
    }

    private long trainee(String name, String group) {
        long cadreId = fixture.cadre(name);
        long enrolmentId = enrolment.enrol(courseId, cadreId, CourseRole.PARTICIPANT);
        if (group != null) {
            long groupId = jdbc.sql("insert into study_group (course_id, name) values (?, ?)"
                            + " on conflict (course_id, name) do update set name = excluded.name returning id")
                    .params(courseId, group)
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into study_group_member (group_id, enrolment_id) values (?, ?)")
                    .params(groupId, enrolmentId)
                    .update();
        }
        return cadreId;
    }

    private void count(String leg, long cadreId, Long vehicleId, String time) {
        Scan scan = new Scan(
                UUID.randomUUID(),
                visit,
                cadreId,
                Leg.valueOf(leg).window(),
                CheckMethod.BADGE_SCAN,
                moment(time),
                "phone-at-the-bus-door");
        assertThat(legs.countAll(courseId, List.of(new LegScan(scan, Leg.valueOf(leg), vehicleId)), organiser, null)
                        .getFirst()
                        .outcome())
                .isEqualTo(ScanOutcome.RECORDED);
    }

    private MvcTestResult addVehicle(String name, String capacity) {
        return mvc.post()
                .uri("/attendance/courses/{c}/items/{i}/vehicles", courseId, visit)
                .with(as(organiser))
                .with(csrf())
                .param("name", name)
                .param("capacity", capacity)
                .exchange();
    }

    private MvcTestResult seat(long vehicleId, String mode, String group, String names) {
        return mvc.post()
                .uri("/attendance/courses/{c}/items/{i}/vehicles/seats", courseId, visit)
                .with(as(organiser))
                .with(csrf())
                .param("vehicleId", String.valueOf(vehicleId))
                .param("mode", mode)
                .param("group", group)
                .param("names", names)
                .exchange();
    }

    private long vehicleId(String name) {
        return vehicles.of(visit).stream()
                .filter(v -> v.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private int legRows() {
        return jdbc.sql("select count(*) from attendance_leg where agenda_item_id = ?")
                .param(visit)
                .query(Integer.class)
                .single();
    }

    private String itemPage(CurrentUser user, String language) {
        return page("/attendance/courses/{c}/items/{i}?lang=" + language, visit, user);
    }

    private String page(String uri, long itemId, CurrentUser user) {
        MvcTestResult result =
                mvc.get().uri(uri, courseId, itemId).with(as(user)).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    /** The part of the headcount about one vehicle. */
    private static String vehicleCard(String html, long vehicleId) {
        int from = html.indexOf("data-vehicle=\"" + vehicleId + "\"");
        assertThat(from).isNotNegative();
        int to = html.indexOf("data-vehicle=", from + 20);
        return html.substring(from, to < 0 ? html.length() : to);
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private JsonNode send(String token, String... scans) throws Exception {
        return sendFrom("phone-at-the-bus-door", token, scans);
    }

    private JsonNode sendFrom(String device, String token, String... scans) throws Exception {
        MvcTestResult answer = mvc.post()
                .uri("/api/v1/attendance/courses/{c}/scans", courseId)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"device\": \"" + device + "\", \"scans\": [" + String.join(",", scans) + "]}")
                .exchange();
        assertThat(answer).hasStatusOk();
        return json.readTree(body(answer));
    }

    /** A scan as the device page queues it at a field study: the leg, its direction, and the vehicle chosen. */
    private String leg(UUID scanId, long itemId, long cadreId, String direction, String leg, Long vehicle, String at) {
        return """
                {"scanId": "%s", "itemId": %d, "cadreId": %d, "direction": "%s", "method": "BADGE_SCAN",
                 "at": "%s", "leg": "%s"%s}
                """.formatted(
                        scanId,
                        itemId,
                        cadreId,
                        direction,
                        moment(at),
                        leg,
                        vehicle == null ? "" : ", \"vehicleId\": " + vehicle);
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
