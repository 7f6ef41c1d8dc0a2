package org.cadretraining.leave;

/** Leave of a trainee from items of a course was approved; {@code pastCap} when it took them past the cap. */
public record LeaveApproved(long courseId, long cadreId, boolean pastCap) {}
