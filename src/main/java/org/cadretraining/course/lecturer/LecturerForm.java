package org.cadretraining.course.lecturer;

import jakarta.validation.constraints.Size;

/**
 * A lecturer as entered on the page or sent to the API. Giving a cadre's staff number makes them an internal
 * lecturer whose name and affiliation default to their cadre record.
 */
record LecturerForm(
        @Size(max = 32) String cadreStaffNumber,
        @Size(max = 100) String name,
        @Size(max = 100) String nameEn,
        @Size(max = 200) String affiliation,
        @Size(max = 200) String affiliationEn,
        @Size(max = 200) String title,
        @Size(max = 200) String titleEn,
        @Size(max = 2000) String topics,
        @Size(max = 200) String contact,
        Boolean active) {

    LecturerForm {
        cadreStaffNumber = cadreStaffNumber == null ? "" : cadreStaffNumber.strip();
    }

    static LecturerForm empty() {
        return new LecturerForm("", "", "", "", "", "", "", "", "", true);
    }

    static LecturerForm of(LecturerSummary lecturer, String staffNumber) {
        return new LecturerForm(
                staffNumber,
                lecturer.names().zh(),
                lecturer.names().en(),
                lecturer.affiliations().zh(),
                lecturer.affiliations().en(),
                lecturer.titles().zh(),
                lecturer.titles().en(),
                lecturer.topics(),
                lecturer.contact(),
                lecturer.active());
    }

    boolean internal() {
        return !cadreStaffNumber.isEmpty();
    }

    LecturerDetails toDetails(Long cadreId, String defaultName, String defaultAffiliation) {
        return new LecturerDetails(
                cadreId,
                blank(name) ? defaultName : name,
                nameEn,
                blank(affiliation) ? defaultAffiliation : affiliation,
                affiliationEn,
                title,
                titleEn,
                topics,
                contact,
                active == null || active);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
