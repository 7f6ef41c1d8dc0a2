package org.cadretraining.notification;

import static org.cadretraining.support.TestPrincipal.as;

import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A course planned through the API as an organiser would, a participant with an email address, a cadre who speaks
 * in it, and a cadre who has nothing to do with it. Codes carry a prefix so fixtures share one database.
 */
class ScheduleFixture {

    final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    final CurrentUser organiser = TestPrincipal.organiser();
    final MockMvcTester mvc;
    final JdbcClient jdbc;
    final EnrolmentSetup enrolments;
    final long committee;
    final long participant;
    final long speaker;
    final long bystander;
    final String title;
    long course;

    ScheduleFixture(MockMvcTester mvc, OrganisationDirectory directory, JdbcClient jdbc, EnrolmentSetup enrolments) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.enrolments = enrolments;
        committee = directory.registerUnit(new UnitDetails(
                prefix + "PC", new LocalizedText("党委", "Party Committee"), UnitKind.PARTY_COMMITTEE, null, true));
        participant = directory.registerCadre(cadre("P", "白静", "bai.jing@example.org"));
        speaker = directory.registerCadre(cadre("S", "胡晓梅", "hu.xiaomei@example.org"));
        bystander = directory.registerCadre(cadre("B", "王路人", "wang@example.org"));
        title = "领导干部政治能力提升培训班 " + prefix;
    }

    private CadreDetails cadre(String code, String name, String email) {
        return new CadreDetails(
                prefix + code, name, Gender.FEMALE, committee, "副院长", "Deputy dean", null, "", "", email, "", true);
    }

    /** Plans the course with one item at 09:00–10:00 on 18 March, given by the speaking cadre; returns its id. */
    long planWithOneItem() {
        MvcTestResult created = post("/api/v1/courses", """
                {"titleZh": "%s", "titleEn": "Political ability %s", "organiserUnitId": %d,
                 "startsOn": "2023-03-17", "endsOn": "2023-03-19", "capacity": 20, "requiredHours": 18,
                 "category": "PARTY_SPIRIT"}
                """.formatted(title, prefix, committee));
        course = idOf(created);
        return idOf(post("/api/v1/courses/" + course + "/agenda", item("09:00", "10:00")));
    }

    void openNominationsWithTheParticipant() {
        post("/api/v1/courses/" + course + "/open-nominations", "");
        enrolments.enrol(course, participant, CourseRole.PARTICIPANT);
    }

    /** Moves the course to other dates that still hold its agenda. */
    MvcTestResult redate(String startsOn, String endsOn) {
        return mvc.put()
                .uri("/api/v1/courses/{id}", course)
                .with(as(organiser))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"titleZh": "%s", "titleEn": "Political ability %s", "organiserUnitId": %d,
                         "startsOn": "%s", "endsOn": "%s", "capacity": 20, "requiredHours": 18,
                         "category": "PARTY_SPIRIT"}
                        """.formatted(title, prefix, committee, startsOn, endsOn))
                .exchange();
    }

    MvcTestResult move(long itemId, String from, String to) {
        return mvc.put()
                .uri("/api/v1/courses/{id}/agenda/{item}", course, itemId)
                .with(as(organiser))
                .contentType(MediaType.APPLICATION_JSON)
                .content(item(from, to))
                .exchange();
    }

    String item(String from, String to) {
        return """
                {"type": "MICRO_COURSE", "day": "2023-03-18", "startsAt": "%s", "endsAt": "%s",
                 "speakerStaffNumber": "%sS", "titleZh": "塔山阻击战的历史背景", "titleEn": "Tashan", "mandatory": true}
                """.formatted(from, to, prefix);
    }

    MvcTestResult post(String uri, String json) {
        var request = mvc.post().uri(uri).with(as(organiser));
        if (!json.isEmpty()) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        MvcTestResult result = request.exchange();
        if (result.getResponse().getStatus() >= 300) {
            throw new IllegalStateException(
                    uri + " answered " + result.getResponse().getStatus() + ": " + body(result));
        }
        return result;
    }

    /** Waits until every listener has handled the events published so far. */
    void settle() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null "
                                        + "and listener_id like '%ScheduleChangeListener%'")
                                .query(Integer.class)
                                .single()
                        == 0);
    }

    int notices(long cadreId) {
        return jdbc.sql("select count(*) from notification where cadre_id = ? and course_id = ? and message_key = ?")
                .params(cadreId, course, ScheduleChangeListener.NOTICE_KEY)
                .query(Integer.class)
                .single();
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long idOf(MvcTestResult created) {
        String location = created.getResponse().getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
