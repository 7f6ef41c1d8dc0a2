package org.cadretraining.report.statistics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the trainee places' marks when nobody is waiting: once the application has started (the migration marked
 * every course: about 2 s for 100,000 places, bench/compliance) and then every minute, so marks never pile up for
 * the first person who opens the statistics after a large import. Readers are exact without it ({@link KeptPlaces}):
 * it only keeps the places they count live few. A node finding another folding leaves the marks to it.
 */
@Component
class PlacesReadiness {

    private static final Logger log = LoggerFactory.getLogger(PlacesReadiness.class);

    private final KeptPlaces places;

    PlacesReadiness(KeptPlaces places) {
        this.places = places;
    }

    /** In a thread of its own, so that the application answers at once. */
    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        Thread.ofVirtual().name("places-readiness").start(this::fold);
    }

    @Scheduled(
            fixedDelayString = "${app.report.places-fold-interval:PT1M}",
            initialDelayString = "${app.report.places-fold-interval:PT1M}")
    void fold() {
        try {
            places.fold();
        } catch (RuntimeException failed) {
            // the database not answering, the application closing: the next reader or round folds them
            log.info("The trainee places' marks were not folded ahead of their readers: {}", failed.toString());
        }
    }
}
