package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.idOf;
import static org.cadretraining.support.ApiCalls.postJson;

import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An organiser chooses the sessions a questionnaire asks about: homework (handed in, never held) is not offered, and
 * one click ticks every lecture while leaving what was ticked by hand. Screenshots:
 * target/screenshots/QuestionnaireSetUpJourneyTests-*.
 */
class QuestionnaireSetUpJourneyTests extends EvaluationBrowserTest {

    @Autowired
    private MockMvcTester mvc;

    @Test
    void homeworkIsNotOfferedAndOneClickTicksEveryLecture() {
        ResultsCourses courses = coursesWithBranchAnswers(0);
        long course = courses.branchCourse;
        long homework = idOf(postJson(mvc, "/api/v1/courses/" + course + "/agenda", """
                {"type": "HOMEWORK", "day": "2012-11-24", "startsAt": "09:00", "endsAt": "17:00",
                 "titleZh": "学习心得体会", "titleEn": "Study summary", "mandatory": true}
                """, courses.organiser));
        List<String> problems = new ArrayList<>();
        gatherProblems(page, problems);
        signIn(page, "organiser");
        page.navigate("/courses/" + course + "/evaluation?lang=zh");

        Locator items = page.locator("#evaluated-items input[name=itemIds]");
        assertThat(items.count()).as("the opening ceremony and two lectures").isEqualTo(3);
        assertThat(page.locator("#item-" + homework).count()).isZero();
        assertThat(page.locator("#evaluated-items").innerText()).doesNotContain("学习心得体会");
        Locator opening = page.locator("#evaluated-items input[data-lecture=false]");

        page.locator("#clear-items").click();
        assertThat(page.locator("#evaluated-items input[name=itemIds]:checked").count())
                .isZero();
        opening.check();
        save();
        assertThat(checkedItems()).containsExactly(opening.getAttribute("value"));

        page.locator("#select-lectures").click();
        assertThat(page.locator("#item-" + courses.tianPingLecture).isChecked()).isTrue();
        assertThat(page.locator("#item-" + courses.experienceExchange).isChecked())
                .isTrue();
        assertThat(opening.isChecked()).as("what was ticked by hand stays").isTrue();
        screenshot("zh-1280");
        save();
        assertThat(checkedItems())
                .containsExactlyInAnyOrder(
                        opening.getAttribute("value"),
                        String.valueOf(courses.tianPingLecture),
                        String.valueOf(courses.experienceExchange));

        page.navigate("/courses/" + course + "/evaluation?lang=en");
        assertThat(page.locator("#select-lectures").innerText()).contains("Select all lectures");
        assertThat(page.locator("#clear-items").innerText()).contains("Clear");
        page.locator("#clear-items").click();
        page.locator("#select-lectures").click();
        assertThat(page.locator("#evaluated-items input[name=itemIds]:checked").count())
                .isEqualTo(2);
        screenshot("en-1280");
        assertThat(problems).isEmpty();
    }

    private void save() {
        page.locator("#evaluated-items")
                .locator("xpath=ancestor::form")
                .locator("button[type=submit]")
                .click();
        page.waitForLoadState();
        page.locator("#evaluated-items").waitFor();
    }

    private List<String> checkedItems() {
        return page.locator("#evaluated-items input[name=itemIds]:checked").all().stream()
                .map(box -> box.getAttribute("value"))
                .toList();
    }
}
