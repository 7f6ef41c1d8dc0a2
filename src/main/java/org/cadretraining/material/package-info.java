/**
 * Course materials: slides, readings and the programme, attached to a course or to one of its agenda items, shown to
 * the course's participants and uploaded by organisers or by a lecturer for their own items.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "course", "enrolment"})
package org.cadretraining.material;
