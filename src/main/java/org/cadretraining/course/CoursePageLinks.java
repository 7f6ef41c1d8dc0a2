package org.cadretraining.course;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cadretraining.shared.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The links other modules offer on a course's page to this person ({@link CoursePageLinkSource}), in order. */
@Component
class CoursePageLinks {

    private final ObjectProvider<CoursePageLinkSource> sources;
    private final CourseCatalog catalog;

    CoursePageLinks(ObjectProvider<CoursePageLinkSource> sources, CourseCatalog catalog) {
        this.sources = sources;
        this.catalog = catalog;
    }

    List<CoursePageLink> of(long courseId, CurrentUser user) {
        return catalog.course(courseId)
                .map(course -> sources.stream()
                        .map(source -> source.linkFor(course, user))
                        .flatMap(Optional::stream)
                        .sorted(Comparator.comparingInt(CoursePageLink::position))
                        .toList())
                .orElse(List.of());
    }
}
