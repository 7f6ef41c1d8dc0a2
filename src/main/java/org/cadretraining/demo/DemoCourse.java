package org.cadretraining.demo;

import static org.cadretraining.course.AgendaItemType.FIELD_STUDY;
import static org.cadretraining.course.AgendaItemType.MICRO_COURSE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.Audience;
import org.cadretraining.course.Contact;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.course.CourseSetup.NewAgendaItem;
import org.cadretraining.course.CourseSetup.NewCourse;
import org.cadretraining.course.TrainingCategory;
import org.cadretraining.course.TrainingForm;
import org.cadretraining.course.lecturer.LecturerDetails;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.SiteDetails;
import org.cadretraining.course.site.SiteKind;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The seed course: its title, purpose, organiser, host, dates, the team leader's speech at the opening ceremony, the
 * four field-study sites and the three micro-courses, all as the seed gives them. The seed is silent on times of day,
 * the Chinese wording, the lecturers of the micro-courses and the other items; those are sample data and say so.
 */
@Component
@Order(200)
class DemoCourse implements DemoStep {

    static final String SAMPLE = "（示例）";

    /** Chinese names for the seed's sites and titles: illustrative translations, not from the seed. */
    private static final Map<String, String> CHINESE = Map.of(
            "Liaoshen Battle Memorial Hall", "辽沈战役纪念馆",
            "Tashan Blocking Battle Memorial Hall", "塔山阻击战纪念馆",
            "Jinzhou Frontline Command Post of the Northeast Field Army", "东北野战军锦州前线指挥所旧址",
            "Donghu Park", "东湖公园",
            "Life Dedicated to the Party - The Story of General Zhu Rui, the Father of Artillery",
                    "献身党的一生——“炮兵之父”朱瑞将军的故事",
            "Liaoshen Campaign - The historical background of the Tashan blockade battle", "辽沈战役——塔山阻击战的历史背景",
            "War calendar: 29 days that determine the progress of the liberation war", "战争日历：决定解放战争进程的29天");

    /** Sample times of day, one slot per seed item in the seed's order (the seed gives none). */
    private static final List<String[]> SLOTS = List.of(
            new String[] {"0", "08:30", "09:30"}, // opening ceremony
            new String[] {"0", "14:00", "17:00"}, // Liaoshen Battle Memorial Hall
            new String[] {"1", "08:30", "11:30"}, // Tashan Blocking Battle Memorial Hall
            new String[] {"1", "14:00", "15:30"}, // Jinzhou Frontline Command Post
            new String[] {"2", "08:30", "09:30"}, // Donghu Park
            new String[] {"0", "09:45", "11:15"}, // micro-course: General Zhu Rui
            new String[] {"1", "15:45", "17:15"}, // micro-course: Tashan blockade
            new String[] {"2", "09:45", "11:15"}); // micro-course: war calendar

    private final OrganisationDirectory directory;
    private final CourseSetup courses;
    private final Sites sites;
    private final Lecturers lecturers;

    DemoCourse(OrganisationDirectory directory, CourseSetup courses, Sites sites, Lecturers lecturers) {
        this.directory = directory;
        this.courses = courses;
        this.sites = sites;
        this.lecturers = lecturers;
    }

    @Override
    public void fill(Seed seed) {
        long committee = unit(DemoOrganisation.PARTY_COMMITTEE_OF_SIT);
        long partySchool = unit(DemoOrganisation.JINZHOU_PARTY_SCHOOL);
        long venue = sites.register(new SiteDetails(
                new LocalizedText("中共锦州市委党校", seed.hostInstitution()),
                "辽宁省锦州市" + SAMPLE,
                SiteKind.TRAINING_SCHOOL,
                120,
                true));
        LocalDate first = seed.courseStarts();
        long course = courses.plan(new NewCourse(
                new LocalizedText("领导干部政治能力提升培训班", seed.courseTitle()),
                new LocalizedText("学习贯彻党的二十大精神（演示数据：各项日程的具体时间为示例）", seed.coursePurpose()),
                // the seed names one organiser, the Party committee, which is the lead
                List.of(committee),
                List.of(),
                partySchool,
                venue,
                first,
                seed.courseEnds(),
                // the participants and the team leader
                seed.participantCount() + 1,
                // sample: the seed gives no requirement; 12 of the agenda's 15 学时 leaves room for leave within the cap
                new CreditHours(new BigDecimal("12")),
                TrainingCategory.PARTY_SPIRIT,
                TrainingForm.FULL_TIME,
                Contact.NONE,
                // the seed says who took part (its participants), not a wider audience
                Audience.ANYONE,
                List.of(),
                null));
        long teamLeader =
                directory.cadreIdByStaffNumber(DemoOrganisation.HU_XIAOMEI).orElseThrow();
        List<Seed.AgendaEntry> agenda = seed.agenda();
        List<NewAgendaItem> items = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            Seed.AgendaEntry entry = agenda.get(i);
            String[] slot = SLOTS.get(i);
            LocalDate day = first.plusDays(Long.parseLong(slot[0]));
            LocalTime from = LocalTime.parse(slot[1]);
            LocalTime to = LocalTime.parse(slot[2]);
            items.add(
                    switch (entry.type()) {
                        case "opening-ceremony" ->
                            new NewAgendaItem(
                                    AgendaItemType.OPENING_CEREMONY,
                                    day,
                                    from,
                                    to,
                                    null,
                                    null,
                                    teamLeader,
                                    null,
                                    new LocalizedText(
                                            "开班式：胡晓梅作政治能力专题讲话",
                                            "Opening ceremony: keynote speech on political ability"),
                                    true);
                        case "field-study" ->
                            new NewAgendaItem(
                                    FIELD_STUDY,
                                    day,
                                    from,
                                    to,
                                    site(entry.site()),
                                    null,
                                    null,
                                    null,
                                    new LocalizedText(
                                            "现场教学：" + CHINESE.get(entry.site()), "Field study: " + entry.site()),
                                    true);
                        case "micro-course" ->
                            new NewAgendaItem(
                                    MICRO_COURSE,
                                    day,
                                    from,
                                    to,
                                    null,
                                    sampleLecturer(i),
                                    null,
                                    null,
                                    new LocalizedText(CHINESE.get(entry.titleEn()), entry.titleEn()),
                                    true);
                        default -> throw new IllegalStateException("Unknown seed agenda type " + entry.type());
                    });
        }
        items.add(new NewAgendaItem(
                AgendaItemType.CLOSING_CEREMONY,
                seed.courseEnds(),
                LocalTime.parse("14:00"),
                LocalTime.parse("15:00"),
                null,
                null,
                teamLeader,
                null,
                new LocalizedText("结业式" + SAMPLE, "Closing ceremony (sample item, not in the seed)"),
                // not mandatory: the demo's one trainee on leave is excused from it and still completes
                false));
        items.forEach(item -> courses.schedule(course, item));
        courses.openNominations(course);
    }

    private long site(String nameEn) {
        SiteKind kind = nameEn.contains("Park") ? SiteKind.PARK : SiteKind.MEMORIAL_HALL;
        return sites.register(
                new SiteDetails(new LocalizedText(CHINESE.get(nameEn), nameEn), "辽宁省锦州市" + SAMPLE, kind, 200, true));
    }

    private long sampleLecturer(int index) {
        String[] names = {"李明", "张华", "王军"};
        return lecturers.register(new LecturerDetails(
                null, names[index % names.length] + SAMPLE, "中共锦州市委党校" + SAMPLE, "讲师", "党史；辽沈战役" + SAMPLE, "", true));
    }

    private long unit(String code) {
        return directory.unitIdByCode(code).orElseThrow();
    }
}
