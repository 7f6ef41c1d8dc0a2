/** Accounts, their roles and scopes, sign-in with throttling, and the first administrator. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation"})
package org.cadretraining.account;
