package org.cadretraining.account.trainees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.idOf;
import static org.cadretraining.support.ApiCalls.postJson;
import static org.cadretraining.support.TestPrincipal.as;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A course of the provincial organs' Party school with {@code size} trainees enrolled as participants, and a class
 * teacher (who is not a trainee); staff numbers carry this run's prefix.
 */
final class TraineeCourse {

    final String prefix = UUID.randomUUID().toString().substring(0, 6);
    final CurrentUser organiser = TestPrincipal.organiser();
    final long unit;
    final long courseId;
    final List<Long> trainees = new ArrayList<>();
    final List<String> staffNumbers = new ArrayList<>();
    final long classTeacher;

    TraineeCourse(MockMvcTester mvc, OrganisationDirectory directory, EnrolmentSetup enrolments, int size) {
        unit = directory.registerUnit(new UnitDetails(
                prefix + "SZJG",
                new LocalizedText("省直机关工委", "Provincial Organs' Working Committee"),
                UnitKind.PARTY_COMMITTEE,
                null,
                true));
        courseId = idOf(postJson(mvc, "/api/v1/courses", """
                {"titleZh": "中青年干部培训班 %1$s", "titleEn": "Young and middle-aged cadres %1$s",
                 "organiserUnitId": %2$d, "startsOn": "2026-03-09", "endsOn": "2026-03-20",
                 "capacity": 150, "requiredHours": 60, "category": "THEORY"}
                """.formatted(prefix, unit), organiser));
        assertThat(mvc.post()
                        .uri("/api/v1/courses/" + courseId + "/open-nominations")
                        .with(as(organiser)))
                .hasStatusOk();
        for (int i = 1; i <= size; i++) {
            String staffNumber = prefix + "%03d".formatted(i);
            long cadre = directory.registerCadre(
                    new CadreDetails(staffNumber, "学员" + i, Gender.MALE, unit, "科长", "", null, "", "", "", "", true));
            enrolments.enrol(courseId, cadre, CourseRole.PARTICIPANT);
            trainees.add(cadre);
            staffNumbers.add(staffNumber);
        }
        classTeacher = directory.registerCadre(
                new CadreDetails(prefix + "T01", "班主任", Gender.FEMALE, unit, "处长", "", null, "", "", "", "", true));
        enrolments.enrol(courseId, classTeacher, CourseRole.CLASS_TEACHER);
    }
}
