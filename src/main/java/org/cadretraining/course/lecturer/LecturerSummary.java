package org.cadretraining.course.lecturer;

/** A lecturer as agendas show them; {@code cadreId} is set for the institution's own cadres. */
public record LecturerSummary(
        long id,
        Long cadreId,
        String name,
        String affiliation,
        String title,
        String topics,
        String contact,
        boolean active) {

    public boolean internal() {
        return cadreId != null;
    }
}
