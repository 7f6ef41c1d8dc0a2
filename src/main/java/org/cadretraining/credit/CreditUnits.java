package org.cadretraining.credit;

import java.util.ArrayList;
import java.util.List;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitNode;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** The units a person may choose in the credit pages: every unit for the institution, a liaison's own subtree. */
@Component
public class CreditUnits {

    private final OrganisationDirectory directory;

    CreditUnits(OrganisationDirectory directory) {
        this.directory = directory;
    }

    public List<UnitNode> inScope(CurrentUser user) {
        List<UnitNode> all = directory.allUnits();
        if (user.actsForInstitution()) {
            return all;
        }
        // a liaison chooses among their own unit and those below it: the tree order lists a subtree contiguously
        Long root = user.liaisonUnitId();
        List<UnitNode> mine = new ArrayList<>();
        int rootDepth = -1;
        for (UnitNode unit : all) {
            if (rootDepth >= 0 && unit.depth() <= rootDepth) {
                break;
            }
            if (root != null && unit.id() == root) {
                rootDepth = unit.depth();
            }
            if (rootDepth >= 0) {
                mine.add(unit);
            }
        }
        return mine;
    }
}
