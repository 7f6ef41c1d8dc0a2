package org.cadretraining.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.cadretraining.shared.LocalizedText;

/** The evaluation benchmark's questionnaire: 20 required questions about the course, of every kind. */
final class BenchQuestionnaire {

    /** The questions of the benchmark's template, by kind, 20 in all; every one is required, so each gives a row. */
    static final List<QuestionKind> KINDS = Stream.of(
                    Collections.nCopies(6, QuestionKind.SATISFACTION),
                    Collections.nCopies(8, QuestionKind.RATING),
                    Collections.nCopies(3, QuestionKind.SINGLE_CHOICE),
                    Collections.nCopies(2, QuestionKind.MULTIPLE_CHOICE),
                    List.of(QuestionKind.FREE_TEXT))
            .flatMap(List::stream)
            .toList();

    private BenchQuestionnaire() {}

    /** The template: one required question about the course for each of {@link #KINDS}. */
    static Template template() {
        List<Question> questions = new ArrayList<>();
        List<LocalizedText> options = List.of(
                new LocalizedText("理论素养", "Theory"),
                new LocalizedText("党性修养", "Party spirit"),
                new LocalizedText("履职能力", "Ability"),
                new LocalizedText("知识视野", "Knowledge"));
        for (int i = 0; i < KINDS.size(); i++) {
            QuestionKind kind = KINDS.get(i);
            questions.add(new Question(
                    i,
                    QuestionScope.COURSE,
                    kind,
                    new LocalizedText("第 " + (i + 1) + " 题", "Question " + (i + 1)),
                    kind.choice() ? options : List.of(),
                    true));
        }
        return new Template(null, new LocalizedText("压力测试问卷", "Benchmark questionnaire"), false, null, questions);
    }
}
