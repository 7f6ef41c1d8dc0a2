package org.cadretraining.course;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What kind of agenda item a programme's "type" cell means, as organisers write it in their programmes: the words of
 * the item types in either language ("开班仪式", "开学典礼", "专题辅导报告", "Group discussion"), first match wins, so
 * "结业考试" is an exam and not a closing ceremony.
 */
final class ProgrammeTypes {

    private static final List<Map.Entry<AgendaItemType, List<String>>> WORDS = List.of(
            Map.entry(AgendaItemType.EXAM, List.of("考试", "测试", "考核", "exam", "test")),
            Map.entry(AgendaItemType.HOMEWORK, List.of("作业", "homework", "assignment")),
            Map.entry(AgendaItemType.OPENING_CEREMONY, List.of("开班", "开学", "开幕", "opening")),
            Map.entry(AgendaItemType.CLOSING_CEREMONY, List.of("结业", "闭幕", "结班", "closing", "completion")),
            Map.entry(AgendaItemType.MICRO_COURSE, List.of("微党课", "微课", "micro")),
            Map.entry(AgendaItemType.FIELD_STUDY, List.of("现场", "参观", "考察", "实地", "field", "visit")),
            Map.entry(AgendaItemType.SELF_STUDY, List.of("自学", "self-study", "self study")),
            Map.entry(
                    AgendaItemType.GROUP_DISCUSSION,
                    List.of("讨论", "研讨", "交流", "座谈", "分享", "discussion", "seminar", "exchange")),
            Map.entry(AgendaItemType.LECTURE, List.of("讲座", "授课", "辅导", "报告", "讲课", "专题", "lecture", "talk")),
            Map.entry(AgendaItemType.OTHER, List.of("其他", "其它", "other")));

    private ProgrammeTypes() {}

    static Optional<AgendaItemType> of(String cell) {
        String text = cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (AgendaItemType type : AgendaItemType.values()) {
            if (type.name().equalsIgnoreCase(text.replace(' ', '_').replace('-', '_'))) {
                return Optional.of(type);
            }
        }
        return WORDS.stream()
                .filter(entry -> entry.getValue().stream().anyMatch(text::contains))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
