/** The register of sites (venues and field-study places); its public types are the course module's "site" API. */
@org.springframework.modulith.NamedInterface("site")
package org.cadretraining.course.site;
