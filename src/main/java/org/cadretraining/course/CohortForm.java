package org.cadretraining.course;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cadretraining.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/** One cohort (期/批次) as entered; a row left wholly blank on the page is no cohort. */
record CohortForm(
        @Size(max = 100) String nameZh,
        @Size(max = 100) String nameEn,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

    static CohortForm of(Cohort cohort) {
        return new CohortForm(cohort.name().zh(), cohort.name().en(), cohort.startsOn(), cohort.endsOn());
    }

    static CohortForm blank() {
        return new CohortForm("", "", null, null);
    }

    boolean isBlank() {
        return (nameZh == null || nameZh.isBlank())
                && (nameEn == null || nameEn.isBlank())
                && startsOn == null
                && endsOn == null;
    }

    Cohort toCohort() {
        return new Cohort(new LocalizedText(nameZh, nameEn), startsOn, endsOn);
    }
}
