package org.cadretraining.course;

import java.util.Optional;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.shared.CurrentUser;

/**
 * Offers a module's page about a course on the course page, to the people that page lets in and to no one else: the
 * module that guards the page decides, by its own rules, so a link never leads to a refusal.
 */
public interface CoursePageLinkSource {

    /** The link for this person and course, or empty when the page would refuse them. */
    Optional<CoursePageLink> linkFor(CourseSummary course, CurrentUser user);
}
