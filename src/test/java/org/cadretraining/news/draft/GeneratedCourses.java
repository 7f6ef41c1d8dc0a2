package org.cadretraining.news.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.TrainingForm;
import org.cadretraining.news.draft.CourseFacts.Item;
import org.cadretraining.news.draft.CourseFacts.Outcome;
import org.cadretraining.news.draft.CourseFacts.Person;
import org.cadretraining.shared.LocalizedText;

/**
 * Course records of every shape made from a seed: any fact may be missing, recorded only in Chinese or only in
 * English, or carry characters that HTML escapes (apostrophes, ampersands, angle brackets, quotation marks).
 */
final class GeneratedCourses {

    static final int REPORT_YEAR = 2026;
    private static final String[][] TEXTS = {
        {"", ""},
        {"延安革命纪念馆", "Yan'an Revolutionary Memorial Hall"},
        {"周口师范学院", ""},
        {"", "Dalian University of Technology (DUT)"},
        {"党委<b>组织部", "Organisation & <Personnel> Department"},
        {"“炮兵之父”朱瑞将军的故事", "The \"Father of Artillery\""},
        {"学习贯彻党的二十届三中全会精神", "Studying the spirit of the 3rd Plenum"},
        {"为期三天的专题研讨", "three-day seminar"},
        {"培训", "course"},
        {"湖南省教育厅", "Hunan Provincial Department of Education"},
        {"The Party School", "The Party School"},
        // as a register holds a text entered only in English: the same text in both halves
        {"Dalian University of Technology (DUT)", "Dalian University of Technology (DUT)"},
        {"welcome; DUT history and present", "welcome; DUT history and present"},
        {"university leaders pin badges on four trainees", ""},
        {"小组研学；交流工作问题", ""},
        {"省委高校工委党校第47期处干班 (湖南科技大学第一期处级领导干部培训班)", ""},
        {"集中自学", "self-study"},
        {"10 live lectures, each followed by online Q&A", "10 live lectures, each followed by online Q&A"},
    };
    private static final String[][] PURPOSES = {
        {"", ""},
        {"提高领导干部政治能力", "improve the political ability of leading cadres"},
        {"与…联合举办（协办单位）。", "Held jointly with the co-organiser."},
        {"为学习贯彻全会精神", "to study the plenum"},
        {"", "The 2018 class"},
    };
    private static final String[][] PEOPLE = {
        {"彭榕", "", "计算机科学与技术学院党委书记", ""},
        {"李成恩", "", "", "Professor"},
        {"Li Cheng'en", "", "Professor (university leader; spoke for the university)", ""},
        {"胡晓梅", "Hu Xiaomei", "党委书记", "Party Secretary"},
        {"欧阳修", "", "", ""},
        {"曾&张", "Zeng & Zhang", "<b>主任</b>", "Director <b>"},
        {"宋元林", "", "湖南科技大学党委副书记、党校校长", ""},
        {"王军（示例）", "", "中共锦州市委党校（示例） 讲师", ""},
        {"Tian Xiaoming", "Tian Xiaoming", "Vice President of Guizhou University (chaired the opening)", ""},
        {"陈力", "", "教育长 (chaired the opening)", ""},
        {
            "Hong Xiaonan",
            "",
            "Professor; head ('minister') of the Faculty",
            "Professor; head ('minister') of the Faculty"
        },
    };

    private GeneratedCourses() {}

    static CourseFacts of(long seed) {
        Random r = new Random(seed);
        LocalDate start = LocalDate.of(2005 + r.nextInt(23), 1 + r.nextInt(12), 1 + r.nextInt(28));
        LocalDate end = start.plusDays(r.nextInt(4) == 0 ? 0 : r.nextInt(12));
        String[] purpose = PURPOSES[r.nextInt(PURPOSES.length)];
        List<Item> items = new ArrayList<>();
        int count = r.nextInt(9);
        for (int i = 0; i < count; i++) {
            AgendaItemType type = AgendaItemType.values()[r.nextInt(AgendaItemType.values().length)];
            List<Person> speakers = new ArrayList<>();
            for (int s = r.nextInt(4); s > 0; s--) {
                speakers.add(person(r));
            }
            items.add(new Item(
                    type,
                    start.plusDays(r.nextInt((int) (end.toEpochDay() - start.toEpochDay() + 1))),
                    text(r),
                    text(r),
                    r.nextBoolean() ? person(r) : null,
                    speakers));
        }
        int trainees = r.nextInt(3) == 0 ? 0 : r.nextInt(200);
        List<Person> named = new ArrayList<>();
        for (int n = trainees == 0 ? 0 : r.nextInt(3); n > 0; n--) {
            named.add(person(r));
        }
        Person leader = r.nextBoolean() ? person(r) : null;
        // the completion count includes the team leader, who is not among the trainees counted
        int completed = r.nextInt(trainees + (leader == null ? 1 : 2));
        return new CourseFacts(
                present(r),
                new LocalizedText(purpose[0], purpose[1]),
                start,
                end,
                REPORT_YEAR,
                List.of(present(r), text(r)),
                texts(r, r.nextInt(3)),
                text(r),
                text(r),
                TrainingForm.values()[r.nextInt(TrainingForm.values().length)],
                text(r),
                r.nextBoolean(),
                items,
                r.nextBoolean() ? List.of() : List.of(text(r).zh(), "Reader's guide & notes"),
                leader,
                trainees,
                named,
                new Outcome(r.nextBoolean(), completed, completed == 0 ? 0 : r.nextInt(completed + 1)));
    }

    private static LocalizedText text(Random r) {
        String[] text = TEXTS[r.nextInt(TEXTS.length)];
        return new LocalizedText(text[0], text[1]);
    }

    /** A text the course model always has: its title, its lead organiser. */
    private static LocalizedText present(Random r) {
        String[] text = TEXTS[1 + r.nextInt(TEXTS.length - 1)];
        return new LocalizedText(text[0], text[1]);
    }

    private static List<LocalizedText> texts(Random r, int n) {
        List<LocalizedText> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add(text(r));
        }
        return texts;
    }

    private static Person person(Random r) {
        String[] p = PEOPLE[r.nextInt(PEOPLE.length)];
        return new Person(p[0], p[1], new LocalizedText(p[2], p[3]), r.nextBoolean() ? text(r) : null);
    }
}
