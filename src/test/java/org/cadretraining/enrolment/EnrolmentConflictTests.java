package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadretraining.support.TestPrincipal.as;

import java.time.LocalDate;
import java.time.LocalTime;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.PlannedItem;
import org.cadretraining.course.ScheduleConflict;
import org.cadretraining.course.site.SiteDetails;
import org.cadretraining.course.site.SiteKind;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class EnrolmentConflictTests {

    static final LocalDate MAY_8 = LocalDate.of(2032, 5, 8);

    @Autowired
    MockMvcTester mvc;

    /** The application's clock, in the institution's zone: "today" is the institution's today. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    EnrolmentStore store;

    @Autowired
    Quotas quotas;

    @Autowired
    Nominations nominations;

    @Autowired
    WaitingList waitingList;

    @Autowired
    DirectEnrolments direct;

    @Autowired
    StudyGroups groups;

    @Autowired
    EnrolmentConflictChecks checks;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    EnrolmentFixture world;

    @BeforeEach
    void world() {
        world = new EnrolmentFixture(directory, jdbc);
    }

    @Test
    void aCadreCannotBeEnrolledInTwoCoursesWhoseDatesOverlap() {
        long first = world.course(MAY_8, MAY_8.plusDays(2), 20);
        long overlapping = world.course(MAY_8.plusDays(2), MAY_8.plusDays(4), 20);
        long later = world.course(MAY_8.plusDays(3), MAY_8.plusDays(4), 20);
        long baiJing = world.cadre("白静", world.schoolA);
        direct.enrol(first, baiJing, CourseRole.PARTICIPANT, world.organiser);

        assertThatThrownBy(() -> direct.enrol(overlapping, baiJing, CourseRole.PARTICIPANT, world.organiser))
                .hasMessage("enrolment.refused.overlap");
        quotas.allocate(overlapping, world.schoolA, 2, world.organiser);
        assertThat(mvc.post()
                        .uri("/api/v1/courses/{id}/nominations", overlapping)
                        .with(as(world.liaisonA))
                        .contentType("application/json")
                        .content("{\"cadreId\":" + baiJing + "}"))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("日期重叠");
        assertThat(direct.enrol(later, baiJing, CourseRole.PARTICIPANT, world.organiser)
                        .status())
                .isEqualTo(EnrolmentStatus.APPROVED);
    }

    @Test
    void movingACourseOntoDatesWhenAParticipantIsInAnotherCourseIsAConflict() {
        long first = world.course(MAY_8, MAY_8.plusDays(2), 20);
        long second = world.course(MAY_8.plusDays(10), MAY_8.plusDays(12), 20);
        long baiJing = world.cadre("白静", world.schoolA);
        direct.enrol(first, baiJing, CourseRole.PARTICIPANT, world.organiser);
        direct.enrol(second, baiJing, CourseRole.PARTICIPANT, world.organiser);

        assertThat(checks.checkDates(second, MAY_8.plusDays(11), MAY_8.plusDays(13)))
                .isEmpty();
        assertThat(checks.checkDates(second, MAY_8.plusDays(1), MAY_8.plusDays(3)))
                .singleElement()
                .satisfies(conflict -> {
                    assertThat(conflict.messageKey()).isEqualTo("enrolment.conflict.cadreOverlap");
                    assertThat(conflict.arguments().getFirst()).isEqualTo("白静");
                });
    }

    @Test
    void aFieldStudyWithMoreParticipantsThanTheSiteHoldsIsAConflictUnlessTheGroupsFit() {
        long course = world.course(MAY_8, MAY_8.plusDays(2), 20);
        long hall = sites.register(new SiteDetails(
                new LocalizedText("辽沈战役纪念馆", "Liaoshen Battle Memorial Hall"), "锦州", SiteKind.MEMORIAL_HALL, 3, true));
        long[] places = new long[4];
        for (int i = 0; i < 4; i++) {
            places[i] = direct.enrol(
                            course, world.cadre("学员" + i, world.schoolA), CourseRole.PARTICIPANT, world.organiser)
                    .id();
        }
        PlannedItem fieldStudy = new PlannedItem(
                course,
                null,
                AgendaItemType.FIELD_STUDY,
                MAY_8,
                LocalTime.of(14, 0),
                LocalTime.of(17, 0),
                hall,
                null,
                null);

        assertThat(checks.check(fieldStudy))
                .extracting(ScheduleConflict::messageKey, ScheduleConflict::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "enrolment.conflict.siteTooSmall", java.util.List.of(4, 3)));
        PlannedItem lecture = new PlannedItem(
                course, null, AgendaItemType.LECTURE, MAY_8, LocalTime.of(8, 0), LocalTime.of(11, 0), hall, null, null);
        assertThat(checks.check(lecture)).isEmpty();

        long one = groups.create(course, "第一组", world.organiser);
        long two = groups.create(course, "第二组", world.organiser);
        for (int i = 0; i < 4; i++) {
            groups.assign(places[i], i < 2 ? one : two, world.organiser);
        }
        assertThat(checks.check(fieldStudy))
                .as("groups of two go one after another")
                .isEmpty();
    }

    @Test
    void aCadresOwnPageListsTheirCoursesAndTodaysAgenda() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long current = world.course(today.minusDays(1), today.plusDays(1), 20, "IN_PROGRESS");
        long next = world.course(today.plusDays(30), today.plusDays(31), 20);
        long baiJing = world.cadre("白静", world.schoolA);
        direct.enrol(current, baiJing, CourseRole.PARTICIPANT, world.organiser);
        direct.enrol(next, baiJing, CourseRole.PARTICIPANT, world.organiser);
        world.agendaItem(current, today, "08:30", "09:00", "OPENING_CEREMONY", "");
        world.agendaItem(current, today, "14:00", "17:00", "FIELD_STUDY", "参观辽沈战役纪念馆");
        world.agendaItem(current, today.plusDays(1), "09:00", "11:00", "LECTURE", "明天的讲座");

        String page = mvc.get()
                .uri("/my/courses")
                .with(as(TestPrincipal.cadre(baiJing)))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("参观辽沈战役纪念馆")
                .contains("开班式")
                .contains("08:30")
                .doesNotContain("明天的讲座")
                .contains("领导干部政治能力提升培训班 " + world.prefix);
        assertThat(page.indexOf("08:30")).isLessThan(page.indexOf("14:00"));
        assertThat(mvc.get().uri("/my/courses").with(as(world.organiser))).hasStatus(404);
    }
}
