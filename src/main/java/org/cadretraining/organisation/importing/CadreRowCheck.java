package org.cadretraining.organisation.importing;

import static org.cadretraining.organisation.importing.CadreColumn.ACTIVE;
import static org.cadretraining.organisation.importing.CadreColumn.CATEGORY;
import static org.cadretraining.organisation.importing.CadreColumn.EMAIL;
import static org.cadretraining.organisation.importing.CadreColumn.GENDER;
import static org.cadretraining.organisation.importing.CadreColumn.NAME;
import static org.cadretraining.organisation.importing.CadreColumn.NAME_EN;
import static org.cadretraining.organisation.importing.CadreColumn.NOTE;
import static org.cadretraining.organisation.importing.CadreColumn.PHONE;
import static org.cadretraining.organisation.importing.CadreColumn.POSITION_EN;
import static org.cadretraining.organisation.importing.CadreColumn.POSITION_ZH;
import static org.cadretraining.organisation.importing.CadreColumn.RANK;
import static org.cadretraining.organisation.importing.CadreColumn.STAFF_NUMBER;
import static org.cadretraining.organisation.importing.CadreColumn.UNIT_CODE;

import java.util.HashMap;
import java.util.Map;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.StaffNumber;
import org.cadretraining.organisation.importing.KnownUnits.KnownUnit;

/**
 * Checks cadre rows one by one against the rules, the units and ranks that exist, the rows before them (a staff
 * number may appear once) and the importer's subtree. Every problem of a row is logged, not just the first.
 */
final class CadreRowCheck {

    private final Header header;
    private final KnownUnits units;
    private final RankNames ranks;
    private final String subtree;
    private final ProblemLog problems;
    private final Map<String, Integer> firstRowOfStaffNumber = new HashMap<>();

    CadreRowCheck(Header header, KnownUnits units, RankNames ranks, String subtree, ProblemLog problems) {
        this.header = header;
        this.units = units;
        this.ranks = ranks;
        this.subtree = subtree;
        this.problems = problems;
    }

    /** The row ready to be written, or {@code null} when something is wrong with it (and logged). */
    StagedCadre check(SheetRow row) {
        int before = problems.count();
        String staffNumber = staffNumber(row);
        if (!staffNumber.isEmpty()) {
            Integer first = firstRowOfStaffNumber.putIfAbsent(staffNumber, row.number());
            if (first != null) {
                problems.add(row.number(), STAFF_NUMBER, "importing.problem.duplicate", staffNumber, "" + first);
            }
        }
        String name = text(row, NAME);
        Long unitId = unit(row);
        String gender = gender(row);
        String rankCode = rank(row);
        String email = text(row, EMAIL);
        if (email != null && !email.isEmpty() && !CellValues.isEmail(email)) {
            problems.add(row.number(), EMAIL, "importing.problem.email", email);
        }
        Boolean active = CheckedCells.yesOrNo(header, row, ACTIVE, problems);
        StagedCadre cadre = new StagedCadre(
                row.number(),
                staffNumber,
                name,
                text(row, NAME_EN),
                gender,
                unitId == null ? 0 : unitId,
                text(row, POSITION_ZH),
                text(row, POSITION_EN),
                rankCode,
                text(row, CATEGORY),
                text(row, PHONE),
                email,
                text(row, NOTE),
                active);
        return problems.count() == before ? cadre : null;
    }

    /** The staff number in the plain form the cadre form would give it, refused with the form's own sentence. */
    private String staffNumber(SheetRow row) {
        int before = problems.count();
        String staffNumber = StaffNumber.normalize(text(row, STAFF_NUMBER));
        if (problems.count() == before && !StaffNumber.isAllowed(staffNumber)) {
            problems.add(row.number(), STAFF_NUMBER, StaffNumber.PATTERN_MESSAGE_KEY);
        }
        return staffNumber;
    }

    private Long unit(SheetRow row) {
        int before = problems.count();
        String code = text(row, UNIT_CODE);
        if (code.isEmpty() || problems.count() > before) {
            return null;
        }
        KnownUnit unit = units.get(code);
        if (unit == null) {
            problems.add(row.number(), UNIT_CODE, "importing.problem.unitUnknown", code);
            return null;
        }
        if (!unit.path().startsWith(subtree)) {
            problems.add(row.number(), UNIT_CODE, "importing.problem.unitOutOfScope", code);
            return null;
        }
        return unit.id();
    }

    private String gender(SheetRow row) {
        int before = problems.count();
        String value = CheckedCells.cell(header, row, GENDER, problems);
        if (problems.count() > before) {
            return null;
        }
        if (value == null || value.isEmpty()) {
            return null;
        }
        return CellValues.gender(value).map(Gender::name).orElseGet(() -> {
            problems.add(row.number(), GENDER, "importing.problem.gender", value);
            return null;
        });
    }

    private String rank(SheetRow row) {
        int before = problems.count();
        String value = CheckedCells.cell(header, row, RANK, problems);
        if (problems.count() > before) {
            return null;
        }
        if (value == null || value.isEmpty()) {
            return null;
        }
        return ranks.code(value).orElseGet(() -> {
            String[] known = ranks.known();
            problems.add(row.number(), RANK, "importing.problem.rankUnknown", value, known[0], known[1]);
            return null;
        });
    }

    private String text(SheetRow row, Column column) {
        return CheckedCells.text(header, row, column, problems);
    }
}
