package org.cadretraining.completion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.attendance.AttendanceRecords;
import org.cadretraining.attendance.ItemAttendance;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseCatalog.Place;
import org.cadretraining.course.TrainingRules;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.leave.LeaveBook;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the completion rule to every trainee of a course, from what attendance, leave and the course's own rule
 * say now. The same reckoning shows the organiser a preview while the course runs and decides for good when it is
 * completed.
 */
@Component
class CompletionJudge {

    /** A reason for not completing, as stored: its code and its text in both languages. */
    record Reason(NonCompletion code, LocalizedText text) {}

    /** An item whose 学时 the trainee earned, with the explanation for the ledger. */
    record CreditedItem(AgendaEntry item, LocalizedText explanation) {}

    /** One trainee's result. */
    record Decision(
            ClassMember trainee,
            boolean completed,
            CreditHours credited,
            CreditHours leave,
            List<Reason> reasons,
            List<CreditedItem> creditedItems) {}

    private final CourseCatalog catalog;
    private final ClassMembers members;
    private final AttendanceRecords attendance;
    private final LeaveBook leave;
    private final CompletionRules rules;
    private final Reflections reflections;
    private final Explanations explanations;
    private final Clock clock;

    CompletionJudge(
            CourseCatalog catalog,
            ClassMembers members,
            AttendanceRecords attendance,
            LeaveBook leave,
            CompletionRules rules,
            Reflections reflections,
            Explanations explanations,
            Clock clock) {
        this.catalog = catalog;
        this.members = members;
        this.attendance = attendance;
        this.leave = leave;
        this.rules = rules;
        this.reflections = reflections;
        this.explanations = explanations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Decision> decide(long courseId) {
        CourseSummary course =
                catalog.course(courseId).orElseThrow(() -> DomainException.notFound("completion.course.notFound"));
        TrainingRules training = catalog.rules();
        List<AgendaEntry> agenda = catalog.agenda(courseId);
        Map<Long, AgendaEntry> items = agenda.stream().collect(Collectors.toMap(AgendaEntry::id, i -> i));
        CreditHours courseHours =
                agenda.stream().map(AgendaEntry::creditHours).reduce(CreditHours.ZERO, CreditHours::plus);
        Map<Long, Place> places = catalog.places(agenda.stream()
                .map(AgendaEntry::siteId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, List<ItemAttendance>> byCadre = new HashMap<>();
        for (ItemAttendance row : attendance.ofCourse(courseId)) {
            byCadre.computeIfAbsent(row.cadreId(), id -> new ArrayList<>()).add(row);
        }
        Map<Long, CreditHours> leaveHours = leave.approvedHours(courseId);
        Map<Long, LeaveBook.Withdrawal> withdrawals = leave.withdrawals(courseId);
        boolean reflectionRequired = rules.reflectionRequired(courseId);
        Set<Long> reflected = reflections.submitters(courseId);

        List<Decision> decisions = new ArrayList<>();
        for (ClassMember trainee : members.classList(courseId)) {
            if (!trainee.trainee()) {
                continue;
            }
            List<Reason> reasons = new ArrayList<>();
            List<CreditedItem> credited = new ArrayList<>();
            CreditHours hours = CreditHours.ZERO;
            for (ItemAttendance row : byCadre.getOrDefault(trainee.cadreId(), List.of())) {
                AgendaEntry item = items.get(row.itemId());
                boolean attended = row.status().attended();
                if (attended && training.attendedEnough(row.minutesAttended(), row.itemMinutes())) {
                    hours = hours.plus(item.creditHours());
                    credited.add(new CreditedItem(
                            item,
                            explanations.credited(item, row, places.get(item.siteId()), training, clock.getZone())));
                }
                // mandatory means attended: approved leave does not excuse it
                if (item.mandatory() && !attended) {
                    reasons.add(new Reason(NonCompletion.MANDATORY_MISSED, missed(item)));
                }
            }
            CreditHours leaveTaken = leaveHours.getOrDefault(trainee.cadreId(), CreditHours.ZERO);
            LeaveBook.Withdrawal withdrawal = withdrawals.get(trainee.cadreId());
            if (withdrawal != null) {
                reasons.add(0, new Reason(NonCompletion.WITHDRAWN, withdrawn(withdrawal)));
            } else if (!training.withinLeaveCap(leaveTaken, courseHours)) {
                reasons.add(
                        0,
                        new Reason(
                                NonCompletion.LEAVE_PAST_CAP,
                                explanations.text(
                                        "completion.reason.leavePastCap",
                                        leaveTaken,
                                        courseHours,
                                        training.leaveCap(courseHours))));
            }
            if (hours.compareTo(course.requiredHours()) < 0) {
                reasons.add(new Reason(
                        NonCompletion.SHORT_OF_HOURS,
                        explanations.text("completion.reason.shortOfHours", hours, course.requiredHours())));
            }
            if (reflectionRequired && !reflected.contains(trainee.cadreId())) {
                reasons.add(
                        new Reason(NonCompletion.NO_REFLECTION, explanations.text("completion.reason.noReflection")));
            }
            decisions.add(new Decision(trainee, reasons.isEmpty(), hours, leaveTaken, List.copyOf(reasons), credited));
        }
        return decisions;
    }

    private LocalizedText missed(AgendaEntry item) {
        String zhWhat = item.title().in(Explanations.ZH);
        String enWhat = item.title().in(Explanations.EN);
        LocalizedText zh = explanations.text(
                "completion.reason.mandatoryMissed",
                explanations.day(item.day(), Explanations.ZH),
                item.startsAt() + "–" + item.endsAt(),
                zhWhat);
        LocalizedText en = explanations.text(
                "completion.reason.mandatoryMissed",
                explanations.day(item.day(), Explanations.EN),
                item.startsAt() + "–" + item.endsAt(),
                enWhat);
        return new LocalizedText(zh.zh(), en.en());
    }

    private LocalizedText withdrawn(LeaveBook.Withdrawal withdrawal) {
        // the leave module records its reason as "中文 / English"
        String[] parts = withdrawal.reason().split(" / ", 2);
        String zh = parts[0];
        String en = parts.length > 1 ? parts[1] : parts[0];
        return new LocalizedText(
                explanations.text("completion.reason.withdrawn", zh).zh(),
                explanations.text("completion.reason.withdrawn", en).en());
    }
}
