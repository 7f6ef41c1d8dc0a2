package org.cadretraining.course;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.springframework.stereotype.Service;

/**
 * Plans courses on behalf of the system itself (demo data, set-up): the same rules and checks as the organiser's
 * pages, recorded as made by {@code system}.
 */
@Service
public class CourseSetup {

    /** A course to plan; the first of {@code organiserUnitIds} is the lead organiser. */
    public record NewCourse(
            LocalizedText title,
            LocalizedText purpose,
            List<Long> organiserUnitIds,
            List<Long> coOrganiserUnitIds,
            Long hostUnitId,
            Long venueSiteId,
            LocalDate startsOn,
            LocalDate endsOn,
            int capacity,
            CreditHours requiredHours,
            TrainingCategory category,
            TrainingForm trainingForm,
            Contact contact,
            Audience audience,
            List<Cohort> cohorts,
            LocalizedText notes) {

        /** A course with one organiser and nothing said of its audience. */
        public NewCourse(
                LocalizedText title,
                LocalizedText purpose,
                long organiserUnitId,
                Long hostUnitId,
                Long venueSiteId,
                LocalDate startsOn,
                LocalDate endsOn,
                int capacity,
                CreditHours requiredHours,
                TrainingCategory category) {
            this(
                    title,
                    purpose,
                    List.of(organiserUnitId),
                    List.of(),
                    hostUnitId,
                    venueSiteId,
                    startsOn,
                    endsOn,
                    capacity,
                    requiredHours,
                    category,
                    TrainingForm.FULL_TIME,
                    Contact.NONE,
                    Audience.ANYONE,
                    List.of(),
                    null);
        }
    }

    /** An agenda item; its speaker is a lecturer of the register, a cadre, a name, or nobody. */
    public record NewAgendaItem(
            AgendaItemType type,
            LocalDate day,
            LocalTime startsAt,
            LocalTime endsAt,
            Long siteId,
            Long lecturerId,
            Long cadreId,
            String speakerText,
            LocalizedText title,
            boolean mandatory) {}

    private static final CurrentUser SYSTEM = new CurrentUser(0, "system", Set.of(Role.ADMINISTRATOR), null, null);

    private final CoursePlanner planner;
    private final AgendaPlanner agendaPlanner;

    CourseSetup(CoursePlanner planner, AgendaPlanner agendaPlanner) {
        this.planner = planner;
        this.agendaPlanner = agendaPlanner;
    }

    public long plan(NewCourse course) {
        return planner.create(
                        new CourseDetails(
                                course.title(),
                                course.purpose(),
                                course.organiserUnitIds(),
                                course.coOrganiserUnitIds(),
                                course.hostUnitId(),
                                course.venueSiteId(),
                                course.startsOn(),
                                course.endsOn(),
                                course.capacity(),
                                course.requiredHours(),
                                course.category(),
                                course.trainingForm(),
                                course.contact(),
                                course.audience(),
                                course.cohorts(),
                                course.notes()),
                        SYSTEM)
                .id();
    }

    public long schedule(long courseId, NewAgendaItem item) {
        Speaker speaker = item.lecturerId() != null
                ? Speaker.lecturer(item.lecturerId())
                : item.cadreId() != null ? Speaker.cadre(item.cadreId()) : Speaker.named(item.speakerText());
        AgendaItemDetails details = new AgendaItemDetails(
                item.type(),
                item.day(),
                item.startsAt(),
                item.endsAt(),
                item.siteId(),
                speaker,
                item.title(),
                item.mandatory(),
                null);
        return agendaPlanner.addItem(courseId, details, SYSTEM).id();
    }

    /** Closes nominations: the class is complete. */
    public void closeNominations(long courseId) {
        planner.take(courseId, CourseTransition.CLOSE_NOMINATIONS, null, SYSTEM);
    }

    /** Starts a course whose nominations are closed. */
    public void start(long courseId) {
        planner.take(courseId, CourseTransition.START, null, SYSTEM);
    }

    /** Completes a course in progress; listeners decide each participant's completion. */
    public void complete(long courseId) {
        planner.take(courseId, CourseTransition.COMPLETE, null, SYSTEM);
    }

    /** Opens nominations for a planned course. */
    public void openNominations(long courseId) {
        planner.take(courseId, CourseTransition.OPEN_NOMINATIONS, null, SYSTEM);
    }
}
