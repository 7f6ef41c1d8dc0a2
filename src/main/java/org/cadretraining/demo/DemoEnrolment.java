package org.cadretraining.demo;

import java.util.List;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The seed course's class: Hu Xiaomei led the team (she is named apart, as the news report does), and the "20
 * leading cadres" who took part are Bai Jing and the 19 sample cadres (whose records say they are sample data).
 */
@Component
@Order(300)
class DemoEnrolment implements DemoStep {

    private final OrganisationDirectory directory;
    private final EnrolmentSetup enrolment;
    private final CourseSetup courses;
    private final JdbcClient jdbc;

    DemoEnrolment(OrganisationDirectory directory, EnrolmentSetup enrolment, CourseSetup courses, JdbcClient jdbc) {
        this.directory = directory;
        this.enrolment = enrolment;
        this.courses = courses;
        this.jdbc = jdbc;
    }

    @Override
    public void fill(Seed seed) {
        long course = jdbc.sql("select id from course where title_en = ?")
                .param(seed.courseTitle())
                .query(Long.class)
                .single();
        long huXiaomei = cadre(DemoOrganisation.HU_XIAOMEI);
        enrolment.enrol(course, huXiaomei, CourseRole.TEAM_LEADER);
        List<Long> others = jdbc.sql("select id from cadre where staff_number <> ? order by staff_number")
                .param(DemoOrganisation.HU_XIAOMEI)
                .query(Long.class)
                .list();
        others.stream()
                .limit(seed.participantCount())
                .forEach(cadre -> enrolment.enrol(course, cadre, CourseRole.PARTICIPANT));
        courses.closeNominations(course);
    }

    private long cadre(String staffNumber) {
        return directory.cadreIdByStaffNumber(staffNumber).orElseThrow();
    }
}
