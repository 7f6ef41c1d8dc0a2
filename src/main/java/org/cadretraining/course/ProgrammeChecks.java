package org.cadretraining.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cadretraining.course.ProgrammeImport.Options;
import org.cadretraining.course.ProgrammeImport.Planned;
import org.cadretraining.course.ProgrammeImport.Problem;
import org.cadretraining.course.ProgrammeNames.Match;
import org.cadretraining.course.ProgrammeNames.Person;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;

/** What a programme row's names mean for the import, and the agenda item a row becomes. */
final class ProgrammeChecks {

    private ProgrammeChecks() {}

    /** A name several lecturers share cannot be guessed; a new place is refused unless the register may grow. */
    static List<Problem> names(Planned row, Options options) {
        List<Problem> problems = new ArrayList<>();
        int number = row.line().row();
        for (Person person : row.speakers()) {
            if (person.match() == Match.AMBIGUOUS) {
                problems.add(
                        problem(number, ProgrammeColumn.SPEAKERS, "course.import.lecturerAmbiguous", person.name()));
            }
        }
        if (row.presider() != null && row.presider().match() == Match.AMBIGUOUS) {
            problems.add(problem(
                    number,
                    ProgrammeColumn.PRESIDER,
                    "course.import.lecturerAmbiguous",
                    row.presider().name()));
        }
        if (row.site() != null && row.site().match() == Match.AMBIGUOUS) {
            problems.add(problem(
                    number,
                    ProgrammeColumn.SITE,
                    "course.import.siteAmbiguous",
                    row.site().name()));
        }
        if (row.site() != null && row.site().match() == Match.NEW && !options.addSites()) {
            problems.add(problem(
                    number,
                    ProgrammeColumn.SITE,
                    "course.import.siteUnknown",
                    row.site().name()));
        }
        if (row.line().hours() != null && !CreditHours.isValid(row.line().hours())) {
            problems.add(problem(number, ProgrammeColumn.HOURS, "course.hours.quarter"));
        }
        return problems;
    }

    /** The item a row becomes, once new lecturers and sites have their ids. */
    static AgendaItemDetails details(Planned row, Map<String, Long> newLecturers, Map<String, Long> newSites) {
        ProgrammeSheet.Line line = row.line();
        List<Speaker> speakers = row.speakers().stream()
                .map(person -> speaker(person, newLecturers))
                .toList();
        Long siteId = row.site() == null
                ? null
                : row.site().match() == Match.REGISTERED
                        ? row.site().siteId()
                        : newSites.get(row.site().name());
        return new AgendaItemDetails(
                line.type(),
                line.day(),
                line.startsAt(),
                line.endsAt(),
                siteId,
                speakers,
                row.presider() == null ? Speaker.NONE : speaker(row.presider(), newLecturers),
                new LocalizedText(line.titleZh(), line.titleEn()),
                line.mandatory(),
                line.hours() == null ? null : CreditHours.of(line.hours()),
                false);
    }

    private static Speaker speaker(Person person, Map<String, Long> newLecturers) {
        return switch (person.match()) {
            case REGISTERED -> Speaker.lecturer(person.lecturerId());
            case CADRE -> Speaker.cadre(person.cadreId());
            // a ceremony's speaker stays a name even when a lecture of the same programme adds that name as a lecturer
            case NAME -> Speaker.named(person.name());
            case NEW, AMBIGUOUS -> {
                Long added = newLecturers.get(person.name());
                yield added != null ? Speaker.lecturer(added) : Speaker.named(person.name());
            }
        };
    }

    /** The column a refusal of the planner concerns, from the field it names. */
    static ProgrammeColumn column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "day" -> ProgrammeColumn.DAY;
            case "startsAt" -> ProgrammeColumn.START;
            case "endsAt" -> ProgrammeColumn.END;
            case "siteId" -> ProgrammeColumn.SITE;
            case "speakerLecturerId", "speakerStaffNumber", "speakers" -> ProgrammeColumn.SPEAKERS;
            case "presider", "presiderLecturerId", "presiderStaffNumber" -> ProgrammeColumn.PRESIDER;
            case "creditOverride", "creditHours" -> ProgrammeColumn.HOURS;
            default -> null;
        };
    }

    private static Problem problem(int row, ProgrammeColumn column, String key, Object... arguments) {
        return new Problem(row, column, key, arguments);
    }
}
