package org.cadretraining.completion;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.attendance.AttendanceRecords;
import org.cadretraining.attendance.AttendanceStatus;
import org.cadretraining.attendance.ItemAttendance;
import org.cadretraining.completion.CompletionStanding.CreditedItem;
import org.cadretraining.completion.CompletionStanding.Reason;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseCatalog.Place;
import org.cadretraining.course.ItemCredit;
import org.cadretraining.course.ItemCredits;
import org.cadretraining.course.LeaveCap;
import org.cadretraining.course.TrainingRules;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.leave.LeaveBook;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the completion rule to trainees of a course, from what attendance, leave and the course's own rule say
 * now. The same reckoning keeps each trainee's standing while the course runs (see {@link CompletionKeeper}) and
 * decides for good when it is completed.
 */
@Component
class CompletionJudge {

    private final CourseCatalog catalog;
    private final ItemCredits itemCredits;
    private final ClassMembers members;
    private final AttendanceRecords attendance;
    private final LeaveBook leave;
    private final CourseAsks asks;
    private final MakeUps makeUps;
    private final Explanations explanations;
    private final ReasonTexts reasons;
    private final Clock clock;

    CompletionJudge(
            CourseCatalog catalog,
            ItemCredits itemCredits,
            ClassMembers members,
            AttendanceRecords attendance,
            LeaveBook leave,
            CourseAsks asks,
            MakeUps makeUps,
            Explanations explanations,
            ReasonTexts reasons,
            Clock clock) {
        this.catalog = catalog;
        this.itemCredits = itemCredits;
        this.members = members;
        this.attendance = attendance;
        this.leave = leave;
        this.asks = asks;
        this.makeUps = makeUps;
        this.explanations = explanations;
        this.reasons = reasons;
        this.clock = clock;
    }

    /** Every trainee's decision, judged now: their standing and what the course asks besides. */
    @Transactional(readOnly = true)
    List<CompletionStanding.Decision> decide(long courseId) {
        CourseAsks.Asked asked = asks.of(course(courseId));
        return standings(courseId, null).stream().map(asked::decide).toList();
    }

    /**
     * The standing of the course's trainees from attendance and leave: 学时 credited item by item with their
     * explanations, approved leave, withdrawal or leave past the cap, and mandatory items missed. Only the trainees
     * among {@code among}, or all of them when it is null.
     */
    @Transactional(readOnly = true)
    List<CompletionStanding> standings(long courseId, Collection<Long> among) {
        // looked up for every trainee of the class list and every attendance row: a set, not the list it came as
        Set<Long> cadreIds = among == null ? null : Set.copyOf(among);
        TrainingRules training = catalog.rules();
        List<AgendaEntry> agenda = catalog.agenda(courseId);
        Map<Long, AgendaEntry> items = agenda.stream().collect(Collectors.toMap(AgendaEntry::id, i -> i));
        CourseSummary course = course(courseId);
        Map<Long, Place> places = catalog.places(agenda.stream()
                .map(AgendaEntry::siteId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, ItemCredit> reckoning = itemCredits.reckoning(courseId);
        List<ClassMember> classList =
                // a trainee withdrawn (退学) is judged too: not completed, withdrawn, never left out of the decisions
                cadreIds == null ? members.everyoneAdmitted(courseId) : members.everyoneAdmitted(courseId, cadreIds);
        Map<Long, List<ItemAttendance>> byCadre = new HashMap<>();
        for (ItemAttendance row : attendance.ofTrainees(course, agenda, classList, cadreIds)) {
            byCadre.computeIfAbsent(row.cadreId(), id -> new ArrayList<>()).add(row);
        }
        ZoneId zone = clock.getZone();
        Map<Long, CreditHours> leaveHours = leave.approvedHours(courseId);
        Map<Long, LeaveBook.Withdrawal> withdrawals = leave.withdrawals(courseId);
        Map<Long, Set<Long>> madeUp = makeUps.madeUp(courseId);

        // the hours a trainee could earn depend only on their cohort: reckoned once per cohort, not per trainee
        Map<Integer, CreditHours> cohortHours = new HashMap<>();
        List<CompletionStanding> standings = new ArrayList<>();
        for (ClassMember trainee : classList) {
            if (!trainee.trainee() || (cadreIds != null && !cadreIds.contains(trainee.cadreId()))) {
                continue;
            }
            List<Reason> why = new ArrayList<>();
            List<CreditedItem> credited = new ArrayList<>();
            CreditHours hours = CreditHours.ZERO;
            for (ItemAttendance row : byCadre.getOrDefault(trainee.cadreId(), List.of())) {
                AgendaEntry item = items.get(row.itemId());
                if (item == null) {
                    // added after the agenda was read here; its AgendaChanged event judges everyone again
                    continue;
                }
                boolean attended = row.status().attended();
                if (earns(row, training)) {
                    hours = hours.plus(item.creditHours());
                    credited.add(new CreditedItem(
                            item,
                            explanations.credited(
                                    item, row, places.get(item.siteId()), credit(reckoning, item, training), zone)));
                }
                boolean itemMadeUp =
                        madeUp.getOrDefault(trainee.cadreId(), Set.of()).contains(item.id());
                if (missesMandatory(item, row.status(), itemMadeUp)) {
                    why.add(new Reason(NonCompletion.MANDATORY_MISSED, reasons.mandatoryMissed(item)));
                }
            }
            CreditHours leaveTaken = leaveHours.getOrDefault(trainee.cadreId(), CreditHours.ZERO);
            // the cap is of the hours the trainee could earn: in a course of cohorts, those of their own cohort
            LeaveCap cap = training.leaveCap(
                    cohortHours.computeIfAbsent(trainee.cohort(), cohort -> course.hoursFor(cohort, agenda)));
            LeaveBook.Withdrawal withdrawal = withdrawals.get(trainee.cadreId());
            if (withdrawal != null) {
                why.add(0, new Reason(NonCompletion.WITHDRAWN, reasons.withdrawn(withdrawal)));
            } else if (!cap.admits(leaveTaken)) {
                why.add(0, new Reason(NonCompletion.LEAVE_PAST_CAP, reasons.leavePastCap(leaveTaken, cap)));
            }
            standings.add(new CompletionStanding(trainee, hours, leaveTaken, List.copyOf(why), credited));
        }
        return standings;
    }

    /** Whether the trainee earns the item's 学时: present, for enough of the item by the institution's rules. */
    static boolean earns(ItemAttendance row, TrainingRules training) {
        return row.status().attended() && training.attendedEnough(row.minutesAttended(), row.itemMinutes());
    }

    /**
     * The mandatory rule: a mandatory item is met by attending it or by a make-up (补学) the organiser recorded.
     * Approved leave does not excuse it, and an item not over yet is not missed. A make-up earns no 学时: the hours
     * are those of the items attended, so it never lifts a trainee over the required 学时.
     */
    static boolean missesMandatory(AgendaEntry item, AttendanceStatus status, boolean madeUp) {
        return item.mandatory() && !status.attended() && status != AttendanceStatus.EXPECTED && !madeUp;
    }

    /** How the item came by its 学时; named by no rule when it changed after the reckoning was read. */
    private static ItemCredit credit(Map<Long, ItemCredit> reckoning, AgendaEntry item, TrainingRules training) {
        ItemCredit credit = reckoning.get(item.id());
        return credit != null && credit.hours().equals(item.creditHours())
                ? credit
                : training.itemCredit(item.creditHours(), Set.of(), item.startsAt());
    }

    private CourseSummary course(long courseId) {
        return catalog.course(courseId).orElseThrow(() -> DomainException.notFound("completion.course.notFound"));
    }
}
