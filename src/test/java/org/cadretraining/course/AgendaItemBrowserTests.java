package org.cadretraining.course;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.cadretraining.browser.BrowserTest;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The agenda and the item form with a presider, several speakers, a shared sitting, an evening and homework. */
class AgendaItemBrowserTests extends BrowserTest {

    @Autowired
    CoursePlanner planner;

    @Autowired
    AgendaPlanner agendaPlanner;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Sites sites;

    @Autowired
    Lecturers lecturers;

    @Test
    void theAgendaAndTheItemFormShowPresidersSpeakersSittingsAndHomework() {
        signInAsAdministratorForTheFirstTime();
        CourseFixture seed = new CourseFixture(planner, agendaPlanner, directory, sites, lecturers);
        Course course = seed.course("第38期新疆公共管理干部培训班");
        AgendaItem ceremony = agendaPlanner.addItem(
                course.id(),
                new AgendaItemDetails(
                        AgendaItemType.OPENING_CEREMONY,
                        CourseFixture.MARCH_17,
                        LocalTime.of(8, 30),
                        LocalTime.of(10, 0),
                        null,
                        List.of(
                                Speaker.named("李成恩").about(new LocalizedText("欢迎辞", "Welcome")),
                                Speaker.named("洪晓楠").about(new LocalizedText("学院与培训计划", "The faculty and the plan")),
                                Speaker.named("陈斌").about(new LocalizedText("学员代表表态", "Pledge for the trainees")),
                                Speaker.lecturer(seed.lecturer)),
                        Speaker.named("田晓明"),
                        new LocalizedText("开班式", "Opening ceremony"),
                        true,
                        null,
                        false),
                seed.organiser);
        agendaPlanner.addItem(
                course.id(),
                new AgendaItemDetails(
                        AgendaItemType.OTHER,
                        CourseFixture.MARCH_17,
                        LocalTime.of(9, 30),
                        LocalTime.of(10, 0),
                        null,
                        List.of(),
                        Speaker.NONE,
                        new LocalizedText("为学员代表佩戴校徽", "Pinning school badges"),
                        true,
                        null,
                        true),
                seed.organiser);
        seed.item(course, AgendaItemType.LECTURE, 0, "10:00", "11:30", null, Speaker.lecturer(seed.lecturer), "专题讲座");
        seed.item(course, AgendaItemType.LECTURE, 0, "14:00", "17:00", null, null, "现场教学准备");
        seed.item(course, AgendaItemType.GROUP_DISCUSSION, 0, "19:00", "21:00", null, null, "晚间分组讨论");
        agendaPlanner.addItem(
                course.id(),
                new AgendaItemDetails(
                        AgendaItemType.HOMEWORK,
                        CourseFixture.MARCH_17.plusDays(2),
                        LocalTime.of(17, 0),
                        LocalTime.of(17, 0),
                        null,
                        Speaker.NONE,
                        new LocalizedText("学习心得", "Study summary"),
                        true,
                        null),
                seed.organiser);

        page.navigate("/courses/" + course.id() + "?lang=zh");
        assertThat(page.locator("#item-" + ceremony.id())).containsText("主持：田晓明");
        assertThat(page.locator("#item-" + ceremony.id())).containsText("洪晓楠：学院与培训计划");
        assertThat(page.locator(".zero-credit").first()).containsText("当天学时已达上限");
        assertThat(page.locator(".entry-due")).containsText("截止 17:00");
        screenshot("agenda-zh");
        page.navigate("/courses/" + course.id() + "?lang=en");
        assertThat(page.locator("#item-" + ceremony.id())).containsText("Presided by 田晓明");
        assertThat(page.locator(".zero-credit").first()).containsText("The day's limit of 6.00 credit hours");
        screenshot("agenda-en");

        page.navigate("/courses/" + course.id() + "/agenda/" + ceremony.id() + "/edit?lang=zh");
        assertThat(page.locator("#speaker1Text")).hasValue("陈斌");
        assertThat(page.locator("#presiderText")).hasValue("田晓明");
        assertThat(page.locator("#check")).containsText("未发现冲突");
        screenshot("form-zh");
        page.locator("#type").selectOption("HOMEWORK");
        assertThat(page.locator("#startsAt")).isHidden();
        assertThat(page.locator("#check")).containsText("作业没有固定时段");
        screenshot("form-homework-zh");
        page.navigate("/courses/" + course.id() + "/agenda/" + ceremony.id() + "/edit?lang=en");
        assertThat(page.locator("legend")).containsText("Further speakers");
        screenshot("form-en");
    }
}
