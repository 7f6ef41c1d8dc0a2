package org.cadretraining.documents;

import java.util.List;

/**
 * The courses that are a cadre's, for their personal calendar: those they take part in or speak at. The enrolment
 * module implements it; until it does, {@link SpeakingCadreCourses} answers with the courses the cadre speaks at.
 */
public interface CadreCourses {

    /** Ids of the cadre's courses, in any order; cancelled courses and drafts are left out by the caller. */
    List<Long> coursesOf(long cadreId);
}
