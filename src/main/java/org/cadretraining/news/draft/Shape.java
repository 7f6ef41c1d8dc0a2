package org.cadretraining.news.draft;

import java.util.Set;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.TrainingForm;

/** The shapes of course a news report is worded for; each has its own wording template in each language. */
public enum Shape {
    SINGLE_LECTURE,
    CEREMONY,
    MULTI_DAY,
    ONLINE,
    FIELD_STUDY;

    private static final Set<AgendaItemType> LECTURES = Set.of(AgendaItemType.LECTURE, AgendaItemType.MICRO_COURSE);

    /**
     * Online courses are told as such whatever their length; a course of field-study visits only as a visit; a
     * one-day course of ceremonies (and what goes with them) as the ceremony, and one of a single lecture as that
     * lecture. Everything else is a multi-day course.
     */
    static Shape of(CourseFacts facts) {
        if (facts.form() == TrainingForm.ONLINE) {
            return ONLINE;
        }
        var items = facts.items();
        if (!items.isEmpty() && items.stream().allMatch(item -> item.type() == AgendaItemType.FIELD_STUDY)) {
            return FIELD_STUDY;
        }
        if (facts.days() == 1) {
            boolean ceremony = items.stream().anyMatch(item -> item.type().ceremony());
            boolean lectures = items.stream().anyMatch(item -> LECTURES.contains(item.type()));
            if (ceremony && !lectures) {
                return CEREMONY;
            }
            if (!ceremony
                    && items.stream()
                                    .filter(item -> LECTURES.contains(item.type()))
                                    .count()
                            == 1) {
                return SINGLE_LECTURE;
            }
        }
        return MULTI_DAY;
    }
}
