package org.cadretraining.news;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.OrganisationDirectory.CadreSummary;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a news report of a course, in Chinese and in English, from the course's record alone (through the public
 * APIs of courses, enrolment and the organisation): who organised it, when and where, the team leader and their
 * speech at the opening ceremony, the field-study sites and micro-courses of the agenda, and how many took part with
 * the people the editor chose to name. It is only a draft: the editor changes what they like and it goes through the
 * normal save (sanitised) and review. {@link CourseStory} writes each language's text.
 */
@Service
class CourseReports {

    /** The courses a report may be written about: under way or over. */
    static final Set<CourseStatus> REPORTABLE =
            Set.of(CourseStatus.IN_PROGRESS, CourseStatus.COMPLETED, CourseStatus.ARCHIVED);

    /**
     * A trainee of the course as the editor picks whom to name. The team leader is always named (they lead the
     * report); {@code suggested} are those named unless the editor says otherwise.
     */
    record Trainee(
            long cadreId,
            String name,
            String nameEn,
            LocalizedText unit,
            LocalizedText position,
            CourseRole role,
            boolean teamLeader,
            boolean suggested) {}

    /** What the editor chooses from: the course and its trainees. */
    record Choices(CourseSummary course, List<Trainee> trainees) {

        Set<Long> suggested() {
            return trainees.stream()
                    .filter(Trainee::suggested)
                    .map(Trainee::cadreId)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    private final CourseCatalog courses;
    private final ClassMembers members;
    private final OrganisationDirectory directory;
    private final MessageSource messages;

    CourseReports(
            CourseCatalog courses, ClassMembers members, OrganisationDirectory directory, MessageSource messages) {
        this.courses = courses;
        this.members = members;
        this.directory = directory;
        this.messages = messages;
    }

    /** The courses to choose from, the latest first. */
    List<CourseSummary> reportable() {
        return courses.coursesIn(REPORTABLE);
    }

    @Transactional(readOnly = true)
    Choices choices(long courseId) {
        CourseSummary course = reportableCourse(courseId);
        return new Choices(course, trainees(courseId));
    }

    /** The Chinese original and the English translation; {@code named} are the trainees to name besides the leader. */
    @Transactional(readOnly = true)
    Map<Language, Translation> draft(long courseId, Set<Long> named) {
        CourseSummary course = reportableCourse(courseId);
        List<Trainee> trainees = trainees(courseId);
        List<AgendaEntry> agenda = courses.agenda(courseId);
        Map<Language, Translation> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            CourseStory story =
                    new CourseStory(course, trainees, agenda, named, language, courses, directory, messages);
            texts.put(language, new Translation(language, story.title(), "", story.bodyHtml(), "", "", ""));
        }
        return texts;
    }

    private CourseSummary reportableCourse(long courseId) {
        CourseSummary course =
                courses.course(courseId).orElseThrow(() -> DomainException.notFound("news.draft.courseNotFound"));
        if (!REPORTABLE.contains(course.status())) {
            throw DomainException.conflict(
                    null,
                    "news.draft.courseNotHeld",
                    new DefaultMessageSourceResolvable("course.status." + course.status()));
        }
        return course;
    }

    private List<Trainee> trainees(long courseId) {
        List<ClassMember> list = members.classList(courseId).stream()
                .filter(ClassMember::trainee)
                .toList();
        Map<Long, CadreSummary> cadres =
                directory.cadres(list.stream().map(ClassMember::cadreId).toList());
        List<Trainee> trainees = new ArrayList<>();
        for (ClassMember m : list) {
            CadreSummary cadre = cadres.get(m.cadreId());
            String nameEn = cadre == null ? "" : cadre.nameEn();
            boolean leader = m.role() == CourseRole.TEAM_LEADER;
            trainees.add(new Trainee(
                    m.cadreId(),
                    m.name(),
                    nameEn,
                    m.unit(),
                    m.position(),
                    m.role(),
                    leader,
                    leader || m.role() == CourseRole.GROUP_LEADER || leadingBody(m.position())));
        }
        // the team leader first, then those suggested, then the rest in the class list's order
        trainees.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return trainees;
    }

    private static int rank(Trainee trainee) {
        return trainee.teamLeader() ? 0 : trainee.suggested() ? 1 : 2;
    }

    /** A member of the Party committee: the people a report on a cadre course usually names. */
    private static boolean leadingBody(LocalizedText position) {
        return position.zh().contains("党委委员")
                || position.en().toLowerCase(Locale.ROOT).contains("member of the party committee");
    }
}
