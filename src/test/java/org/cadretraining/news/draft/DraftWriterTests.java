package org.cadretraining.news.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.TrainingForm;
import org.cadretraining.news.draft.CourseFacts.Item;
import org.cadretraining.news.draft.CourseFacts.Outcome;
import org.cadretraining.news.draft.CourseFacts.Person;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** The draft writer on hand-made records: each rule of the issue in a sentence that shows it. */
class DraftWriterTests {

    static LocalizedText t(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    static Person person(String name, String nameEn, String positionZh, String positionEn) {
        return new Person(name, nameEn, t(positionZh, positionEn), null);
    }

    static CourseFacts closedCourseOf2017() {
        return new CourseFacts(
                t("嘉定镇街道2017年“成长工程”培训班", ""),
                t("与嘉定区委党校联合举办（协办单位）", ""),
                LocalDate.of(2017, 9, 1),
                LocalDate.of(2017, 11, 30),
                2026,
                List.of(t("嘉定镇街道党工委", ""), t("嘉定镇街道办事处", "")),
                List.of(),
                t("嘉定区委党校", ""),
                t("", ""),
                TrainingForm.PART_TIME,
                t("机关、事业单位、社区和企业的青年干部", "young cadres"),
                false,
                List.of(
                        new Item(
                                AgendaItemType.OPENING_CEREMONY,
                                LocalDate.of(2017, 9, 1),
                                t("开班", ""),
                                t("", ""),
                                person("陈力", "", "教育长", ""),
                                List.of(person("田平", "", "副校长", ""))),
                        new Item(
                                AgendaItemType.LECTURE,
                                LocalDate.of(2017, 9, 2),
                                t("集中理论培训", ""),
                                t("", ""),
                                null,
                                List.of(new Person("李成恩", "", t("教授", "Professor"), t("大学的历史", ""))))),
                List.of("学习手册"),
                person("胡晓梅", "Hu Xiaomei", "党委书记", "Party Secretary"),
                41,
                List.of(),
                new Outcome(true, 40, 38));
    }

    @Test
    void aPastYearIsWrittenThePurposeIsNotSplicedAndTheLeaderIsNotCounted() {
        CourseFacts facts = closedCourseOf2017();
        Draft zh = DraftWriter.write(facts, false, DraftSettings.DEFAULT);
        Draft en = DraftWriter.write(facts, true, DraftSettings.DEFAULT);
        System.out.println(zh.text() + "\n\n" + en.text());

        assertThat(zh.text())
                .contains("2017年9月1日至11月30日")
                .contains("与嘉定区委党校联合举办（协办单位）。")
                .doesNotContain("为与")
                .contains("共有41名学员参加培训。")
                .doesNotContain("领导干部参加")
                .contains("党委书记胡晓梅带队参加学习。")
                .contains("经考核，40名学员顺利结业，38人获颁结业证书。");
        assertThat(en.text())
                .startsWith("September 1, 2017 — From September 1 to November 30, 2017,")
                // a short title before the name, the Chinese beside the pinyin: never brackets within brackets
                .contains("Professor Li Cheng'en (李成恩) lectured on [translate: 大学的历史]")
                .contains("A total of 41 trainees took part in the training.")
                .contains("Party Secretary Hu Xiaomei led the team to study.");
        DraftStyle.check(zh, false);
        DraftStyle.check(en, true);
        assertThat(en.html()).doesNotContain("&#39;").contains("Cheng'en");
    }
}
