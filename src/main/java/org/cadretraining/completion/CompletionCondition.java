package org.cadretraining.completion;

import java.util.Optional;
import java.util.Set;
import org.cadretraining.shared.LocalizedText;

/**
 * Something besides attendance, leave and the reflection report that a course may ask of its trainees before they
 * complete, kept by the module it belongs to (the evaluation questionnaire, for one). Completion asks each such
 * condition when it decides, and shows its reason to the trainees who have not met it.
 */
public interface CompletionCondition {

    /** What the course asks, or nothing when it asks nothing of this kind. */
    Optional<Demand> demandOf(long courseId);

    /** The trainees who have met the condition, and the reason shown (in both languages) to those who have not. */
    record Demand(Set<Long> metBy, LocalizedText reason) {

        public Demand {
            metBy = Set.copyOf(metBy);
        }
    }
}
