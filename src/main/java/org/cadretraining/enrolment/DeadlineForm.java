package org.cadretraining.enrolment;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The enrolment page's deadline form: the last day on which liaisons may nominate, empty for none. Text that is not a
 * date is refused by binding, with the field's label ("提名截止日期须为日期，例如 2026-03-17。").
 */
record DeadlineForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nominationDeadline) {}
