package org.cadretraining.completion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadretraining.completion.Certificates.Certificate;
import org.cadretraining.completion.CompletionStanding.CreditedItem;
import org.cadretraining.completion.CompletionStanding.Decision;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.course.LeaveCap;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The completion page of a course, from the kept standings (see {@link CompletionKeeper}): a trainee with none kept
 * yet is judged once and kept; the course's own requirements (required 学时, reflection report) are added as read.
 * Once the course is completed the decisions recorded then are shown.
 */
@Component
class CompletionPage {

    /** One trainee's line on the page. */
    record Row(
            ClassMember trainee,
            boolean completed,
            CreditHours credited,
            CreditHours leave,
            List<LocalizedText> reasons,
            Instant reflectedAt,
            Certificate certificate) {}

    private final CourseCatalog catalog;
    private final ClassMembers members;
    private final KeptStandings kept;
    private final CompletionKeeper keeper;
    private final CompletionBook book;
    private final CompletionRules rules;
    private final Reflections reflections;
    private final Certificates certificates;
    private final CompletionRights rights;
    private final CourseAsks asks;
    private final StaleStandings staleness;

    CompletionPage(
            CourseCatalog catalog,
            ClassMembers members,
            KeptStandings kept,
            CompletionKeeper keeper,
            CompletionBook book,
            CompletionRules rules,
            Reflections reflections,
            Certificates certificates,
            CompletionRights rights,
            CourseAsks asks,
            StaleStandings staleness) {
        this.staleness = staleness;
        this.catalog = catalog;
        this.members = members;
        this.kept = kept;
        this.keeper = keeper;
        this.book = book;
        this.rules = rules;
        this.reflections = reflections;
        this.certificates = certificates;
        this.rights = rights;
        this.asks = asks;
    }

    String render(long courseId, ReflectionForm form, Model model) {
        CurrentUser user = CurrentUser.get();
        CourseSummary course =
                catalog.course(courseId).orElseThrow(() -> DomainException.notFound("completion.course.notFound"));
        boolean whole = rights.seesWholeCourse(courseId, user);
        boolean trainee = rights.isTrainee(courseId, user);
        if (!whole && !trainee) {
            throw DomainException.forbidden();
        }
        boolean decided = course.status() == CourseStatus.COMPLETED || course.status() == CourseStatus.ARCHIVED;
        List<AgendaEntry> agenda = catalog.agenda(courseId);
        List<Decision> live = decisions(course, agenda);
        Map<Long, CompletionBook.Recorded> recorded = decided ? book.ofCourse(courseId) : Map.of();
        Map<Long, Instant> reflected = reflections.submitted(courseId);
        Map<Long, Certificate> issued = certificates.ofCourse(courseId).stream()
                .collect(Collectors.toMap(Certificate::cadreId, Function.identity()));
        List<Row> rows = live.stream()
                .filter(d -> whole || d.trainee().cadreId() == user.cadreId())
                .map(d -> row(d, recorded.get(d.trainee().cadreId()), reflected, issued))
                .toList();
        CreditHours courseHours = course.hoursFor(null, agenda);
        LeaveCap cap = catalog.rules().leaveCap(courseHours);
        model.addAttribute("course", course);
        model.addAttribute("decided", decided);
        model.addAttribute(
                "decidedAt",
                recorded.values().stream()
                        .map(CompletionBook.Recorded::decidedAt)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("rows", rows);
        model.addAttribute("whole", whole);
        model.addAttribute("organiser", user.actsForInstitution());
        model.addAttribute("trainee", trainee);
        model.addAttribute("reflectionRequired", rules.reflectionRequired(courseId));
        model.addAttribute("cap", cap);
        model.addAttribute("minimumPercent", catalog.rules().minimumAttendedPercent());
        model.addAttribute(
                "myItems",
                trainee
                        ? live.stream()
                                .filter(d -> d.trainee().cadreId() == user.cadreId())
                                .flatMap(d -> d.creditedItems().stream())
                                .toList()
                        : List.of());
        model.addAttribute("reflection", form);
        return "completion/completion";
    }

    /**
     * Each trainee's decision from the kept standings; trainees with none kept yet, or kept before an item ended,
     * are judged and kept first.
     */
    private List<Decision> decisions(CourseSummary course, List<AgendaEntry> agenda) {
        long courseId = course.id();
        // a trainee withdrawn (退学) keeps their decision on the page: not completed, and why
        List<ClassMember> trainees = members.everyoneAdmitted(courseId).stream()
                .filter(ClassMember::trainee)
                .toList();
        // whoever still waits for the keeper's next round is judged now: the page never shows a standing from before
        // a check-in already committed
        if (keeper.anyWaiting(courseId)) {
            keeper.keepWaiting(courseId);
        }
        Map<Long, KeptStandings.Kept> found = kept.read(courseId);
        Set<Long> stale = staleness.among(trainees, found, agenda);
        Map<Long, KeptStandings.Kept> standings = found;
        if (!stale.isEmpty()) {
            keeper.keep(courseId, kept.courseJudged(courseId) ? stale : null);
            standings = kept.read(courseId);
        }
        Map<Long, AgendaEntry> items = agenda.stream().collect(Collectors.toMap(AgendaEntry::id, i -> i));
        CourseAsks.Asked asked = asks.of(course);
        List<Decision> decisions = new ArrayList<>();
        for (ClassMember trainee : trainees) {
            KeptStandings.Kept k = standings.get(trainee.cadreId());
            if (k == null) {
                continue;
            }
            List<CreditedItem> credited = k.items().stream()
                    .filter(i -> items.containsKey(i.itemId()))
                    .map(i -> new CreditedItem(items.get(i.itemId()), i.explanation()))
                    .toList();
            CompletionStanding standing =
                    new CompletionStanding(trainee, k.credited(), k.leave(), k.reasons(), credited);
            decisions.add(asked.decide(standing));
        }
        return decisions;
    }

    private static Row row(
            Decision live,
            CompletionBook.Recorded recorded,
            Map<Long, Instant> reflected,
            Map<Long, Certificate> issued) {
        long cadreId = live.trainee().cadreId();
        if (recorded != null) {
            return new Row(
                    live.trainee(),
                    recorded.completed(),
                    recorded.credited(),
                    recorded.leave(),
                    recorded.reasons(),
                    reflected.get(cadreId),
                    issued.get(cadreId));
        }
        return new Row(
                live.trainee(),
                live.completed(),
                live.credited(),
                live.leave(),
                live.reasons().stream().map(CompletionStanding.Reason::text).toList(),
                reflected.get(cadreId),
                issued.get(cadreId));
    }
}
