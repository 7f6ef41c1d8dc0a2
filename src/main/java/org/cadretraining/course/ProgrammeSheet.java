package org.cadretraining.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadretraining.shared.TableRows.TableRow;

/**
 * A programme given as a table (an uploaded workbook or rows pasted from a spreadsheet) read into lines, one per
 * agenda item, with every cell that cannot be read named by its row number and column. Nothing here looks up
 * lecturers or sites: that is the import's next step.
 */
final class ProgrammeSheet {

    /** One row of the programme as read. Speakers and the presider are names as typed; {@code hours} may be null. */
    record Line(
            int row,
            LocalDate day,
            LocalTime startsAt,
            LocalTime endsAt,
            AgendaItemType type,
            String titleZh,
            String titleEn,
            List<String> speakers,
            String presider,
            String site,
            boolean mandatory,
            BigDecimal hours) {}

    /** A cell that cannot be read: its row as a person sees it, its column, and what is allowed there. */
    record Problem(int row, ProgrammeColumn column, String messageKey, Object... arguments) {}

    record Read(List<Line> lines, List<Problem> problems) {}

    private ProgrammeSheet() {}

    static Read read(List<TableRow> rows, LocalDate startsOn, LocalDate endsOn) {
        Map<ProgrammeColumn, Integer> columns = new EnumMap<>(ProgrammeColumn.class);
        List<TableRow> body = rows;
        if (!rows.isEmpty() && header(rows.getFirst(), columns)) {
            body = rows.subList(1, rows.size());
        } else {
            for (int i = 0; i < ProgrammeColumn.TEMPLATE.size(); i++) {
                columns.put(ProgrammeColumn.TEMPLATE.get(i), i);
            }
        }
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (TableRow row : body) {
            line(row, columns, startsOn, endsOn, problems).ifPresent(lines::add);
        }
        return new Read(lines, problems);
    }

    /** Whether the row is a header (it names the date column); if so, where each column it names is. */
    private static boolean header(TableRow row, Map<ProgrammeColumn, Integer> columns) {
        Map<ProgrammeColumn, Integer> found = new EnumMap<>(ProgrammeColumn.class);
        for (int i = 0; i < row.cells().size(); i++) {
            int index = i;
            ProgrammeColumn.byHeader(row.cell(i)).ifPresent(column -> found.putIfAbsent(column, index));
        }
        if (!found.containsKey(ProgrammeColumn.DAY)) {
            return false;
        }
        columns.putAll(found);
        return true;
    }

    private static Optional<Line> line(
            TableRow row,
            Map<ProgrammeColumn, Integer> columns,
            LocalDate startsOn,
            LocalDate endsOn,
            List<Problem> problems) {
        int before = problems.size();
        String dayCell = cell(row, columns, ProgrammeColumn.DAY);
        LocalDate day = ProgrammeCells.day(dayCell, startsOn, endsOn).orElse(null);
        if (day == null) {
            problems.add(new Problem(row.number(), ProgrammeColumn.DAY, "course.import.day", dayCell));
        }
        String typeCell = cell(row, columns, ProgrammeColumn.TYPE);
        AgendaItemType type = typeCell.isEmpty()
                ? AgendaItemType.LECTURE
                : ProgrammeTypes.of(typeCell).orElse(null);
        LocalTime[] sitting =
                type != null && !type.hasSitting() ? due(row, columns, problems) : sitting(row, columns, problems);
        if (type == null) {
            problems.add(new Problem(row.number(), ProgrammeColumn.TYPE, "course.import.type", typeCell));
        }
        String mandatoryCell = cell(row, columns, ProgrammeColumn.MANDATORY);
        Optional<Boolean> mandatory = ProgrammeCells.yesNo(mandatoryCell);
        if (!mandatoryCell.isEmpty() && mandatory.isEmpty()) {
            problems.add(
                    new Problem(row.number(), ProgrammeColumn.MANDATORY, "course.import.mandatory", mandatoryCell));
        }
        String hoursCell = cell(row, columns, ProgrammeColumn.HOURS);
        BigDecimal hours =
                hoursCell.isEmpty() ? null : ProgrammeCells.hours(hoursCell).orElse(null);
        if (!hoursCell.isEmpty() && hours == null) {
            problems.add(new Problem(row.number(), ProgrammeColumn.HOURS, "course.import.hours", hoursCell));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Line(
                row.number(),
                day,
                sitting[0],
                sitting[1],
                type,
                cell(row, columns, ProgrammeColumn.TITLE),
                cell(row, columns, ProgrammeColumn.TITLE_EN),
                ProgrammeCells.names(cell(row, columns, ProgrammeColumn.SPEAKERS)),
                cell(row, columns, ProgrammeColumn.PRESIDER),
                cell(row, columns, ProgrammeColumn.SITE),
                mandatory.orElse(true),
                hours));
    }

    /** The start and end, from their own columns or from one time column holding {@code 8:30-11:30}. */
    private static LocalTime[] sitting(TableRow row, Map<ProgrammeColumn, Integer> columns, List<Problem> problems) {
        String start = cell(row, columns, ProgrammeColumn.START);
        String end = cell(row, columns, ProgrammeColumn.END);
        String time = cell(row, columns, ProgrammeColumn.TIME);
        if (start.isEmpty() && end.isEmpty() && !time.isEmpty()) {
            Optional<LocalTime[]> sitting = ProgrammeCells.sitting(time);
            if (sitting.isEmpty()) {
                problems.add(new Problem(row.number(), ProgrammeColumn.TIME, "course.import.sitting", time));
                return new LocalTime[2];
            }
            return sitting.get();
        }
        LocalTime from = ProgrammeCells.time(start).orElse(null);
        LocalTime to = ProgrammeCells.time(end).orElse(null);
        if (from == null) {
            problems.add(new Problem(row.number(), ProgrammeColumn.START, "course.import.time", start));
        }
        if (to == null) {
            problems.add(new Problem(row.number(), ProgrammeColumn.END, "course.import.time", end));
        }
        return new LocalTime[] {from, to};
    }

    /** Homework has no sitting, only the time it is due: the end (or the one time given). */
    private static LocalTime[] due(TableRow row, Map<ProgrammeColumn, Integer> columns, List<Problem> problems) {
        String given = cell(row, columns, ProgrammeColumn.END);
        ProgrammeColumn column = ProgrammeColumn.END;
        if (given.isEmpty()) {
            given = cell(row, columns, ProgrammeColumn.TIME);
            column = ProgrammeColumn.TIME;
        }
        if (given.isEmpty()) {
            given = cell(row, columns, ProgrammeColumn.START);
            column = ProgrammeColumn.START;
        }
        LocalTime at = ProgrammeCells.time(given).orElse(null);
        if (at == null) {
            problems.add(new Problem(row.number(), column, "course.import.time", given));
        }
        return new LocalTime[] {at, at};
    }

    private static String cell(TableRow row, Map<ProgrammeColumn, Integer> columns, ProgrammeColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }
}
