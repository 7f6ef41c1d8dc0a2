/** Cross-cutting configuration: the database, security, language, errors, the clock and the page layout. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.cadretraining.system;
