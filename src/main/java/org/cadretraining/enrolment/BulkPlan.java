package org.cadretraining.enrolment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadretraining.enrolment.BulkLine.Outcome;
import org.cadretraining.enrolment.Clashes.Clash;
import org.cadretraining.organisation.CadreFinder.FoundCadre;

/**
 * Decides, person by person in the order given, what a bulk step does: the rules of a single enrolment applied to
 * a list. Refused first (not found, ambiguous, inactive, listed twice, outside the liaison's unit, already enrolled
 * or in a course on the same days, beyond the unit's quota); then into the course while places are free, and on
 * the waiting list after that.
 */
final class BulkPlan {

    /** Where the course stands before the step; {@code quota} is null for the organiser, who needs none. */
    record Situation(int capacity, int placesTaken, int waiting, CourseRole role, QuotaRow quota) {}

    /** A line looked up in the directory: the cadre it names, or why it names nobody. */
    record Resolved(Wanted wanted, FoundCadre cadre, String refusalKey, List<Object> refusalArguments) {}

    private BulkPlan() {}

    static List<BulkLine> decide(
            List<Resolved> resolved, Situation situation, Map<Long, Clash> clashes, Set<Long> outsideUnit) {
        List<BulkLine> lines = new ArrayList<>(resolved.size());
        Set<Long> seen = new HashSet<>();
        int taken = situation.placesTaken();
        int waiting = situation.waiting();
        int nominated = 0;
        for (Resolved line : resolved) {
            FoundCadre cadre = line.cadre();
            Wanted wanted = line.wanted();
            if (cadre == null) {
                lines.add(BulkLine.refused(
                        wanted, null, line.refusalKey(), line.refusalArguments().toArray()));
            } else if (!cadre.active()) {
                lines.add(BulkLine.refused(wanted, cadre, "enrolment.bulk.inactive"));
            } else if (!seen.add(cadre.id())) {
                lines.add(BulkLine.refused(wanted, cadre, "enrolment.bulk.duplicate"));
            } else if (outsideUnit.contains(cadre.id())) {
                lines.add(BulkLine.refused(wanted, cadre, "enrolment.cadre.outsideUnit"));
            } else if (clashes.containsKey(cadre.id())) {
                Clash clash = clashes.get(cadre.id());
                lines.add(BulkLine.refused(wanted, cadre, clash.messageKey(), clash.arguments()));
            } else if (situation.quota() != null
                    && nominated >= situation.quota().remaining()) {
                lines.add(BulkLine.refused(
                        wanted,
                        cadre,
                        "enrolment.bulk.quotaFull",
                        situation.quota().places(),
                        situation.quota().used()));
            } else {
                nominated++;
                if (!situation.role().takesPlace() || taken < situation.capacity()) {
                    taken += situation.role().takesPlace() ? 1 : 0;
                    lines.add(new BulkLine(wanted, cadre, Outcome.ENROL, "enrolment.bulk.enrol", List.of()));
                } else {
                    waiting++;
                    lines.add(new BulkLine(
                            wanted,
                            cadre,
                            Outcome.WAITLIST,
                            "enrolment.bulk.courseFull",
                            List.of(situation.capacity(), waiting)));
                }
            }
        }
        return lines;
    }
}
