package org.cadretraining.organisation.importing;

import static org.cadretraining.organisation.importing.UnitColumn.ACTIVE;
import static org.cadretraining.organisation.importing.UnitColumn.CODE;
import static org.cadretraining.organisation.importing.UnitColumn.KIND;
import static org.cadretraining.organisation.importing.UnitColumn.NAME_EN;
import static org.cadretraining.organisation.importing.UnitColumn.NAME_ZH;
import static org.cadretraining.organisation.importing.UnitColumn.PARENT_CODE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.organisation.UnitKind;

/**
 * Checks unit rows: a parent must exist already or be defined on an earlier row of the same file, a code may appear
 * once, and no unit may end up under itself. Unit files are small, so the checked rows are kept to write in order.
 */
final class UnitRowCheck {

    private final Header header;
    private final KnownUnits units;
    private final ProblemLog problems;
    private final Map<String, Integer> firstRowOfCode = new HashMap<>();
    private final List<StagedUnit> staged = new ArrayList<>();

    UnitRowCheck(Header header, KnownUnits units, ProblemLog problems) {
        this.header = header;
        this.units = units;
        this.problems = problems;
    }

    void check(SheetRow row) {
        int before = problems.count();
        String code = text(row, CODE);
        String parentCode = text(row, PARENT_CODE);
        if (!code.isEmpty()) {
            Integer first = firstRowOfCode.putIfAbsent(code, row.number());
            if (first != null) {
                problems.add(row.number(), CODE, "importing.problem.duplicate", code, "" + first);
            }
        }
        if (parentCode != null && !parentCode.isEmpty()) {
            if (parentCode.equals(code)) {
                problems.add(row.number(), PARENT_CODE, "importing.problem.parentCycle", parentCode);
            } else if (!units.contains(parentCode) && !firstRowOfCode.containsKey(parentCode)) {
                problems.add(row.number(), PARENT_CODE, "importing.problem.parentUnknown", parentCode);
            }
        }
        StagedUnit unit = new StagedUnit(
                row.number(),
                code,
                text(row, NAME_ZH),
                text(row, NAME_EN),
                parentCode,
                kind(row),
                CheckedCells.yesOrNo(header, row, ACTIVE, problems));
        if (problems.count() == before) {
            staged.add(unit);
        }
    }

    /** The rows that passed, once the whole file is read and checked for cycles. */
    List<StagedUnit> finish() {
        Map<String, String> parents = units.parents();
        for (StagedUnit unit : staged) {
            if (unit.parentCode() != null) {
                parents.put(unit.code(), unit.parentCode().isEmpty() ? null : unit.parentCode());
            }
        }
        for (StagedUnit unit : staged) {
            if (isOwnAncestor(unit.code(), parents)) {
                problems.add(unit.row(), PARENT_CODE, "importing.problem.parentCycle", unit.parentCode());
            }
        }
        return staged;
    }

    private static boolean isOwnAncestor(String code, Map<String, String> parents) {
        String ancestor = parents.get(code);
        for (int steps = 0; ancestor != null && steps <= parents.size(); steps++) {
            if (ancestor.equals(code)) {
                return true;
            }
            ancestor = parents.get(ancestor);
        }
        return false;
    }

    private UnitKind kind(SheetRow row) {
        int before = problems.count();
        String value = CheckedCells.cell(header, row, KIND, problems);
        if (problems.count() > before) {
            return null;
        }
        if (value.isEmpty()) {
            problems.add(row.number(), KIND, "importing.problem.required");
            return null;
        }
        return CellValues.unitKind(value).orElseGet(() -> {
            problems.add(row.number(), KIND, "importing.problem.kindUnknown", value);
            return null;
        });
    }

    private String text(SheetRow row, Column column) {
        return CheckedCells.text(header, row, column, problems);
    }
}
