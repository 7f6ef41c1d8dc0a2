package org.cadretraining.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cadretraining.course.lecturer.LecturerSummary;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.SiteSummary;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.OrganisationDirectory.CadreSummary;
import org.cadretraining.organisation.UnitNode;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lays out a course and its agenda as a programme, with the names of units, sites, lecturers and cadres. */
@Component
class ProgrammeView {

    private static final LocalizedText NONE = new LocalizedText("", "");

    private final CoursePlanner planner;
    private final OrganisationDirectory directory;
    private final Sites sites;
    private final Lecturers lecturers;
    private final CourseSteps steps;
    private final CreditRule creditRule;

    ProgrammeView(
            CoursePlanner planner,
            OrganisationDirectory directory,
            Sites sites,
            Lecturers lecturers,
            CourseSteps steps,
            CreditRule creditRule) {
        this.steps = steps;
        this.creditRule = creditRule;
        this.planner = planner;
        this.directory = directory;
        this.sites = sites;
        this.lecturers = lecturers;
    }

    @Transactional(readOnly = true)
    Programme of(long courseId, CurrentUser user) {
        Course course = planner.get(courseId, user);
        List<AgendaItem> items = planner.agenda(courseId, user);
        Set<Long> siteIds = new HashSet<>();
        Set<Long> lecturerIds = new HashSet<>();
        if (course.venueSiteId() != null) {
            siteIds.add(course.venueSiteId());
        }
        for (AgendaItem item : items) {
            if (item.siteId() != null) {
                siteIds.add(item.siteId());
            }
            for (Speaker person : people(item)) {
                if (person.lecturerId() != null) {
                    lecturerIds.add(person.lecturerId());
                }
            }
        }
        Map<Long, SiteSummary> siteById = sites.byIds(siteIds);
        Map<Long, LecturerSummary> lecturerById = lecturers.byIds(lecturerIds);
        Map<Long, CadreSummary> cadreById = new HashMap<>();
        items.stream()
                .flatMap(item -> people(item).stream())
                .map(Speaker::cadreId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> directory.cadre(id).ifPresent(cadre -> cadreById.put(id, cadre)));

        SiteSummary venue = course.venueSiteId() == null ? null : siteById.get(course.venueSiteId());
        Names names = new Names(lecturerById, cadreById);
        TrainingRules rules = creditRule.current();
        List<Programme.Day> days = new ArrayList<>();
        CreditHours total = CreditHours.ZERO;
        CreditHours mandatory = CreditHours.ZERO;
        for (int n = 0; n < course.endsOn().toEpochDay() - course.startsOn().toEpochDay() + 1; n++) {
            var date = course.startsOn().plusDays(n);
            List<Programme.Entry> entries = new ArrayList<>();
            CreditHours dayHours = CreditHours.ZERO;
            for (AgendaItem item : items) {
                if (item.day().equals(date)) {
                    entries.add(entry(item, venue, siteById, names, rules));
                    dayHours = dayHours.plus(item.credit());
                    if (item.mandatory()) {
                        mandatory = mandatory.plus(item.credit());
                    }
                }
            }
            total = total.plus(dayHours);
            days.add(new Programme.Day(n + 1, date, entries, dayHours));
        }
        return new Programme(courseView(course, venue, user), days, total, mandatory);
    }

    private Programme.CourseView courseView(Course course, SiteSummary venue, CurrentUser user) {
        Map<Long, LocalizedText> unitNames = new HashMap<>();
        for (UnitNode unit : directory.allUnits()) {
            unitNames.put(unit.id(), unit.name());
        }
        List<String> transitions = steps.available(course, user).stream()
                .map(CourseTransition::name)
                .toList();
        return new Programme.CourseView(
                course.id(),
                course.title(),
                course.purpose(),
                course.status(),
                course.category(),
                unitNames.getOrDefault(course.organiserUnitId(), NONE),
                course.hostUnitId() == null ? null : unitNames.getOrDefault(course.hostUnitId(), NONE),
                venue,
                course.startsOn(),
                course.endsOn(),
                course.capacity(),
                course.requiredHours(),
                course.lifecycle().cancelReason(),
                transitions,
                course.lifecycle().heldRecordedBy(),
                course.lifecycle().heldRecordedAt());
    }

    private static List<Speaker> people(AgendaItem item) {
        List<Speaker> people = new ArrayList<>(item.speakers());
        people.add(item.presider());
        return people;
    }

    private static Programme.Entry entry(
            AgendaItem item, SiteSummary venue, Map<Long, SiteSummary> siteById, Names names, TrainingRules rules) {
        SiteSummary site = item.siteId() == null ? venue : siteById.get(item.siteId());
        Speaker speaker = item.speaker();
        Programme.PersonView main = names.of(speaker);
        return new Programme.Entry(
                item.id(),
                item.type(),
                item.startsAt(),
                item.endsAt(),
                item.title(),
                site == null || !item.hasSitting() ? NONE : site.name(),
                item.siteId() == null,
                speaker.kind(),
                speaker.lecturerId(),
                main.name(),
                main.role(),
                item.mandatory(),
                item.credit(),
                item.creditOverridden(),
                item.speakers().stream().map(names::of).toList(),
                item.presider().none() ? null : names.of(item.presider()),
                item.sharesSitting(),
                item.dueAt(),
                ZeroCredit.reason(
                                item.type(),
                                item.startsAt(),
                                item.mandatory(),
                                item.credit(),
                                item.creditOverridden(),
                                rules)
                        .orElse(null));
    }

    /** Names people by the lecturer or cadre they are, or by the name given. */
    private record Names(Map<Long, LecturerSummary> lecturerById, Map<Long, CadreSummary> cadreById) {

        Programme.PersonView of(Speaker person) {
            if (person.lecturerId() != null && lecturerById.containsKey(person.lecturerId())) {
                return Programme.PersonView.of(lecturerById.get(person.lecturerId()), person.topic());
            }
            if (person.cadreId() != null && cadreById.containsKey(person.cadreId())) {
                return Programme.PersonView.of(cadreById.get(person.cadreId()), person.topic());
            }
            return Programme.PersonView.named(person.text(), person.topic());
        }
    }
}
