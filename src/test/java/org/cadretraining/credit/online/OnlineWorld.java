package org.cadretraining.credit.online;

import java.util.UUID;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.LocalizedText;

/** A committee with two schools and cadres in them, codes and staff numbers with a random prefix of their own. */
class OnlineWorld {

    final String prefix = UUID.randomUUID().toString().substring(0, 6);
    final OrganisationDirectory directory;
    final long committee;
    final long schoolA;
    final long schoolB;
    final String schoolAName;
    private int cadres;

    OnlineWorld(OrganisationDirectory directory) {
        this.directory = directory;
        committee = unit("PC", "党委" + prefix, null);
        schoolAName = "机械工程学院" + prefix;
        schoolA = unit("A", schoolAName, committee);
        schoolB = unit("B", "化学工程学院" + prefix, committee);
    }

    long unit(String code, String name, Long parent) {
        return directory.registerUnit(
                new UnitDetails(prefix + code, new LocalizedText(name, code), UnitKind.DEPARTMENT, parent, true));
    }

    long cadre(String name, long unitId) {
        cadres++;
        return directory.registerCadre(new CadreDetails(
                staffNumber(cadres),
                name,
                Gender.MALE,
                unitId,
                "科长",
                "Section chief",
                "SECTION",
                "",
                "",
                "",
                "",
                true));
    }

    String staffNumber(int n) {
        return prefix + "S" + n;
    }
}
