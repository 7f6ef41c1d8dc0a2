package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An organiser enters, through the form in Chromium, a course run jointly by two organisers with a co-organiser,
 * online, in two cohorts, with an audience and notes; the course page names them in Chinese and in English.
 */
class CourseWhoJourneyTests extends BrowserTest {

    @Autowired
    OrganisationDirectory directory;

    @Test
    void jointOrganisersACoOrganiserAnAudienceAndCohortsAreEnteredAndShown() {
        long school = directory.registerUnit(new UnitDetails(
                "WHU-CE",
                new LocalizedText("武汉大学继续教育学院", "School of Continuing Education, Wuhan University"),
                UnitKind.EXTERNAL_INSTITUTION,
                null,
                true));
        long committee = directory.registerUnit(new UnitDetails(
                "SIT", new LocalizedText("沈阳理工大学党委", "Party Committee of SIT"), UnitKind.PARTY_COMMITTEE, null, true));
        long enshi = directory.registerUnit(new UnitDetails(
                "ES-ORG",
                new LocalizedText("恩施市委组织部", "Organisation Department of the Enshi Municipal Committee"),
                UnitKind.EXTERNAL_INSTITUTION,
                null,
                true));
        long whu = directory.registerUnit(new UnitDetails(
                "WHU", new LocalizedText("武汉大学", "Wuhan University"), UnitKind.EXTERNAL_INSTITUTION, null, true));
        signInAsAdministratorForTheFirstTime();

        page.navigate("/courses/new");
        page.locator("#titleZh").fill("乡村振兴和基层治理专题网络培训班");
        page.locator("#titleEn").fill("Online course on rural revitalisation and grassroots governance");
        page.locator("#organiserUnitId").selectOption(String.valueOf(school));
        page.locator("#jointOrganiser0").selectOption(String.valueOf(committee));
        page.locator("#coOrganiserUnitIds").selectOption(String.valueOf(enshi));
        page.locator("#hostUnitId").selectOption(String.valueOf(whu));
        page.locator("#startsOn").fill("2020-06-02");
        page.locator("#endsOn").fill("2020-06-04");
        page.locator("#capacity").fill("123");
        page.locator("#trainingForm").selectOption("ONLINE");
        page.locator("#contactNameZh").fill("李老师");
        page.locator("#contactNameEn").fill("Ms Li");
        page.locator("#contactPhone").fill("027-6877 0000");
        page.locator("#audienceZh").fill("恩施市乡村干部");
        page.locator("#audienceEn").fill("village and township cadres of Enshi City");
        page.locator("[name='cohorts[0].nameZh']").fill("第一期");
        page.locator("[name='cohorts[0].nameEn']").fill("First cohort");
        page.locator("[name='cohorts[0].startsOn']").fill("2020-06-02");
        // the cohort ends after the course: refused next to the field, the input kept
        page.locator("[name='cohorts[0].endsOn']").fill("2020-06-05");
        page.locator("#notesZh").fill("武汉大学继续教育学院常态化疫情防控以来首个“云课堂”");
        page.locator("#notesEn").fill("The school's first online course since epidemic control became routine");
        page.locator("main form button.btn-primary[type=submit]").click();

        assertThat(page.locator(".invalid-feedback:visible"))
                .containsText("第 1 期的日期必须在培训班日期 2020-06-02 至 2020-06-04 之内。");
        assertThat(page.locator("#contactNameZh")).hasValue("李老师");
        screenshot("form-refused-zh");
        page.locator("[name='cohorts[0].endsOn']").fill("2020-06-04");
        page.locator("main form button.btn-primary[type=submit]").click();
        page.waitForURL("**/courses/*");

        assertThat(page.locator("#courseOrganisers")).containsText("武汉大学继续教育学院");
        assertThat(page.locator("#courseOrganisers")).containsText("沈阳理工大学党委");
        assertThat(page.locator("#courseCoOrganisers")).hasText("恩施市委组织部");
        assertThat(page.locator("#courseTrainingForm")).hasText("网络");
        assertThat(page.locator("#courseAudience")).containsText("恩施市乡村干部");
        assertThat(page.locator("#courseCohorts")).containsText("第一期");
        screenshot("course-zh");
        page.navigate(page.url() + "?lang=en");
        assertThat(page.locator("#courseCoOrganisers"))
                .hasText("Organisation Department of the Enshi Municipal Committee");
        assertThat(page.locator("#courseTrainingForm")).hasText("Online");
        assertThat(page.locator("#courseAudience")).containsText("village and township cadres of Enshi City");
        screenshot("course-en");
        page.navigate(page.url().replace("?lang=en", "") + "/edit");
        assertThat(page.locator("#coOrganiserUnitIds option:checked"))
                .hasText("Organisation Department of the Enshi Municipal Committee");
        screenshot("form-en");
        page.navigate("/courses/new?lang=zh");
        screenshot("form-zh");
    }
}
