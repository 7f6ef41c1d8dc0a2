package org.cadretraining.enrolment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the places a course gives a unit: how many of them are used, by the one rule of
 * {@link QuotaUse} (a place is a place however it was made), so a home page's count equals the nominations page's.
 */
@Service
public class UnitPlaces {

    private final QuotaUse quotas;

    UnitPlaces(QuotaUse quotas) {
        this.quotas = quotas;
    }

    /** The places of the unit's quota in the course that are used. */
    @Transactional(readOnly = true)
    public int used(long courseId, long unitId) {
        return quotas.used(courseId, unitId);
    }
}
