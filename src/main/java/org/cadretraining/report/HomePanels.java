package org.cadretraining.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which panels a person's home shows: one section per role they hold, in the order of the work (organising first,
 * one's own training last), each section what needs doing first and how things stand after.
 */
@Component
class HomePanels {

    /** The panels of one role. */
    record Section(String role, List<Panel> panels) {}

    private final OrganiserPanels organiser;
    private final AlertPanels alerts;
    private final CompliancePanels compliance;
    private final LiaisonPanels liaison;
    private final CadrePanels cadre;
    private final StaffPanels staff;

    HomePanels(
            OrganiserPanels organiser,
            AlertPanels alerts,
            CompliancePanels compliance,
            LiaisonPanels liaison,
            CadrePanels cadre,
            StaffPanels staff) {
        this.organiser = organiser;
        this.alerts = alerts;
        this.compliance = compliance;
        this.liaison = liaison;
        this.cadre = cadre;
        this.staff = staff;
    }

    @Transactional(readOnly = true)
    List<Section> of(CurrentUser user, Locale locale) {
        List<Section> sections = new ArrayList<>();
        if (user.actsForInstitution()) {
            sections.add(new Section(
                    "ORGANISER",
                    List.of(
                            organiser.today(),
                            organiser.waiting(),
                            alerts.alerts(),
                            organiser.thisMonth(),
                            compliance.rates(user, locale))));
        }
        if (user.has(Role.UNIT_LIAISON) && user.liaisonUnitId() != null && !user.actsForInstitution()) {
            sections.add(new Section(
                    "UNIT_LIAISON",
                    List.of(liaison.nominationsDue(user.liaisonUnitId()), compliance.subtree(user, locale))));
        }
        if (user.has(Role.LECTURER)) {
            staff.lecturerOf(user.cadreId())
                    .ifPresent(lecturer -> sections.add(new Section(
                            "LECTURER",
                            List.of(
                                    staff.lecturerItems(lecturer),
                                    staff.materialsToUpload(lecturer),
                                    staff.scores(lecturer)))));
        }
        if (user.has(Role.NEWS_EDITOR) || user.has(Role.NEWS_REVIEWER) || user.has(Role.NEWS_PUBLISHER)) {
            sections.add(new Section("NEWS", List.of(staff.newsroom())));
        }
        if (user.cadreId() != null) {
            long me = user.cadreId();
            sections.add(new Section(
                    "CADRE",
                    List.of(
                            cadre.next(me),
                            cadre.toHandIn(me),
                            cadre.hours(me),
                            cadre.courses(me),
                            cadre.certificates(me))));
        }
        return sections;
    }
}
