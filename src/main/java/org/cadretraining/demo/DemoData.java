package org.cadretraining.demo;

import java.util.List;
import org.cadretraining.organisation.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code app.demo.enabled=true} (or the {@code demo} profile), fills an empty database with the seed's
 * organisation and sample people. A database that already holds units is left alone, so restarts are harmless.
 * Runs after the first administrator is created.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("app.demo.enabled")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationDirectory directory;
    private final List<DemoStep> steps;
    private final TransactionTemplate transaction;

    DemoData(OrganisationDirectory directory, List<DemoStep> steps, PlatformTransactionManager transactions) {
        this.directory = directory;
        this.steps = steps;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!directory.isEmpty()) {
            log.info("Demo data not loaded: the database already holds an organisation");
            return;
        }
        Seed seed = Seed.load();
        transaction.executeWithoutResult(status -> steps.forEach(step -> step.fill(seed)));
        log.info("Demo data loaded from {} ({} steps)", Seed.LOCATION, steps.size());
    }
}
