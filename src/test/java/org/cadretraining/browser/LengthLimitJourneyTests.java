package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A field with a length limit shows how much is used and does not cut what is typed; the server then refuses the
 * over-long value with a sentence naming the field and the limit, and the input is kept.
 */
class LengthLimitJourneyTests extends BrowserTest {

    @Test
    void anOverLongNameIsCountedNotCutAndRefusedWithTheFieldsSentence() {
        signInAsAdministratorForTheFirstTime();
        page.navigate("/lecturers/new?lang=en");
        String tooLong = "W".repeat(110);

        page.locator("#name").fill(tooLong);
        assertThat(page.locator("#name").inputValue()).hasSize(110);
        assertThat(page.locator("#name + .length-counter")).hasText("110 / 100 characters");
        assertThat(page.locator("#name + .length-counter")).hasClass(Pattern.compile("text-danger"));
        screenshot("counter-en");

        page.locator("form[action$='/lecturers'] button[type=submit]").click();
        assertThat(page.locator(".invalid-feedback").first()).hasText("Name: at most 100 characters.");
        assertThat(page.locator("#name").inputValue()).isEqualTo(tooLong);
        screenshot("refused-en");

        page.navigate("/lecturers/new?lang=zh-CN");
        page.locator("#name").fill("王");
        assertThat(page.locator("#name + .length-counter")).hasText("1 / 100 字");
        screenshot("counter-zh");
    }
}
