package org.cadretraining.documents;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agenda items as iCalendar events: one course's, or all of a cadre's courses' for a subscribed calendar. Each event's
 * UID is derived from its agenda item, so that a calendar app updates an event when the item moves rather than adding
 * a second one.
 */
@Service
class CourseCalendars {

    private static final String PRODUCT = "-//cadre-training//course calendar//ZH";

    private final AgendaSheets sheets;
    private final CadreCourses cadreCourses;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;
    // ical4j's own zone definitions; it fetches updates from the internet only if configured to
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    CourseCalendars(AgendaSheets sheets, CadreCourses cadreCourses, MessageSource messages, Clock clock) {
        this.sheets = sheets;
        this.cadreCourses = cadreCourses;
        this.messages = messages;
        this.clock = clock;
        // the institution's zone (app.time-zone) from the one clock every page and export takes it from
        this.zone = clock.getZone();
    }

    @Transactional(readOnly = true)
    String ofCourse(long courseId, CurrentUser user, Locale locale) {
        CourseSummary course = sheets.course(courseId);
        DocumentRights.requireMaySee(user, course);
        AgendaSheet sheet = sheets.of(course);
        return write(sheet.course().title().in(locale), List.of(sheet), locale);
    }

    /** All the cadre's courses that are planned or held: drafts are not yet theirs, cancelled ones no more. */
    @Transactional(readOnly = true)
    String ofCadre(long cadreId, Locale locale) {
        List<AgendaSheet> courses = new ArrayList<>();
        for (long courseId : cadreCourses.coursesOf(cadreId).stream().distinct().toList()) {
            sheets.lookUp(courseId)
                    .filter(c -> c.status() != CourseStatus.DRAFT && c.status() != CourseStatus.CANCELLED)
                    .map(sheets::of)
                    .ifPresent(courses::add);
        }
        return write(messages.getMessage("documents.calendar.mine", null, locale), courses, locale);
    }

    private String write(String name, List<AgendaSheet> courses, Locale locale) {
        Instant now = clock.instant();
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        var timeZone = zones.getTimeZone(zone.getId());
        if (timeZone != null) {
            calendar.add(timeZone.getVTimeZone());
        }
        for (AgendaSheet sheet : courses) {
            for (AgendaSheet.Day day : sheet.days()) {
                for (AgendaSheet.Entry entry : day.entries()) {
                    calendar.add(event(sheet, entry, now, locale));
                }
            }
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(AgendaSheet sheet, AgendaSheet.Entry entry, Instant now, Locale locale) {
        String type = messages.getMessage("documents.type." + entry.type(), null, locale);
        String what =
                entry.hasTitle() ? entry.title().in(locale) : entry.place().in(locale);
        String summary = what.isEmpty() ? type : type + " · " + what;
        var event = new VEvent(
                entry.day().atTime(entry.startsAt()).atZone(zone),
                entry.day().atTime(entry.endsAt()).atZone(zone),
                summary);
        event.add(new Uid("agenda-item-" + entry.id() + "@cadre-training"));
        event.add(new DtStamp(now));
        String place = entry.place().in(locale);
        if (!entry.address().isEmpty()) {
            place = place.isEmpty() ? entry.address() : place + ", " + entry.address();
        }
        if (!place.isEmpty()) {
            event.add(new Location(place));
        }
        event.add(new Description(description(sheet, entry, locale)));
        return event;
    }

    private String description(AgendaSheet sheet, AgendaSheet.Entry entry, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.getMessage(
                "documents.calendar.course",
                new Object[] {sheet.course().title().in(locale)},
                locale));
        String speaker = entry.speaker().in(locale);
        if (!speaker.isEmpty()) {
            String role = entry.speakerRole().in(locale);
            lines.add(messages.getMessage(
                    "documents.calendar.speaker",
                    new Object[] {role.isEmpty() ? speaker : speaker + " (" + role + ")"},
                    locale));
        }
        String kind = messages.getMessage(
                entry.mandatory() ? "documents.agenda.mandatory" : "documents.agenda.optional", null, locale);
        lines.add(messages.getMessage("documents.calendar.credit", new Object[] {entry.creditHours(), kind}, locale));
        return String.join("\n", lines);
    }
}
