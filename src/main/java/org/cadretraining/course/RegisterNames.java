package org.cadretraining.course;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cadretraining.course.CourseCatalog.LecturerName;
import org.cadretraining.course.CourseCatalog.Place;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.SiteSummary;
import org.cadretraining.course.site.Sites;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sites and lecturers of the registers as other modules' documents name them ({@link CourseCatalog}). */
@Component
class RegisterNames {

    private final Sites sites;
    private final Lecturers lecturers;

    RegisterNames(Sites sites, Lecturers lecturers) {
        this.sites = sites;
        this.lecturers = lecturers;
    }

    @Transactional(readOnly = true)
    Optional<Integer> siteCapacity(long siteId) {
        return sites.find(siteId).map(SiteSummary::capacity);
    }

    @Transactional(readOnly = true)
    Map<Long, Place> places(Collection<Long> siteIds) {
        return sites.byIds(siteIds).values().stream()
                .collect(
                        Collectors.toMap(site -> site.id(), site -> new Place(site.id(), site.name(), site.address())));
    }

    @Transactional(readOnly = true)
    Map<Long, LecturerName> lecturers(Collection<Long> lecturerIds) {
        return lecturers.byIds(lecturerIds).values().stream()
                .collect(Collectors.toMap(
                        lecturer -> lecturer.id(),
                        lecturer -> new LecturerName(
                                lecturer.id(), lecturer.cadreId(), lecturer.names(), lecturer.role())));
    }
}
