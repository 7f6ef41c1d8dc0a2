package org.cadretraining.material;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** Works out a person's {@link MaterialAccess} from their roles, their place in the course and the items they teach. */
@Component
class MaterialAccessRules {

    private final CourseCatalog catalog;
    private final ClassMembers members;

    MaterialAccessRules(CourseCatalog catalog, ClassMembers members) {
        this.catalog = catalog;
        this.members = members;
    }

    MaterialAccess of(CourseSummary course, CurrentUser user) {
        boolean settled = course.status() == CourseStatus.ARCHIVED || course.status() == CourseStatus.CANCELLED;
        if (user.actsForInstitution()) {
            return new MaterialAccess(!settled, Set.of(), true, true);
        }
        if (course.status() == CourseStatus.DRAFT || user.cadreId() == null) {
            return MaterialAccess.NONE;
        }
        Set<Long> spoken = itemsSpokenBy(course.id(), user.cadreId());
        CourseRole role = members.roleOf(course.id(), user.cadreId()).orElse(null);
        boolean staff = role != null && !role.takesPlace();
        return new MaterialAccess(false, settled ? Set.of() : spoken, staff || !spoken.isEmpty(), role != null);
    }

    /** The items at which the cadre speaks or presides, named as a cadre or as the internal lecturer they are. */
    private Set<Long> itemsSpokenBy(long courseId, long cadreId) {
        var agenda = catalog.agenda(courseId);
        Set<Long> lecturerIds = agenda.stream()
                .flatMap(item -> people(item).stream())
                .map(CourseCatalog.Person::lecturerId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> ownLecturers = catalog.lecturers(lecturerIds).values().stream()
                .filter(lecturer -> Objects.equals(lecturer.cadreId(), cadreId))
                .map(CourseCatalog.LecturerName::id)
                .collect(Collectors.toSet());
        return agenda.stream()
                .filter(item -> people(item).stream()
                        .anyMatch(person -> Objects.equals(person.cadreId(), cadreId)
                                || ownLecturers.contains(person.lecturerId())))
                .map(AgendaEntry::id)
                .collect(Collectors.toSet());
    }

    private static List<CourseCatalog.Person> people(AgendaEntry item) {
        List<CourseCatalog.Person> people = new java.util.ArrayList<>(item.speakers());
        people.add(item.presider());
        return people;
    }
}
