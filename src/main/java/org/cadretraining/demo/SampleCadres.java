package org.cadretraining.demo;

import static org.cadretraining.demo.DemoOrganisation.ACADEMIC_AFFAIRS;
import static org.cadretraining.demo.DemoOrganisation.BASIC_COURSES_DEPARTMENT;
import static org.cadretraining.demo.DemoOrganisation.CADRE_SECTION;
import static org.cadretraining.demo.DemoOrganisation.ECONOMICS_AND_MANAGEMENT;
import static org.cadretraining.demo.DemoOrganisation.FOREIGN_LANGUAGES_OFFICE;
import static org.cadretraining.demo.DemoOrganisation.HUMAN_RESOURCES;
import static org.cadretraining.demo.DemoOrganisation.INFORMATION_ENGINEERING;
import static org.cadretraining.demo.DemoOrganisation.MECHANICAL_ENGINEERING;
import static org.cadretraining.demo.DemoOrganisation.ORGANIZATION_DEPARTMENT;
import static org.cadretraining.demo.DemoOrganisation.PARTY_COMMITTEE_OFFICE;
import static org.cadretraining.demo.DemoOrganisation.PUBLICITY_DEPARTMENT;
import static org.cadretraining.organisation.Gender.FEMALE;
import static org.cadretraining.organisation.Gender.MALE;

import java.util.List;
import java.util.Map;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;

/**
 * Nineteen invented leading cadres, so that with Bai Jing the seed's "20 leading cadres" exist beside Hu Xiaomei,
 * who led the team.
 * The seed names none of them; each record's note says it is sample data.
 */
final class SampleCadres {

    static final String NOTE = "示例数据（非种子文件内容） / Illustrative sample data, not from the seed";

    private record Sample(
            String staffNumber,
            String name,
            String nameEn,
            Gender gender,
            String unitCode,
            String positionZh,
            String positionEn,
            String rankCode) {}

    private static final List<Sample> SAMPLES = List.of(
            new Sample(
                    "SIT-0101",
                    "王立新",
                    "Wang Lixin",
                    MALE,
                    PARTY_COMMITTEE_OFFICE,
                    "党委办公室主任",
                    "Director of the Party Committee Office",
                    "COUNTY"),
            new Sample(
                    "SIT-0102",
                    "张伟",
                    "Zhang Wei",
                    MALE,
                    ORGANIZATION_DEPARTMENT,
                    "组织部副部长",
                    "Deputy Director of the Organization Department",
                    "COUNTY"),
            new Sample(
                    "SIT-0103",
                    "刘洋",
                    "Liu Yang",
                    FEMALE,
                    CADRE_SECTION,
                    "干部科科长",
                    "Head of the Cadre Section",
                    "SECTION"),
            new Sample(
                    "SIT-0104",
                    "李雪",
                    "Li Xue",
                    FEMALE,
                    PUBLICITY_DEPARTMENT,
                    "宣传部部长",
                    "Director of the Publicity Department",
                    "COUNTY"),
            new Sample(
                    "SIT-0105",
                    "赵敏",
                    "Zhao Min",
                    FEMALE,
                    BASIC_COURSES_DEPARTMENT,
                    "基础课部主任",
                    "Director of the Basic Courses Department",
                    "COUNTY"),
            new Sample(
                    "SIT-0106",
                    "孙建国",
                    "Sun Jianguo",
                    MALE,
                    BASIC_COURSES_DEPARTMENT,
                    "基础课部党总支书记",
                    "Party Branch Secretary of the Basic Courses Department",
                    "COUNTY"),
            new Sample(
                    "SIT-0107",
                    "周婷",
                    "Zhou Ting",
                    FEMALE,
                    FOREIGN_LANGUAGES_OFFICE,
                    "外语教研室主任",
                    "Head of the Foreign Languages Teaching and Research Office",
                    "SECTION"),
            new Sample(
                    "SIT-0108",
                    "吴海峰",
                    "Wu Haifeng",
                    MALE,
                    ACADEMIC_AFFAIRS,
                    "教务处处长",
                    "Director of the Office of Academic Affairs",
                    "COUNTY"),
            new Sample(
                    "SIT-0109",
                    "郑丽华",
                    "Zheng Lihua",
                    FEMALE,
                    ACADEMIC_AFFAIRS,
                    "教务处副处长",
                    "Deputy Director of the Office of Academic Affairs",
                    "COUNTY"),
            new Sample(
                    "SIT-0110",
                    "冯志强",
                    "Feng Zhiqiang",
                    MALE,
                    HUMAN_RESOURCES,
                    "人事处处长",
                    "Director of the Human Resources Office",
                    "COUNTY"),
            new Sample(
                    "SIT-0111",
                    "何静",
                    "He Jing",
                    FEMALE,
                    HUMAN_RESOURCES,
                    "人事处副处长",
                    "Deputy Director of the Human Resources Office",
                    "COUNTY"),
            new Sample(
                    "SIT-0112",
                    "许明",
                    "Xu Ming",
                    MALE,
                    MECHANICAL_ENGINEERING,
                    "机械工程学院院长",
                    "Dean of the School of Mechanical Engineering",
                    "COUNTY"),
            new Sample(
                    "SIT-0113",
                    "高红梅",
                    "Gao Hongmei",
                    FEMALE,
                    MECHANICAL_ENGINEERING,
                    "机械工程学院党委书记",
                    "Party Secretary of the School of Mechanical Engineering",
                    "COUNTY"),
            new Sample(
                    "SIT-0114",
                    "林涛",
                    "Lin Tao",
                    MALE,
                    INFORMATION_ENGINEERING,
                    "信息工程学院院长",
                    "Dean of the School of Information Engineering",
                    "COUNTY"),
            new Sample(
                    "SIT-0115",
                    "马晓燕",
                    "Ma Xiaoyan",
                    FEMALE,
                    INFORMATION_ENGINEERING,
                    "信息工程学院副院长",
                    "Deputy Dean of the School of Information Engineering",
                    "COUNTY"),
            new Sample(
                    "SIT-0116",
                    "罗斌",
                    "Luo Bin",
                    MALE,
                    ECONOMICS_AND_MANAGEMENT,
                    "经济管理学院院长",
                    "Dean of the School of Economics and Management",
                    "COUNTY"),
            new Sample(
                    "SIT-0117",
                    "陈思远",
                    "Chen Siyuan",
                    MALE,
                    ECONOMICS_AND_MANAGEMENT,
                    "经济管理学院党委书记",
                    "Party Secretary of the School of Economics and Management",
                    "COUNTY"),
            new Sample(
                    "SIT-0118",
                    "梁慧",
                    "Liang Hui",
                    FEMALE,
                    ECONOMICS_AND_MANAGEMENT,
                    "经济管理学院办公室主任",
                    "Director of the Office of the School of Economics and Management",
                    "SECTION"),
            new Sample(
                    "SIT-0119",
                    "韩磊",
                    "Han Lei",
                    MALE,
                    ECONOMICS_AND_MANAGEMENT,
                    "经济管理学院副院长",
                    "Deputy Dean of the School of Economics and Management",
                    "COUNTY"));

    private SampleCadres() {}

    static List<CadreDetails> cadres(Map<String, Long> unitIds) {
        return SAMPLES.stream()
                .map(s -> new CadreDetails(
                        s.staffNumber(),
                        s.name(),
                        s.nameEn(),
                        s.gender(),
                        unitIds.get(s.unitCode()),
                        s.positionZh(),
                        s.positionEn(),
                        s.rankCode(),
                        "SECTION".equals(s.rankCode()) ? "科级干部" : "中层干部",
                        "",
                        s.staffNumber().toLowerCase() + "@example.org",
                        NOTE,
                        true))
                .toList();
    }
}
