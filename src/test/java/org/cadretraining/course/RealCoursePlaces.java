package org.cadretraining.course;

import static org.cadretraining.course.RealCourseText.comparable;
import static org.cadretraining.course.RealCourseText.localized;
import static org.cadretraining.course.RealCourseText.plain;
import static org.cadretraining.course.RealCourseText.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.course.site.SiteDetails;
import org.cadretraining.course.site.SiteKind;
import org.cadretraining.course.site.Sites;

/** The places of a report as sites of the register, each registered once per course. */
final class RealCoursePlaces {

    private final Sites register;
    private final Map<String, Long> sites = new HashMap<>();

    RealCoursePlaces(Sites register) {
        this.register = register;
    }

    /**
     * The site an item is held at: none where the report gives none (the course's venue, by the model's rule, and the
     * notes say the report is silent) or for an online item; the previous item's for "same"; a venue of the course
     * where the item's place names it ("NAEA" is "NAEA, Beijing"); else a site of the place's own name.
     */
    Long itemSite(
            int i, String place, Long[] before, List<Object> venues, Map<Integer, Long> venueSites, boolean online) {
        if (place.isEmpty() || RealCourseNotes.notGiven(place)) {
            return null;
        }
        if (place.equals("same")) {
            return before[i - 1];
        }
        if (online && comparable(place).contains("online")) {
            return null;
        }
        for (int k = 0; k < venues.size() && !online; k++) {
            String venue = comparable(text(venues.get(k)));
            if (venue.contains(comparable(place)) || comparable(place).contains(venue)) {
                String name = text(venues.get(k));
                return venueSites.computeIfAbsent(k, n -> site(name));
            }
        }
        return site(place);
    }

    /** The site of that name (without the file's remark), registered once per course. */
    long site(String name) {
        return sites.computeIfAbsent(
                comparable(name),
                key -> register.register(new SiteDetails(localized(plain(name)), "", SiteKind.OTHER, null, true)));
    }
}
