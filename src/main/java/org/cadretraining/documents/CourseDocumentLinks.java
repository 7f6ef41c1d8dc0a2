package org.cadretraining.documents;

import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Asked by the course page's downloads ({@code documents/downloads.html}): whether to offer the documents that carry
 * people's names (roster, sign-in sheets, badges, table cards, rooms), by the same rule that hands them out, so that
 * the class teacher of another course is not offered links that would refuse them.
 */
@Component("courseDocumentLinks")
class CourseDocumentLinks {

    private final CheckInBadges desk;

    CourseDocumentLinks(CheckInBadges desk) {
        this.desk = desk;
    }

    public boolean offersParticipantDocuments(long courseId) {
        return desk.runsCourse(courseId, CurrentUser.get());
    }
}
