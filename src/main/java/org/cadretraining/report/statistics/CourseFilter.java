package org.cadretraining.report.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadretraining.shared.DomainException;

/**
 * Which courses a drill-down lists: all held in the period with trainees of the scope, or those of a training form,
 * of a type, with leave or with withdrawals.
 */
record CourseFilter(String form, String type, Boolean withLeave, Boolean withWithdrawal) {

    static final CourseFilter ALL = new CourseFilter(null, null, null, null);
    static final List<String> FORMS = List.of("FULL_TIME", "PART_TIME", "ONLINE", "HYBRID");
    static final List<String> TYPES = List.of("THEORY", "PARTY_SPIRIT", "SKILLS", "FIELD_STUDY", "OTHER");

    CourseFilter {
        form = form == null || form.isBlank() ? null : form.strip();
        type = type == null || type.isBlank() ? null : type.strip();
    }

    /** Refuses a value the page never offers, naming the field. */
    CourseFilter checked() {
        if (form != null && !Set.copyOf(FORMS).contains(form)) {
            throw DomainException.invalid("form", "report.statistics.invalid.form");
        }
        if (type != null && !Set.copyOf(TYPES).contains(type)) {
            throw DomainException.invalid("type", "report.statistics.invalid.type");
        }
        return this;
    }

    String where(Map<String, Object> params) {
        checked();
        List<String> conditions = new ArrayList<>();
        if (form != null) {
            conditions.add("training_form = :fForm");
            params.put("fForm", form);
        }
        if (type != null) {
            conditions.add("category = :fType");
            params.put("fType", type);
        }
        if (withLeave != null) {
            conditions.add(withLeave ? "leaves > 0" : "leaves = 0");
        }
        if (withWithdrawal != null) {
            conditions.add(withWithdrawal ? "withdrawals > 0" : "withdrawals = 0");
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    Map<String, Object> asParams() {
        Map<String, Object> params = new LinkedHashMap<>();
        CadreFilter.put(params, "form", form);
        CadreFilter.put(params, "type", type);
        CadreFilter.put(params, "withLeave", withLeave);
        CadreFilter.put(params, "withWithdrawal", withWithdrawal);
        return params;
    }
}
