package org.cadretraining.news.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/**
 * Properties of every draft over generated course records of every shape, written with every shape's default
 * wording, in both languages and with both newsroom settings: it passes the style checks of {@link DraftStyle},
 * those of the text (no empty quotation, no zero count, no broken sentence join, no HTML entity, no brackets within
 * brackets, no description quoted as a title, no prose in the other script outside a translator's mark …) and those
 * that need the record (the year of a past course and always in English, counts that agree with the participants,
 * 领导干部 only for leading cadres). Pure functions only: no Spring context, a few seconds for thousands of drafts.
 */
class DraftPropertyTests {

    @Test
    void everyDraftOfEveryShapePassesTheStyleChecksOfItsTextAndItsRecord() {
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            CourseFacts facts = GeneratedCourses.of(seed);
            for (DraftSettings settings : settings()) {
                for (Shape shape : Shape.values()) {
                    for (boolean english : new boolean[] {false, true}) {
                        Draft draft = DraftWriter.write(
                                facts, english, DraftTemplate.parse(DefaultTemplates.of(shape, english)), settings);
                        String text = draft.title() + "\n" + draft.text();
                        assertThat(DraftStyle.problems(facts, text, english))
                                .as("seed %d, %s, %s:%n%s", seed, shape, english ? "en" : "zh", text)
                                .isEmpty();
                        assertThat(draft.html()).doesNotContainPattern("&#\\d+;|&(?!amp;|lt;|gt;)[a-z]+;");
                    }
                }
            }
        });
    }

    @Test
    void theShapeOfARecordIsOneOfTheFiveAndAnOnlineCourseIsToldAsOnline() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            CourseFacts facts = GeneratedCourses.of(seed);
            Draft english = DraftWriter.write(facts, true, DraftSettings.DEFAULT);
            if (facts.form() == org.cadretraining.course.TrainingForm.ONLINE) {
                assertThat(facts.shape()).isEqualTo(Shape.ONLINE);
                assertThat(english.text()).contains("online");
            }
        });
    }

    private static DraftSettings[] settings() {
        return new DraftSettings[] {
            DraftSettings.DEFAULT,
            new DraftSettings(DraftSettings.TitleMarks.QUOTES, DraftSettings.ChineseOnlyNames.TRANSLATOR)
        };
    }
}
