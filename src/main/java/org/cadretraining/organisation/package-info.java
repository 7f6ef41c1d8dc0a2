/** The organisation's unit tree and its cadres, with their history, directory, import and API. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.cadretraining.organisation;
