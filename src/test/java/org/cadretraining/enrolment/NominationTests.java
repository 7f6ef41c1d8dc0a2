package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.cadretraining.course.CourseCancelled;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class NominationTests {

    static final LocalDate MARCH_17 = LocalDate.of(2030, 3, 17);

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
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    EnrolmentFixture world;
    long course;

    @BeforeEach
    void world() {
        world = new EnrolmentFixture(directory, jdbc);
        course = world.course(MARCH_17, MARCH_17.plusDays(2), 20);
    }

    @Test
    void quotasTogetherMayNotExceedTheCapacity() {
        quotas.allocate(course, world.schoolA, 12, world.organiser);
        assertThatThrownBy(() -> quotas.allocate(course, world.schoolB, 9, world.organiser))
                .isInstanceOf(DomainException.class)
                .hasMessage("enrolment.quota.overCapacity");
        quotas.allocate(course, world.schoolB, 8, world.organiser);
        assertThat(quotas.quotas(course)).extracting(QuotaRow::places).containsExactlyInAnyOrder(12, 8);
    }

    @Test
    void theQuotaPageRefusesPlacesBeyondTheCapacityNextToTheFieldAndKeepsTheInput() throws Exception {
        MvcTestResult refused = mvc.post()
                .uri("/courses/{id}/enrolment/quotas", course)
                .with(as(world.organiser))
                .with(csrf())
                .param("unitId", String.valueOf(world.schoolA))
                .param("places", "21")
                .exchange();
        assertThat(refused).hasStatus(400);
        assertThat(refused.getResponse().getContentAsString())
                .contains("is-invalid")
                .contains("各单位名额合计不能超过班级容量 20 人")
                .contains("value=\"21\"");
        assertThat(mvc.post()
                        .uri("/courses/{id}/enrolment/quotas", course)
                        .with(as(world.organiser))
                        .with(csrf())
                        .param("unitId", String.valueOf(world.schoolA))
                        .param("places", "5"))
                .hasStatus3xxRedirection();
        assertThat(quotas.quotas(course)).containsExactly(new QuotaRow(world.schoolA, 5, 0, 0));
    }

    @Test
    void onlyOrganisersAllocatePlaces() {
        assertThatThrownBy(() -> quotas.allocate(course, world.schoolA, 5, world.liaisonA))
                .isInstanceOf(DomainException.class)
                .hasMessage("problem.forbidden");
        assertThat(mvc.get().uri("/courses/{id}/enrolment", course).with(as(world.liaisonA)))
                .hasRedirectedUrl("/courses/" + course + "/nominations");
    }

    @Test
    void aLiaisonNominatesWithinTheQuotaAndIsRefusedBeyondItOnThePage() throws Exception {
        quotas.allocate(course, world.schoolA, 1, world.organiser);
        long first = world.cadre("白静", world.departmentOfA);
        long second = world.cadre("李明", world.schoolA);
        assertThat(nominateOnPage(first)).hasStatus3xxRedirection();
        MvcTestResult refused = nominateOnPage(second);
        assertThat(refused).hasStatus(409);
        assertThat(refused.getResponse().getContentAsString())
                .contains("本单位名额（1 个）已用完")
                .contains("is-invalid")
                .containsPattern("<option value=\"" + second + "\"\\s+selected");
        String page = mvc.get()
                .uri("/courses/{id}/nominations", course)
                .with(as(world.liaisonA))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("白静").contains("本单位名额 1 个，剩余 0 个");
    }

    @Test
    void aLiaisonNominatesThroughTheApiAndIsRefusedBeyondTheQuotaAsAProblem() {
        quotas.allocate(course, world.schoolA, 1, world.organiser);
        long first = world.cadre("白静", world.schoolA);
        long second = world.cadre("李明", world.schoolA);
        assertThat(nominateByApi(first))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("NOMINATED");
        MvcTestResult refused = nominateByApi(second);
        assertThat(refused).hasStatus(409);
        assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("已用完");
    }

    @Test
    void aLiaisonCannotNominateACadreOutsideTheirSubtree() {
        quotas.allocate(course, world.schoolA, 3, world.organiser);
        long ofOtherSchool = world.cadre("王芳", world.schoolB);
        assertThatThrownBy(() -> nominations.nominate(course, ofOtherSchool, world.liaisonA))
                .isInstanceOf(DomainException.class)
                .hasMessage("enrolment.cadre.outsideUnit");
        assertThat(nominateByApi(ofOtherSchool)).hasStatus(400);
    }

    @Test
    void nominationsAreRefusedAfterTheDeadlineAndWhenTheCourseIsNotOpen() {
        quotas.allocate(course, world.schoolA, 3, world.organiser);
        long cadre = world.cadre("白静", world.schoolA);
        quotas.setDeadline(course, LocalDate.now(clock).minusDays(1), world.organiser);
        assertThatThrownBy(() -> nominations.nominate(course, cadre, world.liaisonA))
                .hasMessage("enrolment.refused.pastDeadline");

        long draft = world.course(MARCH_17.plusDays(30), MARCH_17.plusDays(31), 20, "DRAFT");
        quotas.allocate(draft, world.schoolA, 3, world.organiser);
        assertThatThrownBy(() -> nominations.nominate(draft, cadre, world.liaisonA))
                .hasMessage("enrolment.refused.notOpen");
    }

    @Test
    void theOrganiserApprovesAndRejectsWithAReason() throws Exception {
        quotas.allocate(course, world.schoolA, 3, world.organiser);
        long approved = nominations
                .nominate(course, world.cadre("白静", world.schoolA), world.liaisonA)
                .id();
        long rejected = nominations
                .nominate(course, world.cadre("李明", world.schoolA), world.liaisonA)
                .id();

        assertThat(decide(approved, "approve", "")).hasStatus3xxRedirection();
        MvcTestResult noReason = decide(rejected, "reject", " ");
        assertThat(noReason).hasStatus(400);
        assertThat(noReason.getResponse().getContentAsString()).contains("退回时请填写理由");
        assertThat(decide(rejected, "reject", "近期有重要任务")).hasStatus3xxRedirection();

        assertThat(world.statusOf(approved)).isEqualTo("APPROVED");
        assertThat(store.find(rejected).status()).isEqualTo(EnrolmentStatus.REJECTED);
        assertThat(store.find(rejected).reason()).isEqualTo("近期有重要任务");
        assertThat(mvc.post()
                        .uri("/api/v1/nominations/{id}/reject", approved)
                        .with(as(world.liaisonA))
                        .contentType("application/json")
                        .content("{\"reason\":\"x\"}"))
                .hasStatus(403);
    }

    @Test
    void aRejectedPlaceIsRefilledOnceByASubstituteLinkedToIt() {
        quotas.allocate(course, world.schoolA, 1, world.organiser);
        long rejected = nominations
                .nominate(course, world.cadre("白静", world.schoolA), world.liaisonA)
                .id();
        long substitute = world.cadre("李明", world.departmentOfA);
        assertThatThrownBy(() -> nominations.substitute(rejected, substitute, world.liaisonA))
                .hasMessage("enrolment.substitute.notFreed");
        nominations.reject(rejected, "另有任务", world.organiser);

        MvcTestResult refilled = mvc.post()
                .uri("/api/v1/nominations/{id}/substitute", rejected)
                .with(as(world.liaisonA))
                .contentType("application/json")
                .content("{\"cadreId\":" + substitute + "}")
                .exchange();
        assertThat(refilled).hasStatus(201);
        assertThat(refilled).bodyJson().extractingPath("$.replacesId").isEqualTo((int) rejected);
        assertThat(refilled).bodyJson().extractingPath("$.status").isEqualTo("NOMINATED");
        assertThatThrownBy(() -> nominations.substitute(rejected, world.cadre("赵强", world.schoolA), world.liaisonA))
                .hasMessage("enrolment.substitute.alreadyReplaced");
        assertThatThrownBy(() -> nominations.substitute(rejected, world.cadre("钱多", world.schoolB), world.liaisonB))
                .hasMessage("problem.forbidden");
    }

    @Test
    void theWaitingListIsPromotedInOrderWithANoticeToThePromotedCadre() throws Exception {
        long smallCourse = world.course(MARCH_17.plusDays(10), MARCH_17.plusDays(11), 2);
        long[] cadres = new long[5];
        long[] places = new long[5];
        for (int i = 0; i < 5; i++) {
            cadres[i] = world.cadre("学员" + i, world.schoolB);
            places[i] = direct.enrol(smallCourse, cadres[i], CourseRole.PARTICIPANT, world.organiser)
                    .id();
        }
        long leader = direct.enrol(
                        smallCourse, world.cadre("胡晓梅", world.committee), CourseRole.TEAM_LEADER, world.organiser)
                .id();
        assertThat(world.statusOf(leader)).as("a team leader takes no place").isEqualTo("APPROVED");
        assertThat(store.waitingList(smallCourse))
                .extracting(Enrolment::id)
                .containsExactly(places[2], places[3], places[4]);

        assertThat(mvc.post()
                        .uri("/api/v1/nominations/{id}/withdraw", places[0])
                        .with(as(world.organiser)))
                .hasStatus(200);

        assertThat(world.statusOf(places[2])).isEqualTo("APPROVED");
        assertThat(store.waitingList(smallCourse)).extracting(Enrolment::id).containsExactly(places[3], places[4]);
        String own = mvc.get()
                .uri("/my/courses")
                .with(as(org.cadretraining.support.TestPrincipal.cadre(cadres[2])))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(own).contains("您已由候补转为正式名额").contains("badge rounded-pill");
        assertThat(jdbc.sql("select count(*) from notification where cadre_id = ?")
                        .param(cadres[3])
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theOrganiserEnrolsACadreDirectlyByStaffNumberAndSeesTheLists() throws Exception {
        long cadre = world.cadre("白静", world.schoolB);
        String staffNumber = directory.cadre(cadre).orElseThrow().staffNumber();
        assertThat(mvc.post()
                        .uri("/courses/{id}/enrolment/direct", course)
                        .with(as(world.organiser))
                        .with(csrf())
                        .param("staffNumber", staffNumber)
                        .param("role", "GROUP_LEADER"))
                .hasStatus3xxRedirection();
        String page = mvc.get()
                .uri("/courses/{id}/enrolment", course)
                .with(as(world.organiser))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("白静").contains("已录取").contains("已占名额 1 / 共 20 名");
        assertThat(mvc.get().uri("/api/v1/courses/{id}/enrolments", course).with(as(world.organiser)))
                .bodyJson()
                .extractingPath("$[0].role")
                .isEqualTo("GROUP_LEADER");
    }

    @Test
    void aCancelledCoursesPlacesLapse() {
        long cancelled = world.course(MARCH_17.plusDays(20), MARCH_17.plusDays(21), 1);
        long place = direct.enrol(cancelled, world.cadre("白静", world.schoolA), CourseRole.PARTICIPANT, world.organiser)
                .id();
        long waiting = direct.enrol(
                        cancelled, world.cadre("李明", world.schoolA), CourseRole.PARTICIPANT, world.organiser)
                .id();
        transactions.executeWithoutResult(
                status -> events.publishEvent(new CourseCancelled(cancelled, CourseStatus.NOMINATIONS_OPEN, "疫情")));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(world.statusOf(place))
                .isEqualTo("CANCELLED"));
        assertThat(world.statusOf(waiting)).isEqualTo("CANCELLED");
    }

    private MvcTestResult nominateOnPage(long cadreId) {
        return mvc.post()
                .uri("/courses/{id}/nominations", course)
                .with(as(world.liaisonA))
                .with(csrf())
                .param("cadreId", String.valueOf(cadreId))
                .exchange();
    }

    private MvcTestResult nominateByApi(long cadreId) {
        return mvc.post()
                .uri("/api/v1/courses/{id}/nominations", course)
                .with(as(world.liaisonA))
                .contentType("application/json")
                .content("{\"cadreId\":" + cadreId + "}")
                .exchange();
    }

    private MvcTestResult decide(long enrolmentId, String action, String reason) {
        return mvc.post()
                .uri("/enrolments/{id}/decision", enrolmentId)
                .with(as(world.organiser))
                .with(csrf())
                .param("action", action)
                .param("reason", reason)
                .exchange();
    }
}
