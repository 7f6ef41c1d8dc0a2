package org.cadretraining.evaluation;

import java.util.Arrays;
import java.util.List;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;

/**
 * A question an organiser adds to a template. Options are one a line, the Chinese label first and, after a
 * vertical bar, the English one: {@code 偏短 | Too short}.
 */
record QuestionForm(String scope, String kind, String textZh, String textEn, Boolean required, String options) {

    static QuestionForm empty() {
        return new QuestionForm(QuestionScope.COURSE.name(), QuestionKind.RATING.name(), "", "", true, "");
    }

    Question toQuestion() {
        List<LocalizedText> parsed = options == null
                ? List.of()
                : Arrays.stream(options.split("\\R"))
                        .filter(line -> !line.isBlank())
                        .map(line -> {
                            String[] parts = line.split("\\|", 2);
                            return new LocalizedText(parts[0], parts.length > 1 ? parts[1] : "");
                        })
                        .toList();
        return question(
                parse(QuestionScope.class, scope),
                parse(QuestionKind.class, kind),
                new LocalizedText(textZh, textEn),
                parsed,
                Boolean.TRUE.equals(required));
    }

    /** A new question, refused with a sentence when its scope or kind is missing. */
    static Question question(
            QuestionScope scope, QuestionKind kind, LocalizedText text, List<LocalizedText> options, boolean required) {
        if (scope == null) {
            throw DomainException.invalid("scope", "evaluation.question.scopeRequired");
        }
        if (kind == null) {
            throw DomainException.invalid("kind", "evaluation.question.kindRequired");
        }
        return new Question(0, scope, kind, text, options, required);
    }

    /** The named constant, or null for a name the form never offers (refused by {@link #question} as missing). */
    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
