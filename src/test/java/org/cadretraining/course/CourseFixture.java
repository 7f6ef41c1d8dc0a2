package org.cadretraining.course;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.cadretraining.course.lecturer.LecturerDetails;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.SiteDetails;
import org.cadretraining.course.site.SiteKind;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;

/**
 * The seed's world for course tests: SIT's Party Committee organising, the Jinzhou Party School hosting, Hu Xiaomei
 * as team leader, a memorial hall and a lecturer. Codes and staff numbers carry a prefix of their own so fixtures
 * can share one database.
 */
class CourseFixture {

    static final LocalDate MARCH_17 = LocalDate.of(2023, 3, 17);

    final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    final CurrentUser organiser = TestPrincipal.organiser();
    final CoursePlanner planner;
    final AgendaPlanner agendaPlanner;
    final long committee;
    final long partySchool;
    final long huXiaomei;
    final long school;
    final long memorialHall;
    final long lecturer;

    CourseFixture(
            CoursePlanner planner,
            AgendaPlanner agendaPlanner,
            OrganisationDirectory directory,
            Sites sites,
            Lecturers lecturers) {
        this.planner = planner;
        this.agendaPlanner = agendaPlanner;
        committee = directory.registerUnit(new UnitDetails(
                prefix + "PC",
                new LocalizedText("党委", "Party Committee of SIT"),
                UnitKind.PARTY_COMMITTEE,
                null,
                true));
        partySchool = directory.registerUnit(new UnitDetails(
                prefix + "PS",
                new LocalizedText("中共锦州市委党校", "Party School of Jinzhou Municipal Committee"),
                UnitKind.EXTERNAL_INSTITUTION,
                null,
                true));
        huXiaomei = directory.registerCadre(new CadreDetails(
                prefix + "001",
                "胡晓梅",
                Gender.FEMALE,
                committee,
                "党委书记",
                "Party Secretary",
                null,
                "",
                "",
                "",
                "",
                true));
        school = sites.register(new SiteDetails(
                new LocalizedText("中共锦州市委党校", "Party School of Jinzhou"), "锦州市", SiteKind.TRAINING_SCHOOL, 200, true));
        memorialHall = sites.register(new SiteDetails(
                new LocalizedText("辽沈战役纪念馆", "Liaoshen Battle Memorial Hall"),
                "锦州市凌河区",
                SiteKind.MEMORIAL_HALL,
                60,
                true));
        lecturer = lecturers.register(new LecturerDetails(null, prefix + "王教授", "锦州市委党校", "教授", "辽沈战役", "", true));
    }

    Course course(String title) {
        return course(title, MARCH_17, MARCH_17.plusDays(2));
    }

    /** A course of the seed's organiser and host on other days, at the party school. */
    Course course(String title, LocalDate startsOn, LocalDate endsOn) {
        return planner.create(
                new CourseDetails(
                        new LocalizedText(title, prefix + "Training course"),
                        new LocalizedText("学习贯彻党的二十大精神", "study the spirit of the 20th CPC National Congress"),
                        committee,
                        partySchool,
                        school,
                        startsOn,
                        endsOn,
                        20,
                        CreditHours.of("18"),
                        TrainingCategory.PARTY_SPIRIT),
                organiser);
    }

    AgendaItem item(
            Course course,
            AgendaItemType type,
            int day,
            String from,
            String to,
            Long siteId,
            Speaker speaker,
            String title) {
        return agendaPlanner.addItem(
                course.id(),
                new AgendaItemDetails(
                        type,
                        MARCH_17.plusDays(day),
                        LocalTime.parse(from),
                        LocalTime.parse(to),
                        siteId,
                        speaker,
                        new LocalizedText(title, ""),
                        true,
                        null),
                organiser);
    }
}
