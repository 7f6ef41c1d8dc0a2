package org.cadretraining.plan;

import java.math.BigDecimal;

/** A course created from a plan item, and what it cost when the organiser has recorded that. */
record CourseLink(long courseId, long itemId, BigDecimal actualCost) {}
