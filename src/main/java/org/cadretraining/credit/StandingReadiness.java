package org.cadretraining.credit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings the standing up to date when nobody is waiting for it: as soon as the application has started (after a
 * migration or a change of rules marked it out of date) and just after midnight, when a new year makes it out of
 * date. Otherwise the first person to open a compliance page or the statistics would wait for the rebuild (about 45
 * s for a million cadres, bench/compliance). Readers still make it current themselves ({@link StandingCurrency}),
 * so nothing they see depends on this having run; two nodes starting at once rebuild it once, one waiting for the
 * other's lock. The past years' judgements are kept up the same way ({@link PastFolding}): judged after a start or a
 * change of rules (about 10 s a year for a million cadres), and the cadres judged again since folded every minute.
 */
@Component
class StandingReadiness {

    private static final Logger log = LoggerFactory.getLogger(StandingReadiness.class);

    private final StandingCurrency currency;
    private final PastFolding past;

    StandingReadiness(StandingCurrency currency, PastFolding past) {
        this.currency = currency;
        this.past = past;
    }

    /** In a thread of its own, so that the application answers at once while the standing is rebuilt. */
    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        Thread.ofVirtual().name("standing-readiness").start(this::makeCurrent);
    }

    /** A minute past midnight where the institution is: the first day of a year puts every judgement out of date. */
    @Scheduled(cron = "0 1 0 * * *", zone = "${app.time-zone}")
    void afterMidnight() {
        makeCurrent();
    }

    @Scheduled(
            fixedDelayString = "${app.credit.past-fold-interval:PT1M}",
            initialDelayString = "${app.credit.past-fold-interval:PT1M}")
    void keepPastUp() {
        try {
            past.keepUp();
        } catch (RuntimeException failed) {
            log.info("The past years' judgements were not kept up ahead of their readers: {}", failed.toString());
        }
    }

    void makeCurrent() {
        try {
            long started = System.nanoTime();
            currency.ensureCurrent();
            log.debug("Standing current after {} ms", (System.nanoTime() - started) / 1_000_000);
            past.keepUp();
        } catch (RuntimeException failed) {
            // the database not answering, the application closing: the next reader makes it current
            log.info("The standing was not brought up to date ahead of its readers: {}", failed.toString());
        }
    }
}
