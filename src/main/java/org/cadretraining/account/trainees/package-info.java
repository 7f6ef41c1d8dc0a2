/** Sign-in accounts for a course's trainees, previewed and made in one step, with their one-time passwords. */
package org.cadretraining.account.trainees;
