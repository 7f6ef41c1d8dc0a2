package org.cadretraining.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The regulations' ways to meet a requirement and the institution's policies, each with a worked example: days or
 * hours, a day counted once, carry-over, the promotion deadline and a rank change within the period.
 */
@AccountWebTest
class CreditRulesTests extends CreditWorldTest {

    @Autowired
    CadreProgress progress;

    @Autowired
    Compliance compliance;

    @Autowired
    CreditPolicies policies;

    @Autowired
    MockMvcTester mvc;

    LocalDate today;

    @BeforeEach
    void today() {
        today = LocalDate.now(clock);
    }

    @Test
    void aSectionCadreMeetsTheYearByTwelveDaysOfTrainingThoughShortOfNinetyHours() throws Exception {
        long byDays = world.cadre("按天数", world.schoolA, "SECTION");
        long byHours = world.cadre("按学时", world.schoolA, "SECTION");
        long shortOfBoth = world.cadre("两者皆缺", world.schoolA, "SECTION");
        // twelve days of 3 学时: 36 学时, far from 90, but twelve days of full-time training
        for (int day = 1; day <= 12; day++) {
            world.earn(byDays, LocalDate.of(year, 1, day), CreditCategory.FULL_TIME, "3");
        }
        world.earn(byHours, LocalDate.of(year, 1, 5), CreditCategory.FULL_TIME, "45");
        world.earn(byHours, LocalDate.of(year, 1, 6), CreditCategory.FULL_TIME, "45");
        // eleven days, the eleventh with two items: a day counts once however many entries it has
        for (int day = 1; day <= 11; day++) {
            world.earn(shortOfBoth, LocalDate.of(year, 2, day), CreditCategory.FULL_TIME, "3");
        }
        world.earn(shortOfBoth, LocalDate.of(year, 2, 11), CreditCategory.FULL_TIME, "3");

        Progress days = progress.of(byDays).getFirst();
        assertThat(days.metBy()).isEqualTo(MetBy.DAYS);
        assertThat(days.earned()).isEqualTo(CreditHours.of("36"));
        assertThat(days.earnedDays()).isEqualTo(12);
        assertThat(days.shortfall()).isEqualTo(CreditHours.ZERO);
        assertThat(progress.of(byHours).getFirst().metBy()).isEqualTo(MetBy.HOURS);
        Progress neither = progress.of(shortOfBoth).getFirst();
        assertThat(neither.metBy()).isEqualTo(MetBy.NOT_YET);
        assertThat(neither.earnedDays()).isEqualTo(11);
        assertThat(neither.shortfall()).isEqualTo(CreditHours.of("54"));

        List<ComplianceRow> below = compliance
                .shortfalls(world.schoolA, CreditCategory.FULL_TIME, ComplianceSort.NAME, 0, world.organiser)
                .items();
        assertThat(below).extracting(ComplianceRow::cadreId).containsExactly(shortOfBoth);
        assertThat(below.getFirst().fullTimeDays()).isEqualTo(11);
        assertThat(below.getFirst().fullTimeDaysRequired()).isEqualTo(12);

        // the cadre reads which way they meet it, in Chinese and in English
        assertThat(page("/my/credit", byDays, "zh")).contains("按脱产培训天数达标：12 天（要求 12 天）");
        assertThat(page("/my/credit", byDays, "en"))
                .contains("Met by days of full-time training: 12 days (required 12)");
        assertThat(page("/my/credit", byHours, "zh")).contains("按学时达标");
        assertThat(page("/my/credit", byHours, "en")).contains("Met by hours");
    }

    @Test
    void aCountyCadreMeetsFiveYearsByThreeMonthsOfFullTimeTraining() {
        long threeMonths = world.cadre("三个月", world.schoolA, "COUNTY");
        long twoMonths = world.cadre("两个月", world.schoolA, "COUNTY");
        LocalDate start = LocalDate.of(year - 1, 3, 1);
        // a training of three months (90 days) at a Party school, declared as one external entry of 300 学时
        external(threeMonths, start, start.plusDays(89), "300");
        external(twoMonths, start, start.plusDays(59), "300");

        Progress met = progress.of(threeMonths).getFirst();
        assertThat(met.metBy()).isEqualTo(MetBy.DAYS);
        assertThat(met.earnedDays()).isEqualTo(90);
        assertThat(met.requiredDays()).isEqualTo(90);
        Progress notYet = progress.of(twoMonths).getFirst();
        assertThat(notYet.metBy()).isEqualTo(MetBy.NOT_YET);
        assertThat(notYet.earnedDays()).isEqualTo(60);
        assertThat(notYet.shortfall()).isEqualTo(CreditHours.of("250"));
    }

    @Test
    void aCorrectionToNothingTakesTheDayBackWhenNoOtherEntryOfThatDayCounts() {
        long cadre = world.cadre("更正", world.schoolA, "SECTION");
        long first = world.earn(cadre, LocalDate.of(year, 3, 2), CreditCategory.FULL_TIME, "3");
        long second = world.earn(cadre, LocalDate.of(year, 3, 2), CreditCategory.FULL_TIME, "3");
        assertThat(progress.of(cadre).getFirst().earnedDays()).isEqualTo(1);

        ledger.correct(first, CreditHours.ZERO, "未出席", world.organiser);
        assertThat(progress.of(cadre).getFirst().earnedDays()).isEqualTo(1);
        ledger.correct(second, CreditHours.ZERO, "未出席", world.organiser);
        assertThat(progress.of(cadre).getFirst().earnedDays()).isZero();
        assertThat(progress.of(cadre).getFirst().earned()).isEqualTo(CreditHours.ZERO);
    }

    @Test
    void hoursAboveTheYearlyRequirementCarryIntoTheNextYearOnlyWhereThePolicyAllows() throws Exception {
        long cadre = world.cadre("结转", world.schoolA, "SECTION");
        world.earn(cadre, LocalDate.of(year - 2, 5, 1), CreditCategory.FULL_TIME, "150");
        world.earn(cadre, LocalDate.of(year - 1, 5, 1), CreditCategory.FULL_TIME, "120");
        world.earn(cadre, LocalDate.of(year, 5, 1), CreditCategory.FULL_TIME, "70");

        // off by default: this year's 70 of 90
        assertThat(progress.of(cadre).getFirst().earned()).isEqualTo(CreditHours.of("70"));
        assertThat(progress.of(cadre).getFirst().met()).isFalse();
        CreditPolicy before = policies.current();
        try {
            policies.save(new CreditPolicy(true, before.rankChange(), before.promotionMonths()), world.organiser);
            // last year's 30 above 90 carry in (the year before's surplus does not: one year only)
            Progress carried = progress.of(cadre).getFirst();
            assertThat(carried.carried()).isEqualTo(CreditHours.of("30"));
            assertThat(carried.earned()).isEqualTo(CreditHours.of("100"));
            assertThat(carried.metBy()).isEqualTo(MetBy.HOURS);
            // a later entry of last year moves the carry with it, in the writer's transaction
            world.earn(cadre, LocalDate.of(year - 1, 6, 1), CreditCategory.FULL_TIME, "5");
            assertThat(progress.of(cadre).getFirst().carried()).isEqualTo(CreditHours.of("35"));
            assertThat(page("/my/credit", cadre, "zh")).contains("其中上一年度结转 35.00 学时");
            assertThat(page("/my/credit", cadre, "en")).contains("including 35.00 hours carried over from last year");
        } finally {
            policies.save(before, world.organiser);
        }
        assertThat(progress.of(cadre).getFirst().earned()).isEqualTo(CreditHours.of("70"));
    }

    @Test
    void aCadrePromotedToCountyLevelMustMeetFiveYearsWithinAYearOfThePromotion() throws Exception {
        long lateOne = world.cadre("逾期", world.schoolA, "COUNTY");
        long dueOne = world.cadre("未到期", world.schoolA, "COUNTY");
        long metOne = world.cadre("已达标", world.schoolA, "COUNTY");
        LocalDate longAgo = today.minusMonths(14);
        LocalDate recently = today.minusMonths(2);
        service(lateOne, "SECTION", today.minusYears(4), longAgo);
        service(dueOne, "SECTION", today.minusYears(4), recently);
        service(metOne, "SECTION", today.minusYears(4), longAgo);
        world.earn(lateOne, today.withDayOfMonth(1), CreditCategory.FULL_TIME, "200");
        world.earn(metOne, today.withDayOfMonth(1), CreditCategory.FULL_TIME, "550");

        PromotionDeadline late = progress.of(lateOne).getFirst().promotion();
        assertThat(late.deadline()).isEqualTo(longAgo.plusMonths(12));
        assertThat(late.late()).isTrue();
        PromotionDeadline due = progress.of(dueOne).getFirst().promotion();
        assertThat(due.deadline()).isEqualTo(recently.plusMonths(12));
        assertThat(due.late()).isFalse();
        assertThat(progress.of(metOne).getFirst().promotion()).isNull();

        List<ComplianceRow> below = compliance
                .shortfalls(world.schoolA, CreditCategory.FULL_TIME, ComplianceSort.NAME, 0, world.organiser)
                .items();
        assertThat(below)
                .filteredOn(r -> r.cadreId() == lateOne)
                .singleElement()
                .extracting(r -> r.promotion().late())
                .isEqualTo(true);
        String compliancePage = body(mvc.get()
                .uri("/credit/compliance?unitId=" + world.schoolA)
                .with(as(world.organiser))
                .cookie(new Cookie("lang", "zh")));
        assertThat(compliancePage).contains("已逾期（" + longAgo.plusMonths(12) + "）");
        assertThat(compliancePage).contains(recently.plusMonths(12) + " 前");
        assertThat(page("/my/credit", lateOne, "en"))
                .contains("Late: promoted to county level on " + longAgo + ", should have met the five-year"
                        + " requirement by " + longAgo.plusMonths(12));
    }

    @Test
    void aRankChangeWithinThePeriodCountsTheWholeNewRequirementOrProRata() throws Exception {
        long cadre = world.cadre("折算", world.schoolA, "COUNTY");
        // section level for the first three years of the five-year window, county level since the fourth
        LocalDate windowStart = LocalDate.of(year - 4, 1, 1);
        LocalDate promoted = LocalDate.of(year - 1, 1, 1);
        service(cadre, "SECTION", windowStart, promoted);
        world.earn(cadre, LocalDate.of(year, 1, 2), CreditCategory.FULL_TIME, "400");

        assertThat(progress.of(cadre).getFirst().required()).isEqualTo(CreditHours.of("550"));
        CreditPolicy before = policies.current();
        try {
            policies.save(new CreditPolicy(before.carryOver(), RankChange.PRO_RATA, 12), world.organiser);
            // three years at 90 a year and two at 550 / 5 = 110 a year: 270 + 220 = 490
            Progress prorated = progress.of(cadre).getFirst();
            assertThat(prorated.required().value().doubleValue())
                    .isCloseTo(490, org.assertj.core.data.Offset.offset(0.5));
            assertThat(prorated.shortfall()).isEqualTo(prorated.required().minus(CreditHours.of("400")));
            assertThat(prorated.prorated()).isTrue();
            assertThat(page("/my/credit", cadre, "zh")).contains("周期内职级有变化，按各职级的时间折算：应修 490.00 学时（全额 550.00 学时）");
            assertThat(page("/my/credit", cadre, "en"))
                    .contains("The rank changed within the period: 490.00 hours required pro rata (550.00 in full)");
        } finally {
            policies.save(before, world.organiser);
        }
    }

    /** Replaces the cadre's service history: {@code rank} from {@code from}, their present rank from {@code until}. */
    private void service(long cadreId, String rank, LocalDate from, LocalDate until) {
        String present = jdbc.sql("select rank_code from cadre where id = ?")
                .param(cadreId)
                .query(String.class)
                .single();
        long unit = jdbc.sql("select unit_id from cadre where id = ?")
                .param(cadreId)
                .query(Long.class)
                .single();
        jdbc.sql("delete from cadre_assignment where cadre_id = ?")
                .param(cadreId)
                .update();
        jdbc.sql("insert into cadre_assignment (cadre_id, unit_id, rank_code, valid_from, valid_to, recorded_at,"
                        + " recorded_by) values (?, ?, ?, ?, ?, now(), 'test'), (?, ?, ?, ?, null, now(), 'test')")
                .params(cadreId, unit, rank, from, until, cadreId, unit, present, until)
                .update();
    }

    private void external(long cadreId, LocalDate from, LocalDate to, String hours) {
        ledger.record(List.of(new NewCreditEntry(
                        cadreId,
                        to,
                        CreditCategory.FULL_TIME,
                        CreditSource.EXTERNAL,
                        null,
                        "test:" + world.prefix + cadreId,
                        CreditHours.of(hours),
                        new LocalizedText("党校进修", "Party school"),
                        "test")
                .over(from)));
    }

    private String page(String uri, long cadreId, String lang) throws Exception {
        return body(mvc.get().uri(uri).with(as(TestPrincipal.cadre(cadreId))).cookie(new Cookie("lang", lang)));
    }

    private static String body(MockMvcTester.MockMvcRequestBuilder request) throws Exception {
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString();
    }
}
