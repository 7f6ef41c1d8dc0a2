package org.cadretraining.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.Accounts;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Three field studies of a course at Jinggangshan ridden in the same two coaches: the first visit's vehicles and
 * seating are set once and taken over by the next visit in one step from its vehicles page.
 */
@AccountWebTest
class VehicleCopyTests {

    static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    @Autowired
    MockMvcTester mvc;

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
    Vehicles vehicles;

    AttendanceFixture fixture;
    long courseId;
    long bajiaolou;
    long huangyangjie;
    long lecture;
    long liMing;
    long wangFang;
    CurrentUser organiser;

    @BeforeEach
    void courseWithThreeVisits() {
        fixture = new AttendanceFixture(directory, jdbc, enrolment);
        courseId = fixture.course("赴井冈山干部学院党性教育专题培训班", DAY.minusDays(1), DAY.plusDays(3), "IN_PROGRESS");
        bajiaolou = fixture.item(courseId, DAY, "14:30", "17:30", "FIELD_STUDY");
        huangyangjie = fixture.item(courseId, DAY.plusDays(1), "14:00", "17:30", "FIELD_STUDY");
        lecture = fixture.item(courseId, DAY.plusDays(1), "09:00", "12:00", "LECTURE");
        jdbc.sql("update agenda_item set title_zh = '八角楼革命旧址现场教学' where id = ?")
                .param(bajiaolou)
                .update();
        liMing = trainee("李明");
        wangFang = trainee("王芳");
        organiser = new DeviceHolders(testAccounts, accounts, jdbc).organiser();
    }

    @Test
    void aLaterVisitTakesOverTheFirstVisitsCoachesAndSeatsInOneStep() {
        long bus1 = vehicles.add(courseId, bajiaolou, "1号车", "45", organiser).id();
        long bus2 = vehicles.add(courseId, bajiaolou, "2号车", "45", organiser).id();
        vehicles.seat(courseId, bajiaolou, bus1, new SeatChoice("NAMES", "", "李明"), organiser);
        vehicles.seat(courseId, bajiaolou, bus2, new SeatChoice("NAMES", "", "王芳"), organiser);

        assertThat(page(huangyangjie))
                .contains("沿用本班另一次现场教学的车辆与分车")
                .contains("八角楼革命旧址现场教学")
                .contains("value=\"" + bajiaolou + "\"");

        assertThat(copy(huangyangjie, String.valueOf(bajiaolou))).hasStatus3xxRedirection();

        assertThat(vehicles.of(huangyangjie))
                .extracting(Vehicle::name, Vehicle::capacity)
                .containsExactly(tuple("1号车", 45), tuple("2号车", 45));
        long copied1 = vehicles.of(huangyangjie).get(0).id();
        long copied2 = vehicles.of(huangyangjie).get(1).id();
        assertThat(vehicles.seats(huangyangjie))
                .containsEntry(liMing, copied1)
                .containsEntry(wangFang, copied2)
                .hasSize(2);
        // the first visit keeps its own vehicles and seats
        assertThat(vehicles.seats(bajiaolou)).containsEntry(liMing, bus1).containsEntry(wangFang, bus2);
        assertThat(page(huangyangjie)).contains("1号车 · 应到 1 人 · 座位 45").doesNotContain("id=\"copy-form\"");
    }

    @Test
    void aVisitWithVehiclesOrALectureAsTheSourceIsRefusedAndNothingIsWritten() {
        vehicles.add(courseId, bajiaolou, "1号车", "45", organiser);
        vehicles.add(courseId, huangyangjie, "大巴", "", organiser);

        MvcTestResult full = copy(huangyangjie, String.valueOf(bajiaolou));
        assertThat(full).hasStatus3xxRedirection();
        assertThat(full.getMvcResult().getFlashMap().get("copyRefused")).isEqualTo("本次现场教学已有车辆，不能再沿用其他现场教学的车辆。");
        assertThat(vehicles.of(huangyangjie)).extracting(Vehicle::name).containsExactly("大巴");

        jdbc.sql("delete from attendance_vehicle where agenda_item_id = ?")
                .param(huangyangjie)
                .update();
        MvcTestResult fromLecture = copy(huangyangjie, String.valueOf(lecture));
        assertThat(fromLecture.getMvcResult().getFlashMap().get("copyRefused")).isEqualTo("请从列表中选择本班另一次已设车辆的现场教学。");
        assertThat(copy(huangyangjie, "x").getMvcResult().getFlashMap().get("copyRefused"))
                .isNotNull();
        assertThat(vehicles.of(huangyangjie)).isEmpty();
    }

    @Test
    void aTraineeOrACadreWhoDoesNotRunTheCheckInIsRefusedAndNothingIsCopied() {
        vehicles.add(courseId, bajiaolou, "1号车", "45", organiser);
        CurrentUser trainee = TestPrincipal.user(Set.of(Role.CADRE), liMing, null);
        for (CurrentUser someone : new CurrentUser[] {trainee, TestPrincipal.cadre()}) {
            assertThat(mvc.post()
                            .uri("/attendance/courses/{c}/items/{i}/vehicles/copy", courseId, huangyangjie)
                            .with(as(someone))
                            .with(csrf())
                            .param("sourceItemId", String.valueOf(bajiaolou))
                            .exchange())
                    .hasStatus(403);
        }
        assertThat(vehicles.of(huangyangjie)).isEmpty();
    }

    private long trainee(String name) {
        long cadreId = fixture.cadre(name);
        enrolment.enrol(courseId, cadreId, CourseRole.PARTICIPANT);
        return cadreId;
    }

    private MvcTestResult copy(long itemId, String sourceItemId) {
        return mvc.post()
                .uri("/attendance/courses/{c}/items/{i}/vehicles/copy", courseId, itemId)
                .with(as(organiser))
                .with(csrf())
                .param("sourceItemId", sourceItemId)
                .exchange();
    }

    private String page(long itemId) {
        MvcTestResult result = mvc.get()
                .uri("/attendance/courses/{c}/items/{i}/vehicles", courseId, itemId)
                .with(as(organiser))
                .exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
