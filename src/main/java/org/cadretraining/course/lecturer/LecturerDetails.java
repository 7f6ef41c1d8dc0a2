package org.cadretraining.course.lecturer;

/** What describes a lecturer; {@code cadreId} links an internal lecturer to their cadre record. */
public record LecturerDetails(
        Long cadreId, String name, String affiliation, String title, String topics, String contact, boolean active) {

    public LecturerDetails {
        name = clean(name);
        affiliation = clean(affiliation);
        title = clean(title);
        topics = clean(topics);
        contact = clean(contact);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
