package org.cadretraining.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cadretraining.course.CourseWhoRows.AudienceRow;
import org.cadretraining.course.CourseWhoRows.CoOrganiserRow;
import org.cadretraining.course.CourseWhoRows.CohortRow;
import org.cadretraining.course.CourseWhoRows.OrganiserRow;
import org.cadretraining.shared.LocalizedText;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * Who runs a course and who it is for, as the course keeps them: the organisers in order (the lead first), the
 * co-organisers, the host, whom to ask, how it is attended, its audience, cohorts and notes. Part of the {@link Course}
 * aggregate, stored in the course's own row and its ordered lists; the rules for new values are in
 * {@link WhoAndForWhom}.
 */
class CourseWho {

    // the lead organiser, first of the organisers: the unit whose rights and reports the course falls under
    private Long organiserUnitId;

    @MappedCollection(idColumn = "course_id", keyColumn = "position")
    private List<OrganiserRow> organisers = new ArrayList<>();

    @MappedCollection(idColumn = "course_id", keyColumn = "position")
    private List<CoOrganiserRow> coOrganisers = new ArrayList<>();

    // the host (承办), who carries the course out for the organisers
    private Long hostUnitId;

    private String contactNameZh;
    private String contactNameEn;
    private String contactPhone;
    private String contactEmail;
    private TrainingForm trainingForm;
    private String audienceZh;
    private String audienceEn;

    @MappedCollection(idColumn = "course_id", keyColumn = "position")
    private List<AudienceRow> audience = new ArrayList<>();

    @MappedCollection(idColumn = "course_id", keyColumn = "position")
    private List<CohortRow> cohorts = new ArrayList<>();

    private String notesZh;
    private String notesEn;

    CourseWho() {}

    /** The course's new who and for whom; the caller has checked them with {@link WhoAndForWhom}. */
    static CourseWho of(CourseDetails details) {
        CourseWho who = new CourseWho();
        who.organiserUnitId = details.organiserUnitId();
        who.hostUnitId = details.hostUnitId();
        who.organisers = new ArrayList<>(
                details.organiserUnitIds().stream().map(OrganiserRow::new).toList());
        who.coOrganisers = new ArrayList<>(
                details.coOrganiserUnitIds().stream().map(CoOrganiserRow::new).toList());
        who.contactNameZh = details.contact().name().zh();
        who.contactNameEn = details.contact().name().en();
        who.contactPhone = details.contact().phone();
        who.contactEmail = details.contact().email();
        who.trainingForm = details.trainingForm();
        who.audienceZh = details.audience().line().zh();
        who.audienceEn = details.audience().line().en();
        who.audience = audienceRows(details.audience());
        who.cohorts =
                new ArrayList<>(details.cohorts().stream().map(CohortRow::of).toList());
        who.notesZh = details.notes().zh();
        who.notesEn = details.notes().en();
        return who;
    }

    private static List<AudienceRow> audienceRows(Audience audience) {
        List<AudienceRow> rows = new ArrayList<>();
        audience.rankCodes().forEach(code -> rows.add(new AudienceRow(code, null, null)));
        audience.cadreCategories().forEach(category -> rows.add(new AudienceRow(null, category, null)));
        audience.unitIds().forEach(unitId -> rows.add(new AudienceRow(null, null, unitId)));
        return rows;
    }

    /** Every organiser in order, the lead first. */
    List<Long> organiserUnitIds() {
        return organisers.stream().map(OrganiserRow::unitId).toList();
    }

    Long organiserUnitId() {
        return organiserUnitId;
    }

    Long hostUnitId() {
        return hostUnitId;
    }

    List<Long> coOrganiserUnitIds() {
        return coOrganisers.stream().map(CoOrganiserRow::unitId).toList();
    }

    Contact contact() {
        return new Contact(new LocalizedText(contactNameZh, contactNameEn), contactPhone, contactEmail);
    }

    TrainingForm trainingForm() {
        return trainingForm;
    }

    Audience audience() {
        return new Audience(
                audience.stream()
                        .map(AudienceRow::rankCode)
                        .filter(Objects::nonNull)
                        .toList(),
                audience.stream()
                        .map(AudienceRow::cadreCategory)
                        .filter(Objects::nonNull)
                        .toList(),
                audience.stream()
                        .map(AudienceRow::unitId)
                        .filter(Objects::nonNull)
                        .toList(),
                new LocalizedText(audienceZh, audienceEn));
    }

    List<Cohort> cohorts() {
        return cohorts.stream().map(CohortRow::cohort).toList();
    }

    LocalizedText notes() {
        return new LocalizedText(notesZh, notesEn);
    }
}
