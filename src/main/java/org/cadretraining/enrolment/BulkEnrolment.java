package org.cadretraining.enrolment;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.enrolment.BulkLine.Outcome;
import org.cadretraining.enrolment.BulkPlan.Resolved;
import org.cadretraining.enrolment.BulkPlan.Situation;
import org.cadretraining.enrolment.EnrolmentStore.NewPlace;
import org.cadretraining.organisation.CadreFinder;
import org.cadretraining.organisation.CadreFinder.FoundCadre;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols many people in one step: the organiser directly (in any course role), a liaison by nominating their own
 * unit's cadres within its quota. A preview says what would happen to each; the confirmation decides again under
 * the course's lock and writes everything in one transaction, or nothing when the result would differ from the
 * preview that was shown.
 */
@Service
class BulkEnrolment {

    private final EnrolmentStore store;
    private final Clashes clashes;
    private final BulkLookup lookup;
    private final CadreFinder finder;
    private final DirectEnrolments direct;
    private final Nominations nominations;
    private final CourseCohorts cohorts;
    private final QuotaUse quotaUse;

    BulkEnrolment(
            EnrolmentStore store,
            Clashes clashes,
            BulkLookup lookup,
            CadreFinder finder,
            DirectEnrolments direct,
            Nominations nominations,
            CourseCohorts cohorts,
            QuotaUse quotaUse) {
        this.quotaUse = quotaUse;
        this.cohorts = cohorts;
        this.store = store;
        this.clashes = clashes;
        this.lookup = lookup;
        this.finder = finder;
        this.direct = direct;
        this.nominations = nominations;
    }

    @Transactional
    BulkReport preview(long courseId, List<Wanted> wanted, CourseRole role, Integer cohort, CurrentUser user) {
        return plan(courseId, wanted, role, cohort, user);
    }

    /**
     * Writes what the preview with {@code token} showed. Without a token (the API's one-step call) it writes what
     * it decides now; with a token that no longer matches it writes nothing and returns the new preview.
     */
    @Transactional
    BulkReport confirm(
            long courseId, List<Wanted> wanted, CourseRole role, Integer cohort, String token, CurrentUser user) {
        BulkReport report = plan(courseId, wanted, role, cohort, user);
        if (token != null && !token.equals(report.token())) {
            return report.asStale();
        }
        Long quotaUnit = actsAsOrganiser(user) ? null : user.liaisonUnitId();
        EnrolmentStatus entered = quotaUnit == null ? EnrolmentStatus.APPROVED : EnrolmentStatus.NOMINATED;
        List<BulkLine> admitted = report.lines().stream()
                .filter(line -> line.outcome() != Outcome.REFUSE)
                .toList();
        store.insertAll(
                admitted.stream()
                        .map(line -> new NewPlace(
                                courseId,
                                line.cadre().id(),
                                quotaUnit,
                                line.outcome() == Outcome.ENROL ? entered : EnrolmentStatus.WAITLISTED,
                                report.role(),
                                null))
                        .toList(),
                user);
        if (cohort != null) {
            cohorts.assignAll(
                    courseId, admitted.stream().map(line -> line.cadre().id()).toList(), cohort);
        }
        return report.asWritten();
    }

    /** Checks the user's rights and the course's state, locks the course, and decides each line. */
    private BulkReport plan(long courseId, List<Wanted> wanted, CourseRole role, Integer cohort, CurrentUser user) {
        if (wanted.isEmpty()) {
            throw DomainException.invalid("wanted", "enrolment.bulk.nobody");
        }
        if (wanted.size() > 5000) {
            throw DomainException.invalid("wanted", "enrolment.bulk.tooMany", 5000);
        }
        boolean organiser = actsAsOrganiser(user);
        CourseSummary course;
        QuotaRow quota = null;
        CourseRole asRole = role == null ? CourseRole.PARTICIPANT : role;
        if (organiser) {
            course = direct.openForEnrolment(courseId);
            store.lockCourse(courseId);
        } else {
            long unitId = EnrolmentRights.requireLiaison(user);
            if (asRole != CourseRole.PARTICIPANT) {
                throw DomainException.invalid("role", "enrolment.bulk.liaisonRole");
            }
            course = nominations.openForNominations(courseId);
            quota = quotaUse.of(courseId, unitId);
        }
        CourseCohorts.requireCohortOf(course, cohort);
        List<Resolved> resolved = lookup.resolve(wanted);
        Set<Long> cadreIds = resolved.stream()
                .map(Resolved::cadre)
                .filter(Objects::nonNull)
                .map(FoundCadre::id)
                .collect(Collectors.toSet());
        Set<Long> outside = Set.of();
        if (quota != null) {
            Set<Long> within = finder.withinUnit(cadreIds, quota.unitId());
            outside = cadreIds.stream().filter(id -> !within.contains(id)).collect(Collectors.toSet());
        }
        Situation situation =
                new Situation(course.capacity(), store.placesTaken(courseId), store.waiting(courseId), asRole, quota);
        List<BulkLine> lines = BulkPlan.decide(resolved, situation, clashes.of(course, cadreIds), outside);
        return new BulkReport(courseId, asRole, cohort, lines, false, false);
    }

    /** Whoever acts for the institution enrols directly, even when they are a unit's liaison too. */
    private static boolean actsAsOrganiser(CurrentUser user) {
        return user.actsForInstitution();
    }
}
