package org.cadretraining.demo;

import static org.cadretraining.demo.DemoOrganisation.BAI_JING;
import static org.cadretraining.demo.DemoOrganisation.HU_XIAOMEI;
import static org.cadretraining.demo.DemoOrganisation.ORGANIZATION_DEPARTMENT;
import static org.cadretraining.demo.DemoOrganisation.PARTY_COMMITTEE_OF_SIT;

import java.util.List;
import java.util.Map;
import org.cadretraining.organisation.CadreDetails;

/**
 * The two people the seed names. Their English names and positions come from the seed; everything else (the
 * Chinese rendering of the name, the Chinese title, the rank) is filled in, and their records say so. The seed
 * does not state their gender, so it is left empty.
 */
final class SeedPeople {

    private SeedPeople() {}

    static List<CadreDetails> cadres(Seed seed, Map<String, Long> unitIds) {
        Seed.Person leader = seed.teamLeader();
        Seed.Person director = seed.namedParticipants().stream()
                .filter(p -> p.name().equals("Bai Jing"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The seed no longer names Bai Jing"));
        return List.of(
                cadre(HU_XIAOMEI, "胡晓梅", leader, "党委书记", unitIds.get(PARTY_COMMITTEE_OF_SIT), "BUREAU", "校级领导"),
                cadre(BAI_JING, "白晶", director, "党委委员、组织部部长", unitIds.get(ORGANIZATION_DEPARTMENT), "COUNTY", "中层干部"));
    }

    private static CadreDetails cadre(
            String staffNumber,
            String nameZh,
            Seed.Person person,
            String positionZh,
            Long unitId,
            String rankCode,
            String category) {
        String note = "种子文件给出英文姓名 " + person.name() + " 和职务 “" + person.positionEn() + "”；中文姓名“" + nameZh
                + "”、中文职务、级别和类别为示例写法。 / The seed gives the name " + person.name()
                + " and the position in English; the Chinese name, Chinese title, rank and category are illustrative.";
        return new CadreDetails(
                staffNumber,
                nameZh,
                person.name(),
                null,
                unitId,
                positionZh,
                person.positionEn(),
                rankCode,
                category,
                "",
                "",
                note,
                true);
    }
}
