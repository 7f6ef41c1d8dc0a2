package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** How a question reads a trainee's raw answer, and what a template allows to change. */
class QuestionReadingTests {

    static final LocalizedText LABEL = new LocalizedText("培训组织管理", "Organisation");

    final Question rating = new Question(2, QuestionScope.COURSE, QuestionKind.SATISFACTION, LABEL, List.of(), true);
    final Question single = new Question(
            6,
            QuestionScope.COURSE,
            QuestionKind.SINGLE_CHOICE,
            new LocalizedText("时长", "Length"),
            List.of(new LocalizedText("偏短", ""), new LocalizedText("适中", ""), new LocalizedText("偏长", "")),
            true);
    final Question multiple = new Question(
            5,
            QuestionScope.COURSE,
            QuestionKind.MULTIPLE_CHOICE,
            new LocalizedText("收获", "Gains"),
            List.of(new LocalizedText("理论", ""), new LocalizedText("党性", "")),
            false);
    final Question text = new Question(
            7, QuestionScope.COURSE, QuestionKind.FREE_TEXT, new LocalizedText("建议", "Suggestions"), List.of(), false);

    @Test
    void aScoreOutsideOneToFiveOrNotANumberIsRefusedNamingTheQuestion() {
        assertThat(rating.read(List.of("5"), null, LABEL).orElseThrow().rating())
                .isEqualTo(5);
        for (String bad : List.of("0", "6", "-1", "4.5", "很好")) {
            assertThatThrownBy(() -> rating.read(List.of(bad), null, LABEL))
                    .isInstanceOfSatisfying(DomainException.class, refusal -> {
                        assertThat(refusal.messageKey()).isEqualTo("evaluation.answer.outOfScale");
                        assertThat(refusal.field()).isEqualTo("q2");
                        assertThat(refusal.arguments()[0]).isEqualTo(new TextArgument(LABEL));
                    });
        }
        assertThatThrownBy(() -> rating.read(List.of("3", "4"), null, LABEL))
                .hasMessage("evaluation.answer.outOfScale");
    }

    @Test
    void aRequiredQuestionLeftOutIsRefusedAndAnOptionalOneIsSkipped() {
        assertThatThrownBy(() -> rating.read(List.of(" "), null, LABEL)).hasMessage("evaluation.answer.required");
        assertThat(multiple.read(null, null, LABEL)).isEmpty();
        assertThat(text.read(List.of(""), null, LABEL)).isEmpty();
    }

    @Test
    void choicesMustBeAmongTheOptionsAndASingleChoiceTakesOne() {
        assertThat(single.read(List.of("1"), null, LABEL).orElseThrow().choices())
                .containsExactly(1);
        assertThatThrownBy(() -> single.read(List.of("3"), null, LABEL)).hasMessage("evaluation.answer.unknownOption");
        assertThatThrownBy(() -> single.read(List.of("0", "1"), null, LABEL)).hasMessage("evaluation.answer.oneOption");
        assertThat(multiple.read(List.of("1", "0", "1"), null, LABEL)
                        .orElseThrow()
                        .choices())
                .containsExactly(0, 1);
        assertThatThrownBy(() -> multiple.read(List.of("0", "x"), null, LABEL))
                .hasMessage("evaluation.answer.unknownOption");
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedWithItsLength() {
        String limit = "议".repeat(Question.MAX_TEXT_LENGTH);
        assertThat(text.read(List.of(limit), 12L, LABEL).orElseThrow().text()).hasSize(Question.MAX_TEXT_LENGTH);
        assertThatThrownBy(() -> text.read(List.of(limit + "。"), 12L, LABEL))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("q7-12");
                    assertThat(refusal.arguments()).contains(Question.MAX_TEXT_LENGTH, Question.MAX_TEXT_LENGTH + 1);
                });
    }

    @Test
    void aChoiceNeedsTwoOptionsAndOtherKindsNone() {
        assertThatThrownBy(() ->
                        new Question(0, QuestionScope.ITEM, QuestionKind.SINGLE_CHOICE, LABEL, List.of(LABEL), true))
                .hasMessage("evaluation.question.optionsRequired");
        assertThatThrownBy(() -> new Question(0, QuestionScope.ITEM, QuestionKind.RATING, LABEL, List.of(LABEL), true))
                .hasMessage("evaluation.question.noOptions");
    }

    @Test
    void theDefaultTemplateAndAnAnsweredOneRefuseEveryChange() {
        Template base = new Template(1L, new LocalizedText("默认", "Default"), true, null, List.of(rating));
        assertThatThrownBy(() -> base.requireEditable(false)).hasMessage("evaluation.template.defaultFixed");
        Template copy = base.copy(new LocalizedText("副本", ""));
        assertThat(copy.isDefault()).isFalse();
        assertThat(copy.copiedFrom()).isEqualTo(1L);
        copy.requireEditable(false);
        assertThatThrownBy(() -> copy.requireEditable(true)).hasMessage("evaluation.template.answered");
        assertThat(copy.withQuestion(text).withoutQuestion(0).questions())
                .singleElement()
                .satisfies(q -> assertThat(q.position()).isZero());
    }
}
