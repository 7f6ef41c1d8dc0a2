/** Tiny value types used by every module: localized text, the signed-in user and their roles. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cadretraining.shared;
