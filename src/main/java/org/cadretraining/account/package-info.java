/**
 * Accounts, their roles and scopes, sign-in with throttling, and the first administrator; the sign-in accounts of a
 * course's trainees made in one step ({@code trainees}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "course", "enrolment"})
package org.cadretraining.account;
