package org.cadretraining.documents;

import java.util.List;
import java.util.Locale;
import org.cadretraining.shared.LocalizedText;

/**
 * Who takes part in a course, as its roster and sign-in sheets list them. The enrolment module implements it;
 * until it does, {@link SpeakingCadres} lists the cadres who speak at the course.
 */
public interface CourseParticipants {

    /**
     * A person on a course's roster. {@code role} is the label of their part in the course (participant, team
     * leader, class teacher...), {@code group} their study group, blank when there is none, and {@code cohort} the
     * number of their cohort, null when they take part throughout the course.
     */
    record Participant(
            long cadreId,
            String staffNumber,
            String name,
            String nameEn,
            LocalizedText unit,
            LocalizedText position,
            LocalizedText role,
            String group,
            Integer cohort) {

        public Participant {
            group = group == null ? "" : group.strip();
            nameEn = nameEn == null ? "" : nameEn.strip();
        }

        /** The name to print for a reader of the locale: the English name in English where there is one. */
        public String nameIn(Locale locale) {
            return new LocalizedText(name, nameEn).in(locale);
        }
    }

    /** The course's participants in the order the roster lists them. */
    List<Participant> of(long courseId);
}
