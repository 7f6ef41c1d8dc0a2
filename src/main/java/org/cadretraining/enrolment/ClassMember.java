package org.cadretraining.enrolment;

import java.util.Locale;
import org.cadretraining.shared.LocalizedText;

/**
 * A person with an approved place in a course, as attendance and completion see them: their part in the course,
 * their study group (blank when none) and the number of their cohort (null when they take part throughout; see
 * {@code CourseSummary.expects} for the days they are expected).
 */
public record ClassMember(
        long cadreId,
        String staffNumber,
        String name,
        String nameEn,
        LocalizedText unit,
        LocalizedText position,
        CourseRole role,
        String group,
        Integer cohort) {

    public ClassMember {
        group = group == null ? "" : group.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
    }

    /** The name to show a reader of the locale: the English name on English pages where there is one. */
    public String nameIn(Locale locale) {
        return new LocalizedText(name, nameEn).in(locale);
    }

    /** Whether this person is trained by the course (and so checked in, credited and certified). */
    public boolean trainee() {
        return role.trainee();
    }
}
