/**
 * What a course desk prints: name badges with the personal check-in QR code, folded table cards, and the room list
 * of a residential course, entered in bulk with a preview before anything is written.
 */
package org.cadretraining.documents.print;
