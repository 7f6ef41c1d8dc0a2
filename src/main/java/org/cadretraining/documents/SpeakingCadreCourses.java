package org.cadretraining.documents;

import java.util.List;
import org.cadretraining.course.CourseCatalog;
import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

/**
 * A cadre's courses as far as the agenda knows them: those they speak at, in person or as an internal lecturer.
 * Stands in until the enrolment module adds the courses a cadre takes part in; any other {@link CadreCourses}
 * bean takes precedence.
 */
@Component
@Fallback
class SpeakingCadreCourses implements CadreCourses {

    private final CourseCatalog catalog;

    SpeakingCadreCourses(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<Long> coursesOf(long cadreId) {
        return catalog.coursesWithSpeaker(cadreId);
    }
}
