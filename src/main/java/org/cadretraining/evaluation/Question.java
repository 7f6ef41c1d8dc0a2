package org.cadretraining.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;

/**
 * A question of a template, at its {@code position}: about the course or about each evaluated item, how it is
 * answered, its text in both languages, its options (for a choice) and whether it must be answered. It reads a
 * trainee's raw answer and refuses, with a sentence naming the question, what its kind does not allow.
 */
record Question(
        int position,
        QuestionScope scope,
        QuestionKind kind,
        LocalizedText text,
        List<LocalizedText> options,
        boolean required) {

    static final int MAX_TEXT_LENGTH = 2000;
    static final int MAX_QUESTION_LENGTH = 500;
    static final int MAX_OPTION_LENGTH = 200;

    Question {
        options = options == null ? List.of() : List.copyOf(options);
        if (text.zh().isEmpty()) {
            throw DomainException.invalid("textZh", "evaluation.question.textRequired");
        }
        if (text.zh().length() > MAX_QUESTION_LENGTH || text.en().length() > MAX_QUESTION_LENGTH) {
            throw DomainException.invalid("textZh", "evaluation.question.textTooLong", MAX_QUESTION_LENGTH);
        }
        if (kind.choice() && options.size() < 2) {
            throw DomainException.invalid("options", "evaluation.question.optionsRequired");
        }
        if (!kind.choice() && !options.isEmpty()) {
            throw DomainException.invalid("options", "evaluation.question.noOptions");
        }
        for (LocalizedText option : options) {
            if (option.zh().isEmpty()
                    || option.zh().length() > MAX_OPTION_LENGTH
                    || option.en().length() > MAX_OPTION_LENGTH) {
                throw DomainException.invalid("options", "evaluation.question.optionInvalid", MAX_OPTION_LENGTH);
            }
        }
    }

    Question at(int newPosition) {
        return new Question(newPosition, scope, kind, text, options, required);
    }

    /** The form field that carries the answer to this question, about the item (null: about the course). */
    String field(Long itemId) {
        return itemId == null ? "q" + position : "q" + position + "-" + itemId;
    }

    /**
     * The answer in {@code raw} (what the form or the API sent for this question), or nothing when it was left
     * out. {@code label} names the question in refusals (with the item it is about, where it is about one).
     */
    Optional<AnswerValue> read(List<String> raw, Long itemId, LocalizedText label) {
        List<String> given = raw == null
                ? List.of()
                : raw.stream()
                        .filter(value -> value != null && !value.isBlank())
                        .toList();
        String field = field(itemId);
        TextArgument name = new TextArgument(label);
        if (given.isEmpty()) {
            if (required) {
                throw DomainException.invalid(field, "evaluation.answer.required", name);
            }
            return Optional.empty();
        }
        if (kind == QuestionKind.FREE_TEXT) {
            String text = String.join("\n", given).strip();
            if (text.length() > MAX_TEXT_LENGTH) {
                throw DomainException.invalid(field, "evaluation.answer.tooLong", name, MAX_TEXT_LENGTH, text.length());
            }
            return Optional.of(new AnswerValue(position, itemId, null, null, text));
        }
        if (kind.scaled()) {
            Integer score = number(given, field, "evaluation.answer.outOfScale", name);
            if (score < QuestionKind.LOWEST || score > QuestionKind.HIGHEST) {
                throw DomainException.invalid(field, "evaluation.answer.outOfScale", name);
            }
            return Optional.of(new AnswerValue(position, itemId, score, null, null));
        }
        if (kind == QuestionKind.SINGLE_CHOICE && given.size() > 1) {
            throw DomainException.invalid(field, "evaluation.answer.oneOption", name);
        }
        LinkedHashSet<Integer> chosen = new LinkedHashSet<>();
        for (String value : given) {
            int option = number(List.of(value), field, "evaluation.answer.unknownOption", name);
            if (option < 0 || option >= options.size()) {
                throw DomainException.invalid(field, "evaluation.answer.unknownOption", name);
            }
            chosen.add(option);
        }
        return Optional.of(new AnswerValue(
                position,
                itemId,
                null,
                new ArrayList<>(chosen).stream().sorted().toList(),
                null));
    }

    private static int number(List<String> given, String field, String refusal, TextArgument name) {
        if (given.size() != 1) {
            throw DomainException.invalid(field, refusal, name);
        }
        try {
            return Integer.parseInt(given.getFirst().strip());
        } catch (NumberFormatException notANumber) {
            throw DomainException.invalid(field, refusal, name);
        }
    }
}
