package org.cadretraining.evaluation;

import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Tests that run a questionnaire on a fresh {@link EvaluationCourse} through the whole application. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class EvaluationCourseTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Lecturers lecturers;

    @Autowired
    EnrolmentSetup enrolments;

    EvaluationCourse newCourse() {
        return new EvaluationCourse(mvc, jdbc, directory, lecturers, enrolments);
    }
}
