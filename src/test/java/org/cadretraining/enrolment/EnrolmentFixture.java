package org.cadretraining.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small organisation for enrolment tests: a Party committee with two schools, one of them with a department
 * below it, and the liaisons of both schools. Courses are written straight into the course tables, because only
 * the course module's own pages plan them. Codes carry a prefix so fixtures share one database.
 */
class EnrolmentFixture {

    final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    final CurrentUser organiser = TestPrincipal.organiser();
    final OrganisationDirectory directory;
    final JdbcClient jdbc;
    final long committee;
    final long schoolA;
    final long departmentOfA;
    final long schoolB;
    final CurrentUser liaisonA;
    final CurrentUser liaisonB;
    private int cadres;

    EnrolmentFixture(OrganisationDirectory directory, JdbcClient jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
        committee = unit("PC", "党委", null);
        schoolA = unit("A", "机械工程学院", committee);
        departmentOfA = unit("A1", "机械设计系", schoolA);
        schoolB = unit("B", "化学工程学院", committee);
        liaisonA = TestPrincipal.liaison(schoolA);
        liaisonB = TestPrincipal.liaison(schoolB);
    }

    long unit(String code, String name, Long parent) {
        return directory.registerUnit(
                new UnitDetails(prefix + code, new LocalizedText(name, code), UnitKind.PARTY_COMMITTEE, parent, true));
    }

    long cadre(String name, long unitId) {
        cadres++;
        return directory.registerCadre(new CadreDetails(
                prefix + cadres, name, Gender.FEMALE, unitId, "副院长", "Deputy dean", null, "", "", "", "", true));
    }

    /** A cadre with a rank and a category, active or not; their staff number is returned by {@link #staffNumber}. */
    long cadre(String name, long unitId, String rank, String category, boolean active) {
        cadres++;
        return directory.registerCadre(new CadreDetails(
                prefix + cadres, name, Gender.MALE, unitId, "处长", "Director", rank, category, "", "", "", active));
    }

    String staffNumber(long cadreId) {
        return directory.cadre(cadreId).orElseThrow().staffNumber();
    }

    /** A course taking nominations, on the given days, with the given capacity. */
    long course(LocalDate startsOn, LocalDate endsOn, int capacity) {
        return course(startsOn, endsOn, capacity, "NOMINATIONS_OPEN");
    }

    long course(LocalDate startsOn, LocalDate endsOn, int capacity, String status) {
        return jdbc.sql("""
                        insert into course (title_zh, title_en, organiser_unit_id, starts_on, ends_on, capacity,
                                            required_hours, category, status, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, 18, 'PARTY_SPIRIT', ?, ?, 'test') returning id
                        """)
                .params(
                        "领导干部政治能力提升培训班 " + prefix,
                        prefix + "Training course",
                        committee,
                        startsOn,
                        endsOn,
                        capacity,
                        status,
                        java.sql.Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
    }

    void agendaItem(long courseId, LocalDate day, String from, String to, String type, String title) {
        jdbc.sql("""
                        insert into agenda_item (course_id, type, day, starts_at, ends_at, title_zh, title_en)
                        values (?, ?, ?, ?, ?, ?, '')
                        """)
                .params(courseId, type, day, LocalTime.parse(from), LocalTime.parse(to), title)
                .update();
    }

    String statusOf(long enrolmentId) {
        return jdbc.sql("select status from enrolment where id = ?")
                .param(enrolmentId)
                .query(String.class)
                .single();
    }
}
