package org.cadretraining.course;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cadretraining.course.ProgrammeNames.Match;
import org.cadretraining.course.ProgrammeNames.Person;
import org.cadretraining.course.ProgrammeNames.Place;
import org.cadretraining.course.lecturer.LecturerDetails;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.SiteDetails;
import org.cadretraining.course.site.SiteKind;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.TableRows.TableRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports a course's programme from a table: every row read, its people and places matched against the registers,
 * then each item planned exactly as if entered by hand (dates, clashes, 学时). A preview does all of it and rolls it
 * back, so what it shows (the 学时 the rule gives, a clash with row 12) is what the import will do; the import writes
 * all rows or, with any problem, none.
 */
@Service
class ProgrammeImport {

    /** Whether names not yet in the registers are added to them (else speakers are kept as names). */
    record Options(boolean addLecturers, boolean addSites) {}

    /** One row as it will be (or was) planned: who speaks and presides, where, and the 学时 the item earns. */
    record Planned(ProgrammeSheet.Line line, List<Person> speakers, Person presider, Place site, CreditHours credit) {}

    record Problem(int row, ProgrammeColumn column, String messageKey, Object[] arguments) {}

    record Outcome(
            List<Planned> rows,
            List<Problem> problems,
            Set<String> newLecturers,
            Set<String> newSites,
            boolean written) {}

    private final CoursePlanner planner;
    private final AgendaPlanner agendaPlanner;
    private final Lecturers lecturers;
    private final Sites sites;
    private final OrganisationDirectory directory;

    ProgrammeImport(
            CoursePlanner planner,
            AgendaPlanner agendaPlanner,
            Lecturers lecturers,
            Sites sites,
            OrganisationDirectory directory) {
        this.directory = directory;
        this.planner = planner;
        this.agendaPlanner = agendaPlanner;
        this.lecturers = lecturers;
        this.sites = sites;
    }

    @Transactional
    Outcome run(long courseId, List<TableRow> table, Options options, boolean write, CurrentUser user) {
        CourseRights.requirePlanner(user);
        Course course = planner.get(courseId, user);
        ProgrammeSheet.Read read = ProgrammeSheet.read(table, course.startsOn(), course.endsOn());
        List<Problem> problems = new ArrayList<>();
        read.problems().forEach(p -> problems.add(new Problem(p.row(), p.column(), p.messageKey(), p.arguments())));
        if (table.isEmpty()) {
            problems.add(new Problem(0, null, "course.import.empty", new Object[0]));
        }
        ProgrammeNames names = new ProgrammeNames(
                lecturers.choices(), sites.choices(), directory.activeCadresNamed(ceremonyPeople(read.lines())));
        List<Planned> rows = new ArrayList<>();
        Set<Integer> unplannable = new HashSet<>();
        for (ProgrammeSheet.Line line : read.lines()) {
            Function<String, Person> who = line.type().ceremony() ? names::leader : names::person;
            Planned planned = new Planned(
                    line,
                    line.speakers().stream().map(who).toList(),
                    line.presider().isBlank() ? null : who.apply(line.presider()),
                    names.place(line.site()).orElse(null),
                    null);
            List<Problem> own = ProgrammeChecks.names(planned, options);
            if (!own.isEmpty()) {
                unplannable.add(line.row());
                problems.addAll(own);
            }
            rows.add(planned);
        }
        Set<String> newLecturers = new LinkedHashSet<>();
        Set<String> newSites = new LinkedHashSet<>();
        rows.forEach(row -> {
            row.speakers().stream().filter(p -> p.match() == Match.NEW).forEach(p -> newLecturers.add(p.name()));
            if (row.presider() != null && row.presider().match() == Match.NEW) {
                newLecturers.add(row.presider().name());
            }
            if (row.site() != null && row.site().match() == Match.NEW) {
                newSites.add(row.site().name());
            }
        });
        Map<String, Long> addedLecturers = new HashMap<>();
        if (options.addLecturers()) {
            newLecturers.forEach(name -> addedLecturers.put(
                    name, lecturers.register(new LecturerDetails(null, name, "", "", "", "", true))));
        }
        Map<String, Long> addedSites = new HashMap<>();
        if (options.addSites()) {
            newSites.forEach(name -> addedSites.put(
                    name,
                    sites.register(new SiteDetails(new LocalizedText(name, ""), "", SiteKind.OTHER, null, true))));
        }
        // rows that can be planned are, even when others cannot: a clash or a day outside the course shows now too
        List<Planned> plannable = rows.stream()
                .filter(row -> !unplannable.contains(row.line().row()))
                .toList();
        List<AgendaPlanner.ItemOutcome> outcomes = agendaPlanner.addItems(
                courseId,
                plannable.stream()
                        .map(row -> ProgrammeChecks.details(row, addedLecturers, addedSites))
                        .toList(),
                user);
        Map<Integer, Long> itemOfRow = new HashMap<>();
        for (int i = 0; i < plannable.size(); i++) {
            AgendaPlanner.ItemOutcome outcome = outcomes.get(i);
            int number = plannable.get(i).line().row();
            if (outcome.refused() == null) {
                itemOfRow.put(number, outcome.item().id());
            } else {
                DomainException refused = outcome.refused();
                problems.add(new Problem(
                        number, ProgrammeChecks.column(refused.field()), refused.messageKey(), refused.arguments()));
            }
        }
        problems.sort(Comparator.comparingInt(Problem::row));
        Map<Long, CreditHours> credit = new HashMap<>();
        planner.agenda(courseId, user).forEach(item -> credit.put(item.id(), item.credit()));
        List<Planned> credited = new ArrayList<>();
        for (Planned row : rows) {
            Long id = itemOfRow.get(row.line().row());
            credited.add(new Planned(
                    row.line(), row.speakers(), row.presider(), row.site(), id == null ? null : credit.get(id)));
        }
        boolean written = write && problems.isEmpty();
        if (!written) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return new Outcome(credited, problems, newLecturers, newSites, written);
    }

    private static Set<String> ceremonyPeople(List<ProgrammeSheet.Line> lines) {
        Set<String> people = new HashSet<>();
        lines.stream().filter(line -> line.type().ceremony()).forEach(line -> {
            people.addAll(line.speakers());
            people.add(line.presider());
        });
        people.remove("");
        return people;
    }
}
