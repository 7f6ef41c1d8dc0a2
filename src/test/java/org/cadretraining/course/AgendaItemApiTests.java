package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The agenda API with presiders, several speakers, sittings, homework and site bookings across courses. */
@SpringBootTest
@AutoConfigureMockMvc
class AgendaItemApiTests {

    @Autowired
    MockMvcTester mvc;

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

    CourseFixture seed;
    CurrentUser organiser = TestPrincipal.organiser();

    @BeforeEach
    void world() {
        seed = new CourseFixture(planner, agendaPlanner, directory, sites, lecturers);
    }

    @Test
    void anExchangeWithAPresiderAndThreeSpeakersIsSavedAndReadBack() {
        long id = seed.course("交流发言").id();
        String exchange = """
                {"type": "OTHER", "day": "2023-03-18", "startsAt": "14:00", "endsAt": "15:30",
                 "titleZh": "先进党支部经验交流", "mandatory": true,
                 "presiderKind": "CADRE", "presiderStaffNumber": "%s001",
                 "speakerKind": "TEXT", "speakerText": "第一支部代表", "speakerTopicZh": "支部建设",
                 "speakers": [
                   {"kind": "LECTURER", "lecturerId": %d, "topicZh": "组织生活", "topicEn": "Party life"},
                   {"kind": "TEXT", "text": "第三支部代表"}],
                 "sharesSitting": false}
                """.formatted(seed.prefix, seed.lecturer);
        MvcTestResult created = post("/api/v1/courses/" + id + "/agenda", exchange);
        assertThat(created).hasStatus(201).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.presider.kind").isEqualTo("CADRE");
            assertThat(json).extractingPath("$.presider.cadreId").isEqualTo((int) seed.huXiaomei);
            assertThat(json).extractingPath("$.speakers.length()").isEqualTo(3);
            assertThat(json).extractingPath("$.speakers[0].topic.zh").isEqualTo("支部建设");
            assertThat(json).extractingPath("$.speakers[1].lecturerId").isEqualTo((int) seed.lecturer);
            assertThat(json).extractingPath("$.speakers[1].topic.en").isEqualTo("Party life");
            assertThat(json).extractingPath("$.speakers[2].text").isEqualTo("第三支部代表");
            assertThat(json).extractingPath("$.speaker.text").isEqualTo("第一支部代表");
            assertThat(json).extractingPath("$.dueAt").isNull();
        });
        assertThat(mvc.get().uri("/api/v1/courses/{id}/agenda", id).with(as(organiser)))
                .bodyJson()
                .extractingPath("$[0].speakers[2].text")
                .isEqualTo("第三支部代表");
    }

    @Test
    void aHalfGivenSpeakerOrAnUnknownPresiderIsRefusedWithASentenceNamingTheField() {
        long id = seed.course("不完整").id();
        String noLecturer = """
                {"type": "OTHER", "day": "2023-03-18", "startsAt": "14:00", "endsAt": "15:30",
                 "speakers": [{"kind": "TEXT", "text": "甲"}, {"kind": "LECTURER"}]}
                """;
        assertThat(post("/api/v1/courses/" + id + "/agenda", noLecturer))
                .hasStatus(400)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("speakers[1].lecturerId");
                    assertThat(json).extractingPath("$.errors[0].message").isEqualTo("请选择一位教师。");
                });
        String unknownPresider = """
                {"type": "OTHER", "day": "2023-03-18", "startsAt": "14:00", "endsAt": "15:30",
                 "presiderKind": "CADRE", "presiderStaffNumber": "nobody-%s"}
                """.formatted(seed.prefix);
        assertThat(post("/api/v1/courses/" + id + "/agenda", unknownPresider))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("presiderStaffNumber");
        assertThat(mvc.get().uri("/api/v1/courses/{id}/agenda", id).with(as(organiser)))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
    }

    @Test
    void homeworkAnswersWithItsDueTimeAndTheCheckSaysWhyItEarnsNothing() {
        long id = seed.course("作业").id();
        String homework = """
                {"type": "HOMEWORK", "day": "2023-03-19", "startsAt": "09:00", "endsAt": "17:00",
                 "titleZh": "学习心得", "mandatory": true}
                """;
        assertThat(post("/api/v1/courses/" + id + "/agenda/check", homework))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.zeroCredit")
                .asString()
                .contains("作业");
        assertThat(post("/api/v1/courses/" + id + "/agenda", homework))
                .hasStatus(201)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.dueAt").isEqualTo("2023-03-19T17:00:00");
                    assertThat(json).extractingPath("$.creditHours").isEqualTo(0.0);
                });
    }

    @Test
    void aSiteBookedByAnotherCourseIsAConflictNamingIt() {
        long first = seed.course("甲班").id();
        long second = seed.course("乙班").id();
        String atTheHall = """
                {"type": "FIELD_STUDY", "day": "2023-03-18", "startsAt": "%s", "endsAt": "%s",
                 "siteId": %d, "mandatory": true}
                """;
        assertThat(post(
                        "/api/v1/courses/" + first + "/agenda",
                        atTheHall.formatted("08:30", "11:30", seed.memorialHall)))
                .hasStatus(201);
        assertThat(post(
                        "/api/v1/courses/" + second + "/agenda",
                        atTheHall.formatted("10:00", "12:00", seed.memorialHall)))
                .hasStatus(409)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("siteId");
                    assertThat(json).extractingPath("$.detail").asString().contains("甲班");
                });
    }

    @Test
    void theAgendaApiIsDocumented() {
        assertThat(mvc.get().uri("/v3/api-docs").with(as(organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("presiderKind")
                .contains("sharesSitting")
                .contains("dueAt")
                .contains("zeroCredit");
    }

    private MvcTestResult post(String uri, String json) {
        return mvc.post()
                .uri(uri)
                .with(as(organiser))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }
}
