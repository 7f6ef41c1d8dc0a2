package org.cadretraining.notification;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cadretraining.course.AgendaChanged;
import org.cadretraining.course.AgendaChanged.ItemState;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseDatesChanged;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.shared.LocalizedText;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns each change of a course's schedule after nominations open into a new version and tells the people it
 * concerns. A course still in draft has no one to tell: its changes make no version.
 */
@Component
class ScheduleChangeListener {

    static final String NOTICE_KEY = "notification.notice.scheduleChanged";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ScheduleVersions versions;
    private final CourseCatalog catalog;
    private final ClassMembers members;
    private final ChangeMail mail;

    ScheduleChangeListener(ScheduleVersions versions, CourseCatalog catalog, ClassMembers members, ChangeMail mail) {
        this.versions = versions;
        this.catalog = catalog;
        this.members = members;
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(AgendaChanged event) {
        if (event.status() == CourseStatus.DRAFT) {
            return;
        }
        CourseSummary course = catalog.course(event.courseId()).orElse(null);
        if (course == null) {
            return;
        }
        ScheduleVersions.Version version = versions.record(
                course.id(),
                event.agendaItemId(),
                ScheduleVersions.Kind.valueOf(event.change().name()),
                summary(event.before(), course),
                summary(event.after(), course),
                event.by());
        Set<Long> concerned = new LinkedHashSet<>(members.participants(course.id()));
        concerned.addAll(speakingCadres(event.before(), event.after()));
        tell(course, version, concerned);
    }

    @ApplicationModuleListener
    void on(CourseDatesChanged event) {
        CourseSummary course = catalog.course(event.courseId()).orElse(null);
        if (course == null || course.status() == CourseStatus.DRAFT) {
            return;
        }
        String dates = DAY.format(event.startsOn()) + " – " + DAY.format(event.endsOn());
        ScheduleVersions.Version version = versions.record(
                course.id(),
                null,
                ScheduleVersions.Kind.DATES,
                new LocalizedText("", ""),
                new LocalizedText(dates, dates),
                null);
        Set<Long> concerned = new LinkedHashSet<>(members.participants(course.id()));
        List<ItemState> speakers = new ArrayList<>();
        catalog.agenda(course.id())
                .forEach(i -> speakers.add(new ItemState(
                        i.title(), i.day(), i.startsAt(), i.endsAt(), null, i.lecturerId(), i.cadreId())));
        concerned.addAll(speakingCadres(speakers.toArray(ItemState[]::new)));
        tell(course, version, concerned);
    }

    private void tell(CourseSummary course, ScheduleVersions.Version version, Set<Long> cadres) {
        for (long cadreId : cadres) {
            members.notify(cadreId, course.id(), NOTICE_KEY);
        }
        mail.send(course, version, cadres);
    }

    /** The cadres who speak in the item as it was or as it is: named as cadres, or internal lecturers. */
    private Set<Long> speakingCadres(ItemState... states) {
        Set<Long> cadres = new LinkedHashSet<>();
        Set<Long> lecturers = new LinkedHashSet<>();
        for (ItemState state : states) {
            if (state == null) {
                continue;
            }
            if (state.speakerCadreId() != null) {
                cadres.add(state.speakerCadreId());
            }
            if (state.lecturerId() != null) {
                lecturers.add(state.lecturerId());
            }
        }
        if (!lecturers.isEmpty()) {
            catalog.lecturers(lecturers).values().stream()
                    .filter(l -> l.cadreId() != null)
                    .forEach(l -> cadres.add(l.cadreId()));
        }
        return cadres;
    }

    /** "2023-03-17 09:00–10:30 · title · place", in both languages; empty for no item. */
    private LocalizedText summary(ItemState state, CourseSummary course) {
        if (state == null) {
            return new LocalizedText("", "");
        }
        String when = DAY.format(state.day()) + " " + TIME.format(state.startsAt()) + "–" + TIME.format(state.endsAt());
        Long siteId = state.siteId() != null ? state.siteId() : course.venueSiteId();
        LocalizedText place = siteId == null
                ? new LocalizedText("", "")
                : catalog.places(List.of(siteId)).values().stream()
                        .findFirst()
                        .map(CourseCatalog.Place::name)
                        .orElse(new LocalizedText("", ""));
        return new LocalizedText(
                join(when, state.title().zh(), place.zh()),
                join(
                        when,
                        state.title().en().isBlank()
                                ? state.title().zh()
                                : state.title().en(),
                        place.en().isBlank() ? place.zh() : place.en()));
    }

    private static String join(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!text.isEmpty()) {
                    text.append(" · ");
                }
                text.append(part.strip());
            }
        }
        return text.toString();
    }
}
