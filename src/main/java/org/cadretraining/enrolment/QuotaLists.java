package org.cadretraining.enrolment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.enrolment.QuotaList.Given;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.organisation.UnitNode;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Sets many units' places in one step instead of one form per unit: a preview says what each line would do, and the
 * confirmation decides again under the course's lock and writes the whole list, or nothing when a line is wrong,
 * the places together exceed the capacity, or the result would differ from the preview that was shown. The rules
 * are those of one unit's places ({@link QuotaChange}), checked by setting the places in a transaction that a
 * preview always rolls back.
 */
@Service
class QuotaLists {

    static final int MOST_LINES = 2000;

    private final Quotas quotas;
    private final QuotaChange change;
    private final QuotaUse quotaUse;
    private final OrganisationDirectory directory;

    QuotaLists(Quotas quotas, QuotaChange change, QuotaUse quotaUse, OrganisationDirectory directory) {
        this.quotas = quotas;
        this.change = change;
        this.quotaUse = quotaUse;
        this.directory = directory;
    }

    @Transactional
    QuotaListReport preview(long courseId, List<Given> given, CurrentUser user) {
        QuotaListReport report = plan(courseId, given, user);
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return report;
    }

    @Transactional
    QuotaListReport confirm(long courseId, List<Given> given, String token, CurrentUser user) {
        QuotaListReport report = plan(courseId, given, user);
        if (!report.token().equals(token) || !report.writable()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return report.token().equals(token) ? report : report.asStale();
        }
        return report.asWritten();
    }

    /** The same number of places for every active unit directly below {@code parentId}, as lines to preview. */
    List<Given> sameForUnitsOf(long parentId, String places) {
        List<Given> given = directory.allUnits().stream()
                .filter(u -> Long.valueOf(parentId).equals(u.parentId()) && takesPlaces(u))
                .map(u -> new Given(null, u.code(), places))
                .toList();
        if (given.isEmpty()) {
            throw DomainException.invalid("parentUnitId", "enrolment.quotaList.noUnitsBelow");
        }
        return given;
    }

    private QuotaListReport plan(long courseId, List<Given> given, CurrentUser user) {
        CourseSummary course = quotas.lockForQuotas(courseId, user);
        if (given.isEmpty()) {
            throw DomainException.invalid("given", "enrolment.quotaList.empty");
        }
        if (given.size() > MOST_LINES) {
            throw DomainException.invalid("given", "enrolment.quotaList.tooMany", MOST_LINES);
        }
        UnitNames units = new UnitNames(directory.allUnits());
        Map<Long, Integer> before = new HashMap<>();
        quotaUse.ofCourse(courseId).forEach(q -> before.put(q.unitId(), q.places()));
        Map<Long, Integer> firstRow = new HashMap<>();
        Map<Long, Integer> placesByUnit = new LinkedHashMap<>();
        List<QuotaListLine> lines = new ArrayList<>(given.size());
        for (int n = 0; n < given.size(); n++) {
            Given line = given.get(n);
            QuotaListLine decided = decide(line, units, before);
            if (decided.unitId() != null) {
                Integer earlier = firstRow.putIfAbsent(decided.unitId(), line.row() == null ? n + 1 : line.row());
                if (earlier != null) {
                    decided = decided.refusing("enrolment.quotaList.duplicate", earlier);
                } else {
                    placesByUnit.put(decided.unitId(), decided.places());
                }
            }
            lines.add(decided);
        }
        QuotaChange.Result result = change.apply(course, placesByUnit);
        List<QuotaListLine> checked = lines.stream()
                .map(l -> l.outcome() != QuotaListLine.Outcome.REFUSE
                                && result.belowUse().containsKey(l.unitId())
                        ? l.refusing(
                                "enrolment.quota.belowUsed", result.belowUse().get(l.unitId()))
                        : l)
                .toList();
        return new QuotaListReport(courseId, checked, result.total(), result.capacity(), false, false);
    }

    private static QuotaListLine decide(Given line, UnitNames units, Map<Long, Integer> before) {
        if (line.unit().isBlank()) {
            return QuotaListLine.refused(line, "enrolment.quotaList.noUnit");
        }
        List<UnitNode> named = units.named(line.unit());
        if (named.isEmpty()) {
            return QuotaListLine.refused(line, "enrolment.quotaList.unitUnknown", line.unit());
        }
        if (named.size() > 1) {
            List<String> codes = named.stream().map(UnitNode::code).toList();
            return QuotaListLine.refused(
                    line, "enrolment.quotaList.unitAmbiguous", line.unit(), named.size(), String.join("、", codes));
        }
        UnitNode unit = named.getFirst();
        if (!takesPlaces(unit)) {
            return QuotaListLine.refused(line, "enrolment.quotaList.unitInactive", line.unit());
        }
        Integer places = wholeNumber(line.places());
        if (places == null) {
            return QuotaListLine.refused(line, "enrolment.quotaList.places", line.places());
        }
        return QuotaListLine.of(line, unit.id(), unit.name(), before.get(unit.id()), places);
    }

    private static boolean takesPlaces(UnitNode unit) {
        return unit.active() && unit.kind() != UnitKind.EXTERNAL_INSTITUTION;
    }

    private static Integer wholeNumber(String text) {
        try {
            int number = Integer.parseInt(text.strip());
            return number < 0 ? null : number;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
