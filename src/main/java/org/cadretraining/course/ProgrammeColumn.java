package org.cadretraining.course;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a programme as organisers keep it, told by their header in either language. A sheet without a
 * header row is read in the template's order.
 */
enum ProgrammeColumn {
    DAY("日期", "date", "day"),
    TIME("时间", "time"),
    START("开始", "开始时间", "start", "from", "starts"),
    END("结束", "结束时间", "end", "to", "ends"),
    TYPE("类型", "形式", "type", "kind"),
    TITLE("标题", "内容", "课程", "题目", "主题", "title", "topic"),
    TITLE_EN("英文标题", "title (english)", "english title", "title in english"),
    SPEAKERS("主讲人", "主讲", "授课人", "讲师", "发言人", "报告人", "speaker", "speakers", "lecturer", "lecturers"),
    PRESIDER("主持人", "主持", "presider", "chair", "chaired by"),
    SITE("地点", "场地", "教室", "site", "venue", "place", "room"),
    MANDATORY("必修", "是否必修", "mandatory", "compulsory"),
    HOURS("学时", "hours", "credit hours");

    /** The template's order, also the order of a sheet without a header. */
    static final List<ProgrammeColumn> TEMPLATE =
            List.of(DAY, START, END, TYPE, TITLE, TITLE_EN, SPEAKERS, PRESIDER, SITE, MANDATORY, HOURS);

    private final List<String> headers;

    ProgrammeColumn(String... headers) {
        this.headers = List.of(headers);
    }

    static Optional<ProgrammeColumn> byHeader(String cell) {
        String text = cell.strip()
                .toLowerCase(Locale.ROOT)
                .replace('：', ' ')
                .replace(':', ' ')
                .strip();
        for (ProgrammeColumn column : values()) {
            if (column.headers.contains(text)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The header the template writes, in Chinese. */
    String templateHeader() {
        return headers.getFirst();
    }
}
