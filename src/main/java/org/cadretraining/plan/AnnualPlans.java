package org.cadretraining.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.organisation.Rank;
import org.cadretraining.organisation.Ranks;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting, submitting, approving and changing a year's plan. Each change locks the year's plan, so that the status
 * a change was allowed under is the status it is written under; a change after approval is kept with its reason.
 */
@Service
class AnnualPlans {

    private final PlanStore store;
    private final Ranks ranks;
    private final Clock clock;
    private final PlanItemWords words;

    AnnualPlans(PlanStore store, Ranks ranks, Clock clock, PlanItemWords words) {
        this.words = words;
        this.store = store;
        this.ranks = ranks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<AnnualPlan> plan(int year, CurrentUser user) {
        PlanRights.requireReader(user);
        return store.plan(year);
    }

    @Transactional(readOnly = true)
    List<PlanItem> items(int year, CurrentUser user) {
        PlanRights.requireReader(user);
        return store.items(year);
    }

    @Transactional(readOnly = true)
    PlanItem item(long itemId, CurrentUser user) {
        PlanRights.requireReader(user);
        return store.item(itemId).orElseThrow(() -> DomainException.notFound("plan.item.notFound"));
    }

    @Transactional(readOnly = true)
    List<PlanChange> history(int year, CurrentUser user) {
        PlanRights.requireReader(user);
        return store.changes(year);
    }

    /** Adds a planned course; the year's plan is drafted by its first item. */
    @Transactional
    PlanItem add(PlanItem item, String reason, CurrentUser user) {
        PlanRights.requireEditor(user);
        AnnualPlan plan = store.lock(item.year()).orElseGet(() -> {
            AnnualPlan drafted = AnnualPlan.draft(item.year(), user.username(), clock.instant());
            store.save(drafted);
            return drafted;
        });
        String why = plan.reasonForChange(reason);
        checkRanks(item);
        PlanItem added = item.withId(store.insert(item));
        keep(plan, added.id(), why, words.added(added), user);
        return added;
    }

    /** Adds every item or, when one is refused, none. */
    @Transactional
    List<PlanItem> addAll(List<PlanItem> items, String reason, CurrentUser user) {
        return items.stream().map(item -> add(item, reason, user)).toList();
    }

    @Transactional
    PlanItem change(long itemId, PlanItem changed, String reason, CurrentUser user) {
        PlanRights.requireEditor(user);
        PlanItem before = store.item(itemId).orElseThrow(() -> DomainException.notFound("plan.item.notFound"));
        AnnualPlan plan = store.lock(before.year()).orElseThrow();
        String why = plan.reasonForChange(reason);
        checkRanks(changed);
        PlanItem after = changed.withId(itemId);
        store.update(after);
        keep(plan, itemId, why, words.changed(before, after), user);
        return after;
    }

    @Transactional
    void withdraw(long itemId, String reason, CurrentUser user) {
        PlanRights.requireEditor(user);
        PlanItem item = store.item(itemId).orElseThrow(() -> DomainException.notFound("plan.item.notFound"));
        AnnualPlan plan = store.lock(item.year()).orElseThrow();
        String why = plan.reasonForChange(reason);
        store.withdraw(itemId);
        keep(plan, itemId, why, words.withdrawn(item), user);
    }

    @Transactional
    AnnualPlan submit(int year, CurrentUser user) {
        PlanRights.requireEditor(user);
        AnnualPlan plan = store.lock(year).orElseThrow(() -> DomainException.notFound("plan.notFound"));
        if (store.items(year).isEmpty()) {
            throw DomainException.conflict(null, "plan.submit.empty");
        }
        AnnualPlan submitted = plan.submit(user.username(), clock.instant());
        store.save(submitted);
        return submitted;
    }

    @Transactional
    AnnualPlan approve(int year, String body, LocalDate on, CurrentUser user) {
        PlanRights.requireEditor(user);
        AnnualPlan plan = store.lock(year).orElseThrow(() -> DomainException.notFound("plan.notFound"));
        AnnualPlan approved = plan.approve(body, on, LocalDate.now(clock), user.username(), clock.instant());
        store.save(approved);
        return approved;
    }

    private void keep(
            AnnualPlan plan,
            long itemId,
            String reason,
            org.cadretraining.shared.LocalizedText summary,
            CurrentUser user) {
        if (reason != null) {
            store.record(plan.year(), itemId, reason, summary, user.username(), clock.instant());
        }
    }

    private void checkRanks(PlanItem item) {
        Set<String> known = ranks.all().stream().map(Rank::code).collect(Collectors.toSet());
        for (String code : item.rankCodes()) {
            if (!known.contains(code)) {
                throw DomainException.invalid("rankCodes", "plan.item.rankUnknown", code);
            }
        }
    }
}
