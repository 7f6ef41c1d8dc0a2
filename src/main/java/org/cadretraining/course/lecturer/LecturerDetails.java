package org.cadretraining.course.lecturer;

/**
 * What describes a lecturer; {@code cadreId} links an internal lecturer to their cadre record. The English name,
 * affiliation and title are shown on English pages; empty, the Chinese ones are.
 */
public record LecturerDetails(
        Long cadreId,
        String name,
        String nameEn,
        String affiliation,
        String affiliationEn,
        String title,
        String titleEn,
        String topics,
        String contact,
        boolean active) {

    public LecturerDetails {
        name = clean(name);
        nameEn = clean(nameEn);
        affiliation = clean(affiliation);
        affiliationEn = clean(affiliationEn);
        title = clean(title);
        titleEn = clean(titleEn);
        topics = clean(topics);
        contact = clean(contact);
    }

    /** A lecturer known by Chinese words only. */
    public LecturerDetails(
            Long cadreId,
            String name,
            String affiliation,
            String title,
            String topics,
            String contact,
            boolean active) {
        this(cadreId, name, "", affiliation, "", title, "", topics, contact, active);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
