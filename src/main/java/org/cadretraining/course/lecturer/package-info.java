/** The register of lecturers (师资库); its public types are the course module's "lecturer" API. */
@org.springframework.modulith.NamedInterface("lecturer")
package org.cadretraining.course.lecturer;
