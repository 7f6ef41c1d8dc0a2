package org.cadretraining.documents.print;

import java.util.List;
import java.util.Map;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.documents.CheckInBadges;
import org.cadretraining.documents.CourseParticipants;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.OrganisationDirectory.CadreSummary;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * The course and its people as the desk prints them, for those who run the course's desk only: badges, cards and
 * rooms carry names and units, and the room list says where people sleep.
 */
@Component
class DeskSheets {

    private final CourseCatalog catalog;
    private final CourseParticipants participants;
    private final OrganisationDirectory directory;
    private final CheckInBadges badges;

    DeskSheets(
            CourseCatalog catalog,
            CourseParticipants participants,
            OrganisationDirectory directory,
            CheckInBadges badges) {
        this.catalog = catalog;
        this.participants = participants;
        this.directory = directory;
        this.badges = badges;
    }

    /** The course, when the user runs its desk; 404 for no such course, 403 for anyone else. */
    CourseSummary courseRunBy(long courseId, CurrentUser user) {
        CourseSummary course =
                catalog.course(courseId).orElseThrow(() -> DomainException.notFound("documents.course.notFound"));
        if (!badges.runsCourse(courseId, user)) {
            throw DomainException.forbidden();
        }
        return course;
    }

    /** The course's participants in roster order, with their English names. */
    List<DeskPerson> people(long courseId) {
        List<CourseParticipants.Participant> listed = participants.of(courseId);
        Map<Long, CadreSummary> cadres = directory.cadres(
                listed.stream().map(CourseParticipants.Participant::cadreId).toList());
        return listed.stream()
                .map(p -> new DeskPerson(
                        p.cadreId(),
                        p.staffNumber(),
                        p.name(),
                        cadres.containsKey(p.cadreId())
                                ? cadres.get(p.cadreId()).nameEn()
                                : "",
                        p.unit(),
                        p.position(),
                        p.role(),
                        p.group()))
                .toList();
    }

    String badgeCode(long cadreId) {
        return badges.badgeCode(cadreId);
    }
}
