package org.cadretraining.organisation;

import org.cadretraining.shared.LocalizedText;

/**
 * A four-level tree for tests: SIT / Party Committee / Organization Department / Cadre Office, beside a school and an
 * external Party school; cadre codes are unique per fixture so several fixtures can share one database.
 */
class OrganisationFixture {

    final String prefix;
    final long root;
    final long committee;
    final long department;
    final long office;
    final long school;
    final long partySchool;

    OrganisationFixture(OrganisationDirectory directory, String prefix) {
        this.prefix = prefix;
        root = unit(directory, "ROOT", "学院", "Institute", UnitKind.OTHER, null);
        committee = unit(directory, "PC", "党委", "Party Committee", UnitKind.PARTY_COMMITTEE, root);
        department = unit(directory, "OD", "组织部", "Organization Department", UnitKind.DEPARTMENT, committee);
        office = unit(directory, "CO", "干部科", "Cadre Office", UnitKind.DEPARTMENT, department);
        school = unit(directory, "BC", "基础课部", "Basic Courses Department", UnitKind.SCHOOL, root);
        partySchool = unit(directory, "PS", "中共锦州市委党校", "Party School", UnitKind.EXTERNAL_INSTITUTION, null);
    }

    private long unit(OrganisationDirectory directory, String code, String zh, String en, UnitKind kind, Long parent) {
        return directory.registerUnit(new UnitDetails(prefix + code, new LocalizedText(zh, en), kind, parent, true));
    }

    long cadre(OrganisationDirectory directory, String staffSuffix, String name, long unitId, String rank) {
        return directory.registerCadre(new CadreDetails(
                prefix + staffSuffix, name, Gender.FEMALE, unitId, "科员", "Officer", rank, "", "", "", "", true));
    }
}
