package org.cadretraining.course;

import java.util.List;

/**
 * Why a planned agenda item or course dates clash with something else: a message key with its arguments, and the
 * form field it concerns (or null).
 */
public record ScheduleConflict(String field, String messageKey, List<Object> arguments) {

    public ScheduleConflict {
        arguments = List.copyOf(arguments);
    }
}
