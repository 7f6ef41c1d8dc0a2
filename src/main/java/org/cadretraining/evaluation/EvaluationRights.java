package org.cadretraining.evaluation;

import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a course's questionnaire: organisers and administrators set it up and close it; the
 * course's class teacher follows how many have answered; the course's trainees answer. Nobody sees who gave which
 * answer, since nothing stored can tell.
 */
@Component
class EvaluationRights {

    private final ClassMembers members;

    EvaluationRights(ClassMembers members) {
        this.members = members;
    }

    boolean manages(CurrentUser user) {
        return user.actsForInstitution();
    }

    void requireManage(CurrentUser user) {
        if (!manages(user)) {
            throw DomainException.forbidden();
        }
    }

    boolean followsProgress(long courseId, CurrentUser user) {
        return manages(user) || role(courseId, user) == CourseRole.CLASS_TEACHER;
    }

    void requireFollowProgress(long courseId, CurrentUser user) {
        if (!followsProgress(courseId, user)) {
            throw DomainException.forbidden();
        }
    }

    boolean answers(long courseId, CurrentUser user) {
        CourseRole role = role(courseId, user);
        return role != null && role.trainee();
    }

    /** Only the course's trainees answer; anyone else is told so in a sentence. */
    void requireAnswer(long courseId, CurrentUser user) {
        if (!answers(courseId, user)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "evaluation.answer.notEnrolled", null);
        }
    }

    /** A course's results: those who run it and its class teacher; no trainee, lecturer or liaison. */
    void requireSeeResults(long courseId, CurrentUser user) {
        requireFollowProgress(courseId, user);
    }

    /**
     * A lecturer's scores across courses: organisers, and the lecturer themself through the account of the cadre
     * the register links them to; nobody else, so that no liaison or cadre reads a person's results.
     */
    boolean seesScoresOf(Long lecturerCadreId, CurrentUser user) {
        return manages(user)
                || (user.has(Role.LECTURER)
                        && user.cadreId() != null
                        && user.cadreId().equals(lecturerCadreId));
    }

    void requireSeeScoresOf(Long lecturerCadreId, CurrentUser user) {
        if (!seesScoresOf(lecturerCadreId, user)) {
            throw DomainException.forbidden();
        }
    }

    private CourseRole role(long courseId, CurrentUser user) {
        return user.cadreId() == null
                ? null
                : members.roleOf(courseId, user.cadreId()).orElse(null);
    }
}
