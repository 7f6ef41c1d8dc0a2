package org.cadretraining.course;

import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Component;

/** Checks that what an agenda item names exists: its site, and each speaker and the presider (lecturer or cadre). */
@Component
class AgendaReferences {

    private final OrganisationDirectory directory;
    private final Sites sites;
    private final Lecturers lecturers;

    AgendaReferences(OrganisationDirectory directory, Sites sites, Lecturers lecturers) {
        this.directory = directory;
        this.sites = sites;
        this.lecturers = lecturers;
    }

    void check(AgendaItemDetails details) {
        if (details.siteId() != null && sites.find(details.siteId()).isEmpty()) {
            throw DomainException.invalid("siteId", "course.site.notFound");
        }
        for (Speaker speaker : details.speakers()) {
            boolean main = speaker == details.speakers().getFirst();
            checkPerson(speaker, main ? "speakerLecturerId" : "speakers", main ? "speakerStaffNumber" : "speakers");
        }
        checkPerson(details.presider(), "presiderLecturerId", "presiderStaffNumber");
    }

    /** Looks up a cadre speaker or presider by their staff number, refusing an unknown one next to the field. */
    Long cadreIdByStaffNumber(String field, String staffNumber) {
        return directory
                .cadreIdByStaffNumber(staffNumber)
                .orElseThrow(() -> DomainException.invalid(field, "course.agenda.speaker.cadreNotFound", staffNumber));
    }

    /** A cadre's staff number by their id, blank when not found, to show a saved item in its form. */
    String staffNumberOf(long cadreId) {
        return directory.cadre(cadreId).map(c -> c.staffNumber()).orElse("");
    }

    private void checkPerson(Speaker person, String lecturerField, String cadreField) {
        if (person.lecturerId() != null && lecturers.find(person.lecturerId()).isEmpty()) {
            throw DomainException.invalid(lecturerField, "course.lecturer.notFound");
        }
        if (person.cadreId() != null && directory.cadre(person.cadreId()).isEmpty()) {
            throw DomainException.invalid(cadreField, "course.agenda.speaker.cadreNotFound", "");
        }
    }
}
