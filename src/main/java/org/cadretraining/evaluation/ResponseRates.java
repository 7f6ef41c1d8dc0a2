package org.cadretraining.evaluation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The response rate of a course's questionnaire: the trainees in the set of those who have answered, against all
 * the course's trainees (a trainee who left after answering no longer counts), and the rest by name.
 */
@Service
class ResponseRates {

    private final CourseCatalog catalog;
    private final ClassMembers members;
    private final QuestionnaireStore store;
    private final EvaluationRights rights;
    private final Clock clock;

    ResponseRates(
            CourseCatalog catalog,
            ClassMembers members,
            QuestionnaireStore store,
            EvaluationRights rights,
            Clock clock) {
        this.catalog = catalog;
        this.members = members;
        this.store = store;
        this.rights = rights;
        this.clock = clock;
    }

    /** For the organisers and the course's class teacher; a course without a questionnaire has no rate. */
    @Transactional(readOnly = true)
    ResponseRate follow(long courseId, CurrentUser user) {
        catalog.course(courseId).orElseThrow(() -> DomainException.notFound("evaluation.course.notFound"));
        rights.requireFollowProgress(courseId, user);
        Questionnaire questionnaire =
                store.find(courseId).orElseThrow(() -> DomainException.notFound("evaluation.questionnaire.none"));
        return of(courseId, Optional.of(questionnaire));
    }

    ResponseRate of(long courseId, Optional<Questionnaire> questionnaire) {
        Set<Long> answered = store.answeredBy(courseId);
        List<ClassMember> trainees = members.classList(courseId).stream()
                .filter(ClassMember::trainee)
                .toList();
        List<ResponseRate.Pending> pending = trainees.stream()
                .filter(member -> !answered.contains(member.cadreId()))
                .map(ResponseRate.Pending::of)
                .toList();
        return new ResponseRate(
                questionnaire.map(q -> q.phaseAt(clock.instant())).orElse(null),
                questionnaire.map(Questionnaire::closesAt).orElse(null),
                trainees.size() - pending.size(),
                trainees.size(),
                pending);
    }
}
