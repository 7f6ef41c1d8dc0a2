package org.cadretraining.demo;

import static org.cadretraining.organisation.UnitKind.DEPARTMENT;
import static org.cadretraining.organisation.UnitKind.EXTERNAL_INSTITUTION;
import static org.cadretraining.organisation.UnitKind.PARTY_COMMITTEE;
import static org.cadretraining.organisation.UnitKind.SCHOOL;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.LocalizedText;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The seed's organisation: SIT with its Party Committee, the Organization Department and the Basic Courses
 * Department, the Jinzhou municipal Party school as an external institution, Hu Xiaomei and Bai Jing, and 19 sample
 * cadres. English names come from the seed; the Chinese ones, the other units and the sample people fill in where
 * the seed is silent. Later steps find these records by the codes and staff numbers below.
 */
@Component
@Order(100)
class DemoOrganisation implements DemoStep {

    static final String SIT = "SIT";
    static final String PARTY_COMMITTEE_OF_SIT = "SIT-PC";
    static final String PARTY_COMMITTEE_OFFICE = "SIT-PC-OFFICE";
    static final String ORGANIZATION_DEPARTMENT = "SIT-PC-ORG";
    static final String CADRE_SECTION = "SIT-PC-ORG-CADRE";
    static final String PUBLICITY_DEPARTMENT = "SIT-PC-PUB";
    static final String BASIC_COURSES_DEPARTMENT = "SIT-BCD";
    static final String FOREIGN_LANGUAGES_OFFICE = "SIT-BCD-FL";
    static final String ACADEMIC_AFFAIRS = "SIT-AA";
    static final String HUMAN_RESOURCES = "SIT-HR";
    static final String MECHANICAL_ENGINEERING = "SIT-ME";
    static final String INFORMATION_ENGINEERING = "SIT-IE";
    static final String ECONOMICS_AND_MANAGEMENT = "SIT-EM";
    static final String JINZHOU_PARTY_SCHOOL = "JZ-PARTY-SCHOOL";

    static final String HU_XIAOMEI = "SIT-0001";
    static final String BAI_JING = "SIT-0002";

    private record DemoUnit(String code, String nameZh, String nameEn, UnitKind kind, String parentCode) {}

    private final OrganisationDirectory directory;

    DemoOrganisation(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void fill(Seed seed) {
        Map<String, Long> unitIds = new HashMap<>();
        for (DemoUnit unit : units(seed)) {
            Long parentId = unit.parentCode() == null ? null : unitIds.get(unit.parentCode());
            LocalizedText name = new LocalizedText(unit.nameZh(), unit.nameEn());
            unitIds.put(
                    unit.code(),
                    directory.registerUnit(new UnitDetails(unit.code(), name, unit.kind(), parentId, true)));
        }
        for (CadreDetails cadre : SeedPeople.cadres(seed, unitIds)) {
            directory.registerCadre(cadre);
        }
        for (CadreDetails cadre : SampleCadres.cadres(unitIds)) {
            directory.registerCadre(cadre);
        }
    }

    /** Parents before children; SIT's tree goes four levels deep (SIT, Party Committee, department, section). */
    private static List<DemoUnit> units(Seed seed) {
        return List.of(
                // SIT is the institution itself, a college: the seed gives no Chinese name, so it keeps "SIT".
                new DemoUnit(SIT, "SIT", seed.organisationName(), SCHOOL, null),
                new DemoUnit(PARTY_COMMITTEE_OF_SIT, "SIT 党委", seed.partyCommittee(), PARTY_COMMITTEE, SIT),
                new DemoUnit(
                        PARTY_COMMITTEE_OFFICE, "党委办公室", "Party Committee Office", DEPARTMENT, PARTY_COMMITTEE_OF_SIT),
                new DemoUnit(
                        ORGANIZATION_DEPARTMENT,
                        "党委组织部",
                        seed.unitNamed("Organization Department"),
                        DEPARTMENT,
                        PARTY_COMMITTEE_OF_SIT),
                new DemoUnit(CADRE_SECTION, "干部科", "Cadre Section", DEPARTMENT, ORGANIZATION_DEPARTMENT),
                new DemoUnit(PUBLICITY_DEPARTMENT, "党委宣传部", "Publicity Department", DEPARTMENT, PARTY_COMMITTEE_OF_SIT),
                // A teaching unit on a par with the schools (it teaches foreign languages, hence the translation).
                new DemoUnit(BASIC_COURSES_DEPARTMENT, "基础课部", seed.unitNamed("Basic Courses Department"), SCHOOL, SIT),
                new DemoUnit(
                        FOREIGN_LANGUAGES_OFFICE,
                        "外语教研室",
                        "Foreign Languages Teaching and Research Office",
                        DEPARTMENT,
                        BASIC_COURSES_DEPARTMENT),
                new DemoUnit(ACADEMIC_AFFAIRS, "教务处", "Office of Academic Affairs", DEPARTMENT, SIT),
                new DemoUnit(HUMAN_RESOURCES, "人事处", "Human Resources Office", DEPARTMENT, SIT),
                new DemoUnit(MECHANICAL_ENGINEERING, "机械工程学院", "School of Mechanical Engineering", SCHOOL, SIT),
                new DemoUnit(INFORMATION_ENGINEERING, "信息工程学院", "School of Information Engineering", SCHOOL, SIT),
                new DemoUnit(ECONOMICS_AND_MANAGEMENT, "经济管理学院", "School of Economics and Management", SCHOOL, SIT),
                // Outside SIT's tree: it hosts the course but is not part of the institution.
                new DemoUnit(JINZHOU_PARTY_SCHOOL, "中共锦州市委党校", seed.hostInstitution(), EXTERNAL_INSTITUTION, null));
    }
}
