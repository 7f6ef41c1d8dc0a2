package org.cadretraining.course;

/**
 * A link on the course page to another module's page about the course: where it goes, its Bootstrap icon, the
 * message key of its label, and its place among the others (lower first).
 */
public record CoursePageLink(int position, String path, String icon, String labelKey) {}
