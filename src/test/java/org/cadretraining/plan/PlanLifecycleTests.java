package org.cadretraining.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.course.TrainingForm;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AccountWebTest
class PlanLifecycleTests {

    @Autowired
    AnnualPlans plans;

    final CurrentUser organiser = TestPrincipal.organiser();

    static PlanItem item(int year, String title, List<String> ranks, int first, int last, String hours) {
        return new PlanItem(
                null,
                year,
                new LocalizedText(title, ""),
                ranks,
                List.of(),
                5,
                first,
                last,
                new BigDecimal("80000.00"),
                TrainingForm.FULL_TIME,
                CreditCategory.FULL_TIME,
                CreditHours.of(hours));
    }

    @Test
    void theOrganisersDraftIsSubmittedApprovedAndThenChangedOnlyWithAReasonEachChangeKept() {
        int year = 2031;
        PlanItem secretaries = plans.add(item(year, "基层党支部书记专题培训班", List.of("SECTION"), 5, 5, "30"), null, organiser);
        PlanItem plenum = plans.add(item(year, "学习贯彻全会精神集中培训", List.of(), 11, 11, "12"), null, organiser);
        // drafting is not a change of an approved plan: nothing in the history yet
        assertThat(plans.history(year, organiser)).isEmpty();
        assertThat(plans.plan(year, organiser).orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);

        AnnualPlan submitted = plans.submit(year, organiser);
        assertThat(submitted.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo(organiser.username());
        assertThatThrownBy(() -> plans.change(secretaries.id(), item(year, "改", List.of(), 5, 5, "30"), "x", organiser))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("plan.change.whileSubmitted"));

        AnnualPlan approved = plans.approve(year, "中共某市委员会", LocalDate.of(2026, 11, 20), organiser);
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.approvingBody()).isEqualTo("中共某市委员会");
        assertThat(approved.approvedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(approved.approvalRecordedBy()).isEqualTo(organiser.username());
        assertThat(approved.approvalRecordedAt()).isNotNull();

        PlanItem moved = item(year, "基层党支部书记专题培训班", List.of("SECTION"), 6, 6, "30");
        assertThatThrownBy(() -> plans.change(secretaries.id(), moved, "  ", organiser))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("plan.change.reasonRequired");
                    assertThat(refusal.field()).isEqualTo("reason");
                });
        assertThat(plans.item(secretaries.id(), organiser).firstMonth()).isEqualTo(5);

        plans.change(secretaries.id(), moved, "五月与党校主体班冲突，推迟至六月", organiser);
        plans.add(item(year, "网络专题班", List.of(), 9, 9, "10"), "上级要求增加网络培训", organiser);
        plans.withdraw(plenum.id(), "并入市委党校主体班", organiser);

        assertThat(plans.item(secretaries.id(), organiser).firstMonth()).isEqualTo(6);
        assertThat(plans.items(year, organiser))
                .extracting(i -> i.title().zh())
                .containsExactly("基层党支部书记专题培训班", "网络专题班");
        List<PlanChange> history = plans.history(year, organiser);
        assertThat(history)
                .extracting(PlanChange::reason)
                .containsExactlyInAnyOrder("五月与党校主体班冲突，推迟至六月", "上级要求增加网络培训", "并入市委党校主体班");
        PlanChange delay = history.stream()
                .filter(c -> c.reason().startsWith("五月"))
                .findFirst()
                .orElseThrow();
        assertThat(delay.itemId()).isEqualTo(secretaries.id());
        // what the item said before and after, in words of each language: names, never codes
        assertThat(delay.summary().zh())
                .startsWith("修改：《基层党支部书记专题培训班》：乡科级；每单位 5 个名额；5月至5月；预算 80,000.00 元")
                .contains(" → 《基层党支部书记专题培训班》", "6月至6月", "计划 30.00 学时");
        assertThat(delay.summary().en())
                .startsWith("Changed: \u201c基层党支部书记专题培训班\u201d: ")
                .contains(
                        "5 places per unit; Month 5 to 5; budget 80,000.00 yuan", "Month 6 to 6", "30.00 credit hours")
                .doesNotContain("SECTION", "FULL_TIME", "|");
        assertThat(history)
                .extracting(change ->
                        change.summary().en().substring(0, change.summary().en().indexOf(':')))
                .containsExactlyInAnyOrder("Changed", "Added", "Withdrawn");
        assertThat(delay.changedBy()).isEqualTo(organiser.username());
        assertThat(history).allSatisfy(change -> assertThat(change.changedAt()).isNotNull());
    }

    @Test
    void theApprovalNeedsTheApprovingBodyAndADayNotInTheFutureAndOnlyASubmittedPlan() {
        int year = 2032;
        plans.add(item(year, "年轻干部培训班", List.of("SECTION", "STAFF"), 3, 4, "60"), null, organiser);
        assertThatThrownBy(() -> plans.approve(year, "党委", LocalDate.of(2026, 1, 5), organiser))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("plan.approve.notSubmitted"));
        plans.submit(year, organiser);
        assertThatThrownBy(() -> plans.submit(year, organiser))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("plan.submit.notDraft"));
        assertThatThrownBy(() -> plans.approve(year, " ", LocalDate.of(2026, 1, 5), organiser))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.field())
                        .isEqualTo("approvingBody"));
        // the test clock stands at 2026-11-23
        assertThatThrownBy(() -> plans.approve(year, "党委", LocalDate.of(2026, 12, 1), organiser))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("plan.approve.dateInFuture"));
        assertThat(plans.plan(year, organiser).orElseThrow().status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void anUnknownRankInTheAudienceIsRefusedAndNothingIsWritten() {
        int year = 2033;
        assertThatThrownBy(() -> plans.add(item(year, "培训", List.of("NO_SUCH_RANK"), 3, 3, "6"), null, organiser))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("rankCodes");
                    assertThat(refusal.messageKey()).isEqualTo("plan.item.rankUnknown");
                });
        assertThat(plans.items(year, organiser)).isEmpty();
    }

    @Test
    void cadresAndLecturersMayNotReadThePlanAndLiaisonsMayNotChangeIt() {
        int year = 2034;
        plans.add(item(year, "培训", List.of(), 3, 3, "6"), null, organiser);
        CurrentUser liaison = TestPrincipal.liaison(1L);
        assertThat(plans.items(year, liaison)).hasSize(1);
        assertThatThrownBy(() -> plans.add(item(year, "培训", List.of(), 3, 3, "6"), null, liaison))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.kind())
                        .isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> plans.items(year, TestPrincipal.cadre()))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.kind())
                        .isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> plans.submit(year, liaison)).isInstanceOf(DomainException.class);
    }
}
