package org.cadretraining.credit.online;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One checked row of an academy's file, as it waits in the staging table: who (staff number, or name and unit),
 * the course, its length (minutes, or the hours the academy credited) and the hours it counts for.
 */
record StagedRecord(
        int row,
        String staffNumber,
        String name,
        String unitName,
        String title,
        String titleKey,
        LocalDate completedOn,
        Integer minutes,
        BigDecimal creditedHours,
        boolean testPassed,
        BigDecimal hours,
        Integer ruleVersion,
        Integer rulePosition) {}
