package org.cadretraining.account.trainees;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cadretraining.account.Accounts;
import org.cadretraining.account.CadreAccounts;
import org.cadretraining.account.trainees.AccountLine.State;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sign-in accounts for many of a course's trainees at once, as an administrator makes one: the staff number is
 * the user name, the cadre's name the display name, the role 干部 (cadre), and a one-time password that is shown
 * once. A preview says who gets which user name, who already has an account and who cannot have one and why; the
 * confirmation decides again and makes all the accounts previewed, or none.
 */
@Service
class TraineeAccounts {

    private final CourseCatalog catalog;
    private final ClassMembers members;
    private final CadreAccounts existing;
    private final Accounts accounts;

    TraineeAccounts(CourseCatalog catalog, ClassMembers members, CadreAccounts existing, Accounts accounts) {
        this.catalog = catalog;
        this.members = members;
        this.existing = existing;
        this.accounts = accounts;
    }

    /** The course's trainees, each with the user name of their account (absent when they have none). */
    record Trainees(CourseSummary course, List<ClassMember> trainees, Map<Long, String> usernames) {

        public List<ClassMember> withoutAccount() {
            return trainees.stream()
                    .filter(t -> !usernames.containsKey(t.cadreId()))
                    .toList();
        }
    }

    @Transactional(readOnly = true)
    Trainees trainees(long courseId, CurrentUser user) {
        if (!user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
        CourseSummary course = catalog.course(courseId).orElseThrow(() -> DomainException.notFound("course.notFound"));
        List<ClassMember> trainees = members.classList(courseId).stream()
                .filter(ClassMember::trainee)
                .sorted((a, b) -> a.staffNumber().compareTo(b.staffNumber()))
                .toList();
        return new Trainees(
                course,
                trainees,
                existing.usernames(trainees.stream().map(ClassMember::cadreId).toList()));
    }

    @Transactional(readOnly = true)
    AccountPlan preview(long courseId, Collection<Long> chosen, CurrentUser user) {
        return plan(trainees(courseId, user), chosen);
    }

    /** Makes what the preview with {@code token} showed; with another token it makes nothing and previews anew. */
    @Transactional
    AccountPlan make(long courseId, Collection<Long> chosen, String token, CurrentUser user) {
        AccountPlan plan = preview(courseId, chosen, user);
        if (!plan.token().equals(token)) {
            return plan.asStale();
        }
        if (!plan.ready()) {
            throw DomainException.conflict("cadreId", "account.trainees.notReady");
        }
        List<AccountLine> made = new ArrayList<>();
        for (AccountLine line : plan.lines()) {
            made.add(
                    line.state() != State.MAKE
                            ? line
                            : line.madeWith(accounts.create(
                                    line.username(),
                                    line.trainee().name(),
                                    Set.of(Role.CADRE),
                                    line.trainee().cadreId(),
                                    null)));
        }
        return plan.madeWith(made);
    }

    /** The chosen trainees without an account, then every trainee who has one. */
    private AccountPlan plan(Trainees course, Collection<Long> chosen) {
        Set<Long> wanted = Set.copyOf(chosen);
        List<AccountLine> lines = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        for (ClassMember trainee : course.withoutAccount()) {
            if (wanted.contains(trainee.cadreId())) {
                lines.add(line(trainee, usernames));
            }
        }
        if (lines.isEmpty()) {
            throw DomainException.invalid("cadreId", "account.trainees.nobody");
        }
        course.trainees().stream()
                .filter(t -> course.usernames().containsKey(t.cadreId()))
                .forEach(t ->
                        lines.add(AccountLine.existing(t, course.usernames().get(t.cadreId()))));
        return new AccountPlan(course.course().id(), lines, false, false);
    }

    /** The same rules as an account made by hand, and one user name per person within the list. */
    private AccountLine line(ClassMember trainee, Set<String> usernames) {
        List<DomainException> problems = accounts.newAccountProblems(
                trainee.staffNumber(), trainee.name(), Set.of(Role.CADRE), trainee.cadreId(), null);
        if (!problems.isEmpty()) {
            DomainException first = problems.getFirst();
            return AccountLine.refused(trainee, first.messageKey(), first.arguments());
        }
        if (!usernames.add(trainee.staffNumber().strip().toLowerCase(Locale.ROOT))) {
            return AccountLine.refused(trainee, "account.username.taken", new Object[] {trainee.staffNumber()});
        }
        return AccountLine.toMake(trainee);
    }
}
