/**
 * A course a superior body sent cadres to (上级调训), or another institution held, recorded once with its evidence and
 * its attendees; each attendee's ledger entry links to it.
 */
package org.cadretraining.credit.superior;
