package org.cadretraining.report.archive;

import java.util.Optional;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CoursePageLink;
import org.cadretraining.course.CoursePageLinkSource;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** The course's archive (一班一档) on the course page, for those who run the course, once it has left the draft. */
@Component
class ArchivePageLink implements CoursePageLinkSource {

    private final ArchiveRights rights;

    ArchivePageLink(ArchiveRights rights) {
        this.rights = rights;
    }

    @Override
    public Optional<CoursePageLink> linkFor(CourseSummary course, CurrentUser user) {
        if (course.status() == CourseStatus.DRAFT || !rights.mayOpen(course.id(), user)) {
            return Optional.empty();
        }
        return Optional.of(
                new CoursePageLink(90, "/courses/" + course.id() + "/archive", "bi-archive", "report.archive.link"));
    }
}
