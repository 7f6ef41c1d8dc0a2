package org.cadretraining.leave;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The leave page of a course, as the trainee, the class teacher or the organiser sees it: the agenda to ask leave
 * from, the requests with the leave already used against the cap, and who may decide or take back which.
 */
@Component
class LeavePage {

    /** A request with what the approver needs next to it. */
    record Row(
            LeaveRequest request,
            ClassMember cadre,
            LeaveStandings.Standing standing,
            boolean mayDecide,
            boolean mayCancel,
            boolean withinCap,
            List<AgendaEntry> items,
            List<LeaveOutlook.Consequence> outlook) {}

    /** A refused decision, shown next to its request with the note kept. */
    record Refusal(long requestId, String message, boolean needsConfirmation, String note) {}

    private final LeaveRequests requests;
    private final LeaveStandings standings;
    private final LeaveApprovers approvers;
    private final LeaveBook book;
    private final ClassMembers members;
    private final List<LeaveOutlook> outlooks;

    LeavePage(
            LeaveRequests requests,
            LeaveStandings standings,
            LeaveApprovers approvers,
            LeaveBook book,
            ClassMembers members,
            List<LeaveOutlook> outlooks) {
        this.requests = requests;
        this.standings = standings;
        this.approvers = approvers;
        this.book = book;
        this.members = members;
        this.outlooks = List.copyOf(outlooks);
    }

    /** Fills the model and names the template; refuses users who are neither trainee nor reviewer. */
    String render(long courseId, LeaveForm form, Refusal refusal, Model model) {
        CurrentUser user = CurrentUser.get();
        CourseSummary course = standings.course(courseId);
        // a trainee withdrawn (退学) keeps their requests on record, and may still read them
        List<ClassMember> classList = members.everyoneAdmitted(courseId);
        Map<Long, LeaveBook.Withdrawal> withdrawals = book.withdrawals(courseId);
        Map<Long, ClassMember> byCadre =
                classList.stream().collect(Collectors.toMap(ClassMember::cadreId, Function.identity(), (a, b) -> a));
        boolean trainee = user.cadreId() != null
                && byCadre.containsKey(user.cadreId())
                && byCadre.get(user.cadreId()).trainee();
        boolean reviewer = approvers.mayReview(courseId, user);
        if (!trainee && !reviewer) {
            throw DomainException.forbidden();
        }
        Map<Long, AgendaEntry> agenda = standings.agenda(courseId);
        Map<LocalDate, List<AgendaEntry>> days = new TreeMap<>();
        agenda.values().stream()
                .sorted(Comparator.comparing(AgendaEntry::day).thenComparing(AgendaEntry::startsAt))
                .forEach(item ->
                        days.computeIfAbsent(item.day(), d -> new ArrayList<>()).add(item));
        List<LeaveRequest> shown = reviewer ? requests.ofCourse(courseId) : requests.ofCadre(courseId, user.cadreId());
        List<Row> rows = shown.stream()
                .map(r -> {
                    LeaveStandings.Standing standing = standings.standing(r);
                    return new Row(
                            r,
                            byCadre.get(r.cadreId()),
                            standing,
                            r.open() && approvers.mayDecide(r, user),
                            r.mayBeCancelledBy(user),
                            standing.withinCapAfterApproval(),
                            r.itemIds().stream().map(agenda::get).toList(),
                            outlook(r));
                })
                .toList();
        CreditHours courseHours = standings.courseHours(courseId);
        model.addAttribute("course", course);
        model.addAttribute("days", days);
        model.addAttribute("courseHours", courseHours);
        model.addAttribute("cap", standings.cap(courseHours));
        model.addAttribute("rows", rows);
        model.addAttribute("trainee", trainee);
        model.addAttribute("reviewer", reviewer);
        model.addAttribute("organiser", user.actsForInstitution());
        model.addAttribute(
                "trainees",
                classList.stream()
                        .filter(m -> m.trainee() && !withdrawals.containsKey(m.cadreId()))
                        .toList());
        model.addAttribute("withdrawals", withdrawals);
        model.addAttribute("leave", form);
        model.addAttribute("refusal", refusal);
        model.addAttribute("mayAsk", course.status().beforeCompletion() && (trainee || user.actsForInstitution()));
        return "leave/leave";
    }

    /** What a request asked for or approved does to completion; nothing for one rejected or taken back. */
    private List<LeaveOutlook.Consequence> outlook(LeaveRequest request) {
        if (!request.open() && request.status() != LeaveRequest.Status.APPROVED) {
            return List.of();
        }
        return outlooks.stream()
                .flatMap(o -> o.of(request.courseId(), request.cadreId(), request.itemIds()).stream())
                .toList();
    }

    LeaveForm emptyForm() {
        LeaveForm form = new LeaveForm();
        form.setCadreId(CurrentUser.get().cadreId());
        return form;
    }
}
