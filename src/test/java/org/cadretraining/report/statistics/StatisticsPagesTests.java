package org.cadretraining.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.credit.ComplianceFigures;
import org.cadretraining.credit.ComplianceFigures.RequirementRate;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.credit.CreditSource;
import org.cadretraining.credit.NewCreditEntry;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.report.statistics.Figures.Group;
import org.cadretraining.report.statistics.Figures.TierCompliance;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The statistics page on two real courses: every figure is the count or sum of the drill-down it links to, read
 * from that list's own page for the same person; a liaison's figures are their subtree's and nobody else's.
 */
@AccountWebTest
class StatisticsPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CreditLedger ledger;

    @Autowired
    ComplianceFigures compliance;

    @Autowired
    Clock clock;

    StatisticsWorld world;

    @BeforeEach
    void twoRealCourses() {
        world = new StatisticsWorld(directory, jdbc, ledger);
    }

    @Test
    void theLiaisonsFiguresAreTheirUniversitysTraineesOnlyBesideTheYearBefore() {
        Map<String, Object> page = model(world.liaison, "/statistics?year=2021");
        Figures now = (Figures) page.get("now");
        Figures before = (Figures) page.get("before");
        // 4 trainee places: the other institution's trainee and the class teacher are not counted
        assertThat(now.courses()).isEqualTo(new CourseTotals(1, 4, 20, new BigDecimal("108.00"), 4, 3, 1, 1));
        assertThat(now.courses().completionPercent()).isEqualTo(75);
        assertThat(now.cadres().cadres()).isEqualTo(6);
        assertThat(now.cadres().trained()).isEqualTo(5);
        assertThat(now.cadres().fullTime()).isEqualByComparingTo("182");
        assertThat(now.cadres().online()).isEqualByComparingTo("100");
        assertThat(now.cadres().hoursPerCadre()).isEqualByComparingTo("47.00");
        assertThat(now.cadres().allMet()).isEqualTo(1);
        assertThat(now.cadres().external()).isEqualByComparingTo("74");
        assertThat(now.byRank())
                .extracting(
                        Group::key, g -> g.totals().cadres(), g -> g.totals().hours())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BUREAU", 1L, new BigDecimal("20.00")),
                        org.assertj.core.groups.Tuple.tuple("COUNTY", 1L, new BigDecimal("86.00")),
                        org.assertj.core.groups.Tuple.tuple("SECTION", 2L, new BigDecimal("176.00")),
                        org.assertj.core.groups.Tuple.tuple("STAFF", 1L, new BigDecimal("0.00")),
                        org.assertj.core.groups.Tuple.tuple("NONE", 1L, new BigDecimal("0.00")));
        assertThat(before.courses()).isEqualTo(new CourseTotals(1, 2, 6, new BigDecimal("24.00"), 2, 2, 0, 0));
        assertThat(before.cadres().trained()).isEqualTo(2);
        assertThat(before.byForm()).extracting(Group::key).containsExactly("ONLINE");
    }

    @Test
    void everyFigureOfTheLiaisonEqualsTheRowsItDrillsInto() {
        everyFigureEqualsItsDrillDown(world.liaison, "/statistics?year=2021");
        everyFigureEqualsItsDrillDown(world.liaison, "/statistics?year=2020");
        everyFigureEqualsItsDrillDown(
                world.liaison, "/statistics?from=2021-05-01&to=2021-06-30&unitId=" + world.mathematics);
    }

    @Test
    void everyFigureOfTheOrganiserEqualsTheRowsItDrillsIntoForTheInstitutionAndForAUnit() {
        CurrentUser organiser = TestPrincipal.organiser();
        everyFigureEqualsItsDrillDown(organiser, "/statistics?year=2021");
        everyFigureEqualsItsDrillDown(organiser, "/statistics?year=2021&unitId=" + world.university);
        Figures institution = figures(organiser, "/statistics?year=2021");
        Figures university = figures(organiser, "/statistics?year=2021&unitId=" + world.university);
        assertThat(university).isEqualTo(figures(world.liaison, "/statistics?year=2021"));
        // the whole institution holds the other institution's trainee as well
        assertThat(institution.courses().places())
                .isGreaterThanOrEqualTo(university.courses().places() + 1);
    }

    @Test
    void aDrillDownSortsFiltersAndPagesWithItsSumsOverEveryRowItKeeps() {
        DrillPage<CadreRow, CadreTotals> byHours = cadres(world.liaison, "/statistics/cadres?year=2021&sort=hours");
        assertThat(byHours.rows()).extracting(CadreRow::name).containsExactly("刘自富", "彭榕", "陈广华", "李霄", "李芳", "赵敏");
        DrillPage<CadreRow, CadreTotals> untrained =
                cadres(world.liaison, "/statistics/cadres?year=2021&trained=false");
        assertThat(untrained.rows()).extracting(CadreRow::name).containsExactly("赵敏");
        DrillPage<CadreRow, CadreTotals> pastTheEnd = cadres(world.liaison, "/statistics/cadres?year=2021&page=1");
        assertThat(pastTheEnd.rows()).isEmpty();
        assertThat(pastTheEnd.total()).isEqualTo(6);
        assertThat(pastTheEnd.totals()).isEqualTo(byHours.totals());
        DrillPage<CourseRow, CourseTotals> online = courses(world.liaison, "/statistics/courses?year=2020&form=ONLINE");
        assertThat(online.rows()).extracting(r -> r.title().zh()).containsExactly("乡村振兴和基层治理专题网络培训班 " + world.prefix);
    }

    @Test
    void aPlaceInACohortCountsTheDaysOfItsCohortOnly() {
        jdbc.sql("""
                        insert into course_cohort (course_id, position, name_zh, starts_on, ends_on)
                        values (?, 0, '第一期', '2021-05-21', '2021-05-22'), (?, 1, '第二期', '2021-05-23', '2021-05-25')
                        """).params(world.branchCourse, world.branchCourse).update();
        jdbc.sql("""
                        insert into enrolment_cohort (enrolment_id, cohort)
                        select id, 2 from enrolment where course_id = ? and cadre_id = ?
                        """).params(world.branchCourse, world.liuZifu).update();
        Figures now = figures(world.liaison, "/statistics?year=2021");
        // 彭榕, 陈广华 and 李芳 throughout (5 days each), 刘自富 in the second cohort (3 days)
        assertThat(now.courses().days()).isEqualTo(18);
        everyFigureEqualsItsDrillDown(world.liaison, "/statistics?year=2021");
    }

    @Test
    void thisYearsComplianceIsTheCreditModulesOwnRateForTheSameLiaison() {
        int thisYear = LocalDate.now(clock).getYear();
        ledger.record(List.of(
                new NewCreditEntry(
                        world.liuZifu,
                        LocalDate.of(thisYear, 1, 10),
                        CreditCategory.FULL_TIME,
                        CreditSource.EXTERNAL,
                        null,
                        "test:" + world.prefix + "now-ft",
                        CreditHours.of("90"),
                        new LocalizedText("测试", "Test"),
                        "test"),
                new NewCreditEntry(
                        world.pengRong,
                        LocalDate.of(thisYear, 1, 10),
                        CreditCategory.ONLINE,
                        CreditSource.ONLINE,
                        null,
                        "test:" + world.prefix + "now-online",
                        CreditHours.of("50"),
                        new LocalizedText("测试", "Test"),
                        "test")));
        Figures now = figures(world.liaison, "/statistics?year=" + thisYear);
        List<RequirementRate> credit = compliance.rates(world.liaison);
        for (RequirementRate rate : credit) {
            TierCompliance tier = now.compliance().stream()
                    .filter(t -> t.tier().equals(rate.tier()))
                    .findFirst()
                    .orElseThrow();
            assertThat(tier.cadres()).as(rate.tier()).isEqualTo(rate.cadres());
            assertThat(rate.category() == CreditCategory.FULL_TIME ? tier.fullTimeMet() : tier.onlineMet())
                    .as(rate.tier() + " " + rate.category())
                    .isEqualTo(rate.met());
        }
        assertThat(credit).anyMatch(rate -> rate.met() > 0);
    }

    @Test
    void aLiaisonNeverSeesAnotherUnitsCadresAndIsRefusedItsFigures() {
        assertThat(mvc.get()
                        .uri("/statistics?year=2021&unitId=" + world.otherInstitution)
                        .with(as(world.liaison)))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/statistics/cadres?year=2021&unitId=" + world.otherInstitution)
                        .with(as(world.liaison)))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/statistics/annual-report.xlsx?year=2021&unitId=" + world.university)
                        .with(as(world.otherLiaison)))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/api/v1/statistics?year=2021&unitId=" + world.university)
                        .with(as(world.otherLiaison)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/statistics").with(as(TestPrincipal.cadre(world.liFang))))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/statistics/annual-report").with(as(TestPrincipal.cadre(world.liFang))))
                .hasStatus(403);
        String cadres = body(world.liaison, "/statistics/cadres?year=2021", Locale.SIMPLIFIED_CHINESE);
        assertThat(cadres).contains("刘自富", "赵敏").doesNotContain("外校干部");
        Figures theirs = figures(world.otherLiaison, "/statistics?year=2021");
        assertThat(theirs.cadres().cadres()).isEqualTo(1);
        assertThat(theirs.courses().places()).isEqualTo(1);
    }

    @Test
    void anUnreadableOrImpossiblePeriodIsASentenceNamingTheFieldWithTheInputKept() throws Exception {
        MvcTestResult letters =
                mvc.get().uri("/statistics?year=abc").with(as(world.liaison)).exchange();
        assertThat(letters).hasStatus(400);
        assertThat(letters.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("年度应为四位数字", "value=\"abc\"");
        MvcTestResult backwards = mvc.get()
                .uri("/statistics?from=2021-06-01&to=2021-05-01")
                .param("lang", "en")
                .with(as(world.liaison))
                .exchange();
        assertThat(backwards).hasStatus(400);
        assertThat(backwards.getResponse().getContentAsString())
                .contains("The start 2021-06-01 is after the end 2021-05-01");
        assertThat(mvc.get().uri("/statistics/cadres?year=2021&tier=GENERAL").with(as(world.liaison)))
                .hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/statistics?year=20x1").with(as(world.liaison)))
                .hasStatus(400);
        assertThat(mvc.get().uri("/statistics/cadres?year=2021&page=x").with(as(world.liaison)))
                .hasStatus(400);
        assertThat(mvc.get()
                        .uri("/statistics/courses?year=2021&withLeave=perhaps")
                        .with(as(world.liaison)))
                .hasStatus(400);
        assertThat(mvc.get().uri("/statistics/annual-report.xlsx?year=1800").with(as(world.liaison)))
                .hasStatus(400);
    }

    @Test
    void thePageIsShownInChineseAndEnglishWithItsCharts() {
        assertThat(body(world.liaison, "/statistics?year=2021", Locale.SIMPLIFIED_CHINESE))
                .contains("培训统计", "举办培训班", "data-chart-links", "统计口径");
        assertThat(body(world.liaison, "/statistics?year=2021", Locale.ENGLISH))
                .contains("Training statistics", "Courses held", "How the figures are counted");
        assertThat(body(world.liaison, "/statistics/courses?year=2021", Locale.ENGLISH))
                .contains("Training course for grassroots Party branch secretaries " + world.prefix);
    }

    /** Each figure of the page against the list its link opens: its row count, or the sum in the list's foot. */
    void everyFigureEqualsItsDrillDown(CurrentUser user, String statistics) {
        Map<String, Object> page = model(user, statistics);
        Figures now = (Figures) page.get("now");
        DrillLinks links = (DrillLinks) page.get("links");

        DrillPage<CourseRow, CourseTotals> courses = courses(user, links.courses());
        assertThat(courses.total()).isEqualTo(now.courses().courses());
        assertThat(courses.totals()).isEqualTo(now.courses());
        assertThat(courses.rows().stream().mapToLong(CourseRow::places).sum())
                .isEqualTo(now.courses().places());
        assertThat(courses(user, links.withLeave()).totals().leaves())
                .isEqualTo(now.courses().leaves());
        assertThat(courses(user, links.withWithdrawal()).totals().withdrawals())
                .isEqualTo(now.courses().withdrawals());
        for (Group<CourseTotals> form : now.byForm()) {
            assertThat(courses(user, links.form(form.key())).totals()).isEqualTo(form.totals());
        }
        for (Group<CourseTotals> type : now.byType()) {
            assertThat(courses(user, links.type(type.key())).totals()).isEqualTo(type.totals());
        }

        DrillPage<CadreRow, CadreTotals> cadres = cadres(user, links.cadres());
        assertThat(cadres.total()).isEqualTo(now.cadres().cadres());
        assertThat(cadres.totals()).isEqualTo(now.cadres());
        // the trainee places of the cadres are the trainee places of the courses
        assertThat(cadres.totals().places()).isEqualTo(now.courses().places());
        assertThat(cadres(user, links.trained()).total()).isEqualTo(now.cadres().trained());
        for (Group<CadreTotals> rank : now.byRank()) {
            assertThat(cadres(user, links.rank(rank.key())).totals()).isEqualTo(rank.totals());
        }
        for (Group<CadreTotals> category : now.byCategory()) {
            assertThat(cadres(user, links.category(category.key())).totals()).isEqualTo(category.totals());
        }
        for (TierCompliance tier : now.compliance()) {
            assertThat(cadres(user, links.tier(tier.tier())).total()).isEqualTo(tier.cadres());
            assertThat(cadres(user, links.requirement(tier.tier(), "FULL_TIME", true))
                            .total())
                    .isEqualTo(tier.fullTimeMet());
            assertThat(cadres(user, links.requirement(tier.tier(), "ONLINE", true))
                            .total())
                    .isEqualTo(tier.onlineMet());
            assertThat(cadres(user, links.requirement(tier.tier(), "ONLINE", false))
                            .total())
                    .isEqualTo(tier.cadres() - tier.onlineMet());
        }
        if (cadres.total() <= StatisticsLists.PAGE_SIZE) {
            assertThat(cadres.rows()).hasSize((int) cadres.total());
        }
    }

    private Figures figures(CurrentUser user, String uri) {
        return (Figures) model(user, uri).get("now");
    }

    @SuppressWarnings("unchecked")
    private DrillPage<CourseRow, CourseTotals> courses(CurrentUser user, String uri) {
        return (DrillPage<CourseRow, CourseTotals>) model(user, uri).get("result");
    }

    @SuppressWarnings("unchecked")
    private DrillPage<CadreRow, CadreTotals> cadres(CurrentUser user, String uri) {
        return (DrillPage<CadreRow, CadreTotals>) model(user, uri).get("result");
    }

    private Map<String, Object> model(CurrentUser user, String uri) {
        // the page's own addresses, already encoded (a category in Chinese): sent as they are
        MvcTestResult result = mvc.get().uri(URI.create(uri)).with(as(user)).exchange();
        assertThat(result).hasStatusOk();
        return result.getMvcResult().getModelAndView().getModel();
    }

    private String body(CurrentUser user, String uri, Locale locale) {
        MvcTestResult result = mvc.get()
                .uri(URI.create(uri))
                .param("lang", locale.getLanguage())
                .with(as(user))
                .exchange();
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
