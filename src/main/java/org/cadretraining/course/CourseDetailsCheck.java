package org.cadretraining.course;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.Rank;
import org.cadretraining.organisation.Ranks;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.organisation.UnitNode;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Checks what a course's details refer to before they are saved: the organisers, co-organisers, host and audience
 * units exist in the unit tree (the host being an external institution), the audience's ranks are the institution's,
 * the venue is a registered site; and that no other course looks like this one unless the planner confirmed it.
 */
@Component
class CourseDetailsCheck {

    private final OrganisationDirectory directory;
    private final Ranks ranks;
    private final Sites sites;
    private final DuplicateCourses duplicates;

    CourseDetailsCheck(OrganisationDirectory directory, Ranks ranks, Sites sites, DuplicateCourses duplicates) {
        this.directory = directory;
        this.ranks = ranks;
        this.sites = sites;
        this.duplicates = duplicates;
    }

    void check(Long courseId, CourseDetails details, boolean duplicateConfirmed) {
        List<UnitNode> units = directory.allUnits();
        Set<Long> unitIds = units.stream().map(UnitNode::id).collect(Collectors.toSet());
        if (!unitIds.contains(details.organiserUnitId())) {
            throw DomainException.invalid("organiserUnitId", "course.organiser.notFound");
        }
        if (!unitIds.containsAll(details.organiserUnitIds())) {
            throw DomainException.invalid("jointOrganiserUnitIds", "course.organiser.notFound");
        }
        if (!unitIds.containsAll(details.coOrganiserUnitIds())) {
            throw DomainException.invalid("coOrganiserUnitIds", "course.coOrganiser.notFound");
        }
        if (details.hostUnitId() != null
                && units.stream()
                        .noneMatch(unit ->
                                unit.id() == details.hostUnitId() && unit.kind() == UnitKind.EXTERNAL_INSTITUTION)) {
            throw DomainException.invalid("hostUnitId", "course.host.notExternal");
        }
        if (!unitIds.containsAll(details.audience().unitIds())) {
            throw DomainException.invalid("audienceUnitIds", "course.audience.unitNotFound");
        }
        Set<String> rankCodes = ranks.all().stream().map(Rank::code).collect(Collectors.toSet());
        for (String code : details.audience().rankCodes()) {
            if (!rankCodes.contains(code)) {
                throw DomainException.invalid("audienceRankCodes", "course.audience.rankNotFound", code);
            }
        }
        if (details.venueSiteId() != null && sites.find(details.venueSiteId()).isEmpty()) {
            throw DomainException.invalid("venueSiteId", "course.site.notFound");
        }
        duplicates.refuseUnconfirmed(courseId, details, duplicateConfirmed);
    }
}
