package org.cadretraining.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

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
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The seed course for document tests, planned through the course API as an organiser would: SIT's Party Committee
 * organising, the Jinzhou Party School hosting at its school, Hu Xiaomei opening it, a field study at the Liaoshen
 * memorial hall, a micro-course by an internal lecturer (Bai Jing) and an optional discussion. Codes and staff
 * numbers carry a prefix of their own so fixtures can share one database.
 */
class DocumentsFixture {

    static final String TITLE_ZH = "领导干部政治能力提升培训班";
    static final String TITLE_EN = "Training course for improving political ability of leading cadres";
    static final int AGENDA_ITEMS = 4;

    final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    final CurrentUser organiser = TestPrincipal.organiser();
    final MockMvcTester mvc;
    final OrganisationDirectory directory;
    final long committee;
    final long partySchool;
    final long huXiaomei;
    final long baiJing;
    final long school;
    final long memorialHall;
    final long lecturer;

    DocumentsFixture(MockMvcTester mvc, OrganisationDirectory directory, Sites sites, Lecturers lecturers) {
        this.mvc = mvc;
        this.directory = directory;
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
        huXiaomei = cadre("001", "胡晓梅", "党委书记", "Party Secretary");
        baiJing = cadre(
                "002", "白静", "党委委员、组织部部长", "member of the Party committee, director of the Organization Department");
        school = sites.register(new SiteDetails(
                new LocalizedText("中共锦州市委党校", "Party School of Jinzhou"), "锦州市", SiteKind.TRAINING_SCHOOL, 200, true));
        memorialHall = sites.register(new SiteDetails(
                new LocalizedText("辽沈战役纪念馆", "Liaoshen Battle Memorial Hall"),
                "锦州市凌河区",
                SiteKind.MEMORIAL_HALL,
                60,
                true));
        lecturer = lecturers.register(new LecturerDetails(baiJing, "白静", "组织部", "部长", "党史", "", true));
    }

    private long cadre(String number, String name, String positionZh, String positionEn) {
        return directory.registerCadre(new CadreDetails(
                prefix + number, name, Gender.FEMALE, committee, positionZh, positionEn, null, "", "", "", "", true));
    }

    /** The seed course with its four agenda items, nominations opened so that everyone may see it. */
    long course() {
        long id = draft(2023);
        assertThat(mvc.post().uri("/api/v1/courses/" + id + "/open-nominations").with(as(organiser)))
                .hasStatusOk();
        return id;
    }

    /**
     * The seed course, still a draft. Each fixture plans it again under the same title on the same days, so it
     * confirms that this is another course.
     */
    long draft() {
        return draft(2023);
    }

    /** The seed course in another year, still a draft: the same people can only be in one place at a time. */
    long draft(int year) {
        long id = idOf(
                post("/api/v1/courses", """
                {"titleZh": "%s", "titleEn": "%s", "confirmDuplicate": true,
                 "organiserUnitId": %d, "hostUnitId": %d, "venueSiteId": %d,
                 "startsOn": "%d-03-17", "endsOn": "%d-03-19", "capacity": 20, "requiredHours": 18,
                 "category": "PARTY_SPIRIT"}
                """.formatted(TITLE_ZH, TITLE_EN, committee, partySchool, school, year, year)));
        item(id, """
                {"type": "OPENING_CEREMONY", "day": "%1$d-03-17", "startsAt": "08:30", "endsAt": "09:30",
                 "speakerKind": "CADRE", "speakerStaffNumber": "%2$s", "titleZh": "开班式暨政治能力专题辅导",
                 "titleEn": "Opening ceremony and keynote on political ability", "mandatory": true}
                """.formatted(year, prefix + "001"));
        item(id, """
                {"type": "FIELD_STUDY", "day": "%1$d-03-17", "startsAt": "14:00", "endsAt": "17:00",
                 "siteId": %2$d, "mandatory": true}
                """.formatted(year, memorialHall));
        item(id, """
                {"type": "MICRO_COURSE", "day": "%1$d-03-18", "startsAt": "09:00", "endsAt": "11:30",
                 "speakerKind": "LECTURER", "speakerLecturerId": %2$d,
                 "titleZh": "生命献给党——炮兵之父朱瑞将军的故事",
                 "titleEn": "Life Dedicated to the Party - The Story of General Zhu Rui, the Father of Artillery",
                 "mandatory": true}
                """.formatted(year, lecturer));
        item(id, """
                {"type": "GROUP_DISCUSSION", "day": "%1$d-03-19", "startsAt": "14:00", "endsAt": "16:00",
                 "titleZh": "交流研讨", "titleEn": "Discussion", "mandatory": false}
                """.formatted(year));
        return id;
    }

    private void item(long courseId, String json) {
        assertThat(post("/api/v1/courses/" + courseId + "/agenda", json)).hasStatus(201);
    }

    private MvcTestResult post(String uri, String json) {
        return mvc.post()
                .uri(uri)
                .with(as(organiser))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private static long idOf(MvcTestResult created) {
        assertThat(created).hasStatus(201);
        String location = created.getResponse().getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
