package org.cadretraining.credit;

import java.time.Clock;
import java.time.Year;
import org.cadretraining.organisation.OrganisationDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The set-up most credit tests share: a small organisation of their own ({@link CreditFixture}), made afresh for
 * each test, the ledger that writes for its cadres, and this year by the application's clock.
 */
abstract class CreditWorldTest {

    @Autowired
    CreditLedger ledger;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    CreditFixture world;
    int year;

    @BeforeEach
    void world() {
        world = new CreditFixture(directory, ledger);
        year = Year.now(clock).getValue();
    }
}
