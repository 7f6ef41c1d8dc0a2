package org.cadretraining.credit.export;

import org.cadretraining.shared.DomainException;

/** The years an export may ask for: those the ledger can hold. */
final class YearCheck {

    private YearCheck() {}

    static void require(int year) {
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("year", "credit.hoursExport.yearInvalid");
        }
    }
}
