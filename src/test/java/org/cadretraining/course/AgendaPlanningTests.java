package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.SiteDetails;
import org.cadretraining.course.site.SiteKind;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Planning items as real courses have them: sittings, homework, several speakers, sites across courses. */
@SpringBootTest
class AgendaPlanningTests {

    @Autowired
    CoursePlanner planner;

    @Autowired
    AgendaPlanner agendaPlanner;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Sites sites;

    @Autowired
    Lecturers lecturers;

    @Autowired
    AgendaItemRepository items;

    CourseFixture seed;

    @BeforeEach
    void world() {
        seed = new CourseFixture(planner, agendaPlanner, directory, sites, lecturers);
    }

    @Test
    void aCeremonyAndAMeetingInOneSittingDoNotClashAndEarnTheirTimeOnce() {
        Course course = seed.course("同场");
        AgendaItem ceremony =
                seed.item(course, AgendaItemType.OPENING_CEREMONY, 0, "08:30", "09:30", null, null, "开班式");
        AgendaItem meeting = agendaPlanner.addItem(
                course.id(), details(AgendaItemType.OTHER, "09:00", "10:00", null, true), seed.organiser);

        List<AgendaEntry> agenda = catalog.agenda(course.id());
        assertThat(agenda).extracting(AgendaEntry::sharesSitting).containsExactly(false, true);
        // 08:30–10:00 is 90 minutes of the morning: 1.5 学时 in all, not 2
        CreditHours total = agenda.stream().map(AgendaEntry::creditHours).reduce(CreditHours.ZERO, CreditHours::plus);
        assertThat(total).isEqualTo(CreditHours.of("1.5"));
        // shared by their minutes, 60 each of 120
        assertThat(planner.item(course.id(), ceremony.id(), seed.organiser).credit())
                .isEqualTo(CreditHours.of("0.75"));
        assertThat(planner.item(course.id(), meeting.id(), seed.organiser).credit())
                .isEqualTo(CreditHours.of("0.75"));
    }

    @Test
    void overlappingItemsNotInOneSittingOrAtAnotherPlaceStillClash() {
        Course course = seed.course("不同场");
        seed.item(course, AgendaItemType.OPENING_CEREMONY, 0, "08:30", "09:30", null, null, "开班式");
        assertThatThrownBy(() -> agendaPlanner.addItem(
                        course.id(), details(AgendaItemType.OTHER, "09:00", "10:00", null, false), seed.organiser))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("course.conflict.overlap"));
        // the same sitting cannot be in two places at once
        assertThatThrownBy(() -> agendaPlanner.addItem(
                        course.id(),
                        details(AgendaItemType.OTHER, "09:00", "10:00", seed.memorialHall, true),
                        seed.organiser))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("course.conflict.overlap"));
    }

    @Test
    void aSiteBookedByAnotherCourseIsRefusedNamingThatCourseUnlessTheSiteMayBeShared() {
        Course first = seed.course("先订场地的班");
        Course second = seed.course("后来的班");
        seed.item(first, AgendaItemType.LECTURE, 1, "14:00", "16:00", seed.memorialHall, null, "讲座");

        AgendaPlanner.AgendaCheck check = agendaPlanner.check(
                second.id(),
                null,
                details(AgendaItemType.LECTURE, "15:00", "17:00", seed.memorialHall, false, 1),
                seed.organiser);
        assertThat(check.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("siteId");
            assertThat(c.messageKey()).isEqualTo("course.conflict.siteBooked");
            assertThat(((TextArgument) c.arguments().getFirst()).text().zh()).isEqualTo("先订场地的班");
        });
        assertThatThrownBy(() -> agendaPlanner.addItem(
                        second.id(),
                        details(AgendaItemType.LECTURE, "15:00", "17:00", seed.memorialHall, false, 1),
                        seed.organiser))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("siteId");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                });
        // after the other course's time, or at a hall several courses may share, it is free
        agendaPlanner.addItem(
                second.id(),
                details(AgendaItemType.LECTURE, "16:00", "17:00", seed.memorialHall, false, 1),
                seed.organiser);
        long bigHall = sites.register(
                new SiteDetails(new LocalizedText("大礼堂", "Great hall"), "", SiteKind.TRAINING_SCHOOL, 800, true, true));
        seed.item(first, AgendaItemType.LECTURE, 2, "08:30", "11:30", bigHall, null, "报告会");
        agendaPlanner.addItem(
                second.id(), details(AgendaItemType.LECTURE, "09:00", "11:00", bigHall, false, 2), seed.organiser);
        assertThat(sites.find(bigHall).orElseThrow().shareable()).isTrue();
        // the courses' common main venue, a party school, hosts both at once
        seed.item(first, AgendaItemType.LECTURE, 0, "08:30", "11:30", null, null, "讲座");
        seed.item(second, AgendaItemType.LECTURE, 0, "08:30", "11:30", null, null, "讲座");
    }

    @Test
    void homeworkIsDueAtATimeClashesWithNothingAndEarnsNothingUnlessFixed() {
        Course course = seed.course("作业");
        seed.item(course, AgendaItemType.LECTURE, 0, "14:00", "17:00", null, null, "讲座");
        AgendaItem homework = agendaPlanner.addItem(
                course.id(), details(AgendaItemType.HOMEWORK, "16:00", "17:00", null, false), seed.organiser);

        AgendaEntry entry = catalog.agenda(course.id()).stream()
                .filter(e -> e.id() == homework.id())
                .findFirst()
                .orElseThrow();
        assertThat(entry.dueAt()).isEqualTo(LocalDateTime.of(CourseFixture.MARCH_17, LocalTime.of(17, 0)));
        assertThat(entry.creditHours()).isEqualTo(CreditHours.ZERO);
        AgendaPlanner.AgendaCheck check = agendaPlanner.check(
                course.id(),
                homework.id(),
                details(AgendaItemType.HOMEWORK, "16:00", "17:00", null, false),
                seed.organiser);
        assertThat(check.conflicts()).isEmpty();
        assertThat(check.zeroCredit().getCodes()[0]).isEqualTo("course.credit.zero.homework");
        // the lecture keeps its whole afternoon
        assertThat(catalog.agenda(course.id()).getFirst().creditHours()).isEqualTo(CreditHours.of("3"));
    }

    @Test
    void aMandatoryEveningItemOnAFullDayIsWarnedAboutInTheCheck() {
        Course course = seed.course("满天");
        seed.item(course, AgendaItemType.LECTURE, 0, "08:30", "11:30", null, null, "讲座");
        seed.item(course, AgendaItemType.LECTURE, 0, "14:00", "17:00", null, null, "讲座");
        AgendaPlanner.AgendaCheck check = agendaPlanner.check(
                course.id(),
                null,
                details(AgendaItemType.GROUP_DISCUSSION, "19:00", "21:00", null, false),
                seed.organiser);
        assertThat(check.credit()).isEqualTo(CreditHours.ZERO);
        assertThat(check.zeroCredit().getCodes()[0]).isEqualTo("course.credit.zero.dayFull");
    }

    @Test
    void everySpeakerIsCheckedForBeingBookedElsewhere() {
        Course first = seed.course("讲座班");
        Course second = seed.course("交流班");
        seed.item(
                first,
                AgendaItemType.LECTURE,
                1,
                "08:30",
                "10:00",
                seed.memorialHall,
                Speaker.lecturer(seed.lecturer),
                "讲座");
        AgendaItemDetails panel = new AgendaItemDetails(
                AgendaItemType.OTHER,
                CourseFixture.MARCH_17.plusDays(1),
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                null,
                List.of(Speaker.named("甲"), Speaker.lecturer(seed.lecturer)),
                Speaker.NONE,
                new LocalizedText("交流发言", ""),
                true,
                null,
                false);
        assertThatThrownBy(() -> agendaPlanner.addItem(second.id(), panel, seed.organiser))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("speakers");
                    assertThat(e.messageKey()).isEqualTo("course.conflict.speakerBusy");
                });
    }

    /** A lecturer who presides in one course cannot speak in another at the same time, nor preside there. */
    @Test
    void thePresiderIsCheckedForBeingBookedElsewhereToo() {
        Course first = seed.course("开班式");
        Course second = seed.course("座谈会");
        AgendaItemDetails chaired = new AgendaItemDetails(
                AgendaItemType.OPENING_CEREMONY,
                CourseFixture.MARCH_17.plusDays(1),
                LocalTime.of(8, 30),
                LocalTime.of(9, 30),
                null,
                List.of(Speaker.named("校长")),
                Speaker.lecturer(seed.lecturer),
                new LocalizedText("开班式", ""),
                true,
                null,
                false);
        agendaPlanner.addItem(first.id(), chaired, seed.organiser);
        AgendaItemDetails speaking = new AgendaItemDetails(
                AgendaItemType.LECTURE,
                CourseFixture.MARCH_17.plusDays(1),
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                null,
                List.of(Speaker.lecturer(seed.lecturer)),
                Speaker.NONE,
                new LocalizedText("专题讲座", ""),
                true,
                null,
                false);
        assertThatThrownBy(() -> agendaPlanner.addItem(second.id(), speaking, seed.organiser))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("speakerLecturerId");
                    assertThat(e.messageKey()).isEqualTo("course.conflict.speakerBusy");
                });
        AgendaItemDetails presiding = new AgendaItemDetails(
                AgendaItemType.OTHER,
                CourseFixture.MARCH_17.plusDays(1),
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                null,
                List.of(Speaker.named("学员代表")),
                Speaker.lecturer(seed.lecturer),
                new LocalizedText("交流发言", ""),
                true,
                null,
                false);
        assertThatThrownBy(() -> agendaPlanner.addItem(second.id(), presiding, seed.organiser))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("presiderLecturerId");
                    assertThat(e.messageKey()).isEqualTo("course.conflict.presiderBusy");
                });
    }

    @Test
    void aLecturerSpeakingSecondStillTaughtTheCourse() {
        Course course = seed.course("座谈");
        agendaPlanner.addItem(
                course.id(),
                new AgendaItemDetails(
                        AgendaItemType.OTHER,
                        CourseFixture.MARCH_17,
                        LocalTime.of(9, 0),
                        LocalTime.of(10, 0),
                        null,
                        List.of(Speaker.named("甲"), Speaker.lecturer(seed.lecturer)),
                        Speaker.NONE,
                        new LocalizedText("座谈", ""),
                        true,
                        null,
                        false),
                seed.organiser);
        assertThat(catalog.coursesTaughtBy(seed.lecturer))
                .extracting(CourseCatalog.TaughtCourse::courseId)
                .containsExactly(course.id());
    }

    /**
     * The agenda read in two queries (items, then all their further speakers) gives the same items as Spring Data's
     * own loading, one aggregate at a time: speakers in order with their topics, presider, credit set by hand.
     */
    @Test
    void theAgendaReadInOneGoIsTheSameAsItemByItem() {
        Course course = seed.course("两次读取");
        seed.item(
                course,
                AgendaItemType.LECTURE,
                0,
                "08:30",
                "10:00",
                seed.memorialHall,
                Speaker.lecturer(seed.lecturer),
                "讲座");
        agendaPlanner.addItem(
                course.id(),
                new AgendaItemDetails(
                        AgendaItemType.OTHER,
                        CourseFixture.MARCH_17,
                        LocalTime.of(14, 0),
                        LocalTime.of(16, 0),
                        null,
                        List.of(
                                Speaker.named("甲"),
                                Speaker.lecturer(seed.lecturer),
                                new Speaker(null, null, "丙", new LocalizedText("体会", "What I learnt"))),
                        Speaker.named("主持人"),
                        new LocalizedText("交流发言", "Exchange"),
                        false,
                        CreditHours.of("1.25"),
                        false),
                seed.organiser);
        List<AgendaItem> inOneGo = items.findByCourse(course.id());
        assertThat(inOneGo).hasSize(2);
        assertThat(inOneGo.get(1).speakers()).hasSize(3);
        for (AgendaItem item : inOneGo) {
            AgendaItem oneByOne = items.findById(item.id()).orElseThrow();
            assertThat(item.details()).isEqualTo(oneByOne.details());
            assertThat(item.credit()).isEqualTo(oneByOne.credit());
            assertThat(item.ruleCredit()).isEqualTo(oneByOne.ruleCredit());
        }
        assertThat(items.findByCourseOnDay(course.id(), CourseFixture.MARCH_17))
                .extracting(AgendaItem::details)
                .containsExactlyElementsOf(
                        inOneGo.stream().map(AgendaItem::details).toList());
    }

    private AgendaItemDetails details(AgendaItemType type, String from, String to, Long siteId, boolean sitting) {
        return details(type, from, to, siteId, sitting, 0);
    }

    private AgendaItemDetails details(
            AgendaItemType type, String from, String to, Long siteId, boolean sitting, int day) {
        return new AgendaItemDetails(
                type,
                CourseFixture.MARCH_17.plusDays(day),
                LocalTime.parse(from),
                LocalTime.parse(to),
                siteId,
                List.of(),
                Speaker.NONE,
                new LocalizedText("会议", ""),
                true,
                null,
                sitting);
    }
}
