package org.cadretraining.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.shared.LocalizedText;

/**
 * How many of a course's trainees have answered its questionnaire, and who has not yet (so they can be reminded).
 * Built from the set of those who have answered, which holds no time: it says who, never when nor what.
 *
 * @param phase null while the course has no questionnaire
 * @param closesAt null while the course has no questionnaire
 */
record ResponseRate(
        Questionnaire.Phase phase, Instant closesAt, int answered, int enrolled, List<Pending> notAnswered) {

    /** A trainee who has not answered yet, as the organiser reminds them. */
    record Pending(long cadreId, String staffNumber, String name, String nameEn, LocalizedText unit, String group) {

        static Pending of(ClassMember member) {
            return new Pending(
                    member.cadreId(),
                    member.staffNumber(),
                    member.name(),
                    member.nameEn(),
                    member.unit(),
                    member.group());
        }

        public String nameIn(Locale locale) {
            return new LocalizedText(name, nameEn).in(locale);
        }
    }

    ResponseRate {
        notAnswered = List.copyOf(notAnswered);
    }

    public int percent() {
        return enrolled == 0 ? 0 : Math.round(100f * answered / enrolled);
    }

    /** Still moving: worth refreshing the page's figures. Once closed, the figures are final. */
    public boolean live() {
        return phase != null && phase != Questionnaire.Phase.CLOSED;
    }

    /** Whether reminding makes sense: open, and someone has not answered. */
    public boolean remindable() {
        return phase == Questionnaire.Phase.OPEN && !notAnswered.isEmpty();
    }
}
