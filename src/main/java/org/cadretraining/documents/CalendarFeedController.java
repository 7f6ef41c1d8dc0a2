package org.cadretraining.documents;

import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A cadre's calendar for calendar apps, which cannot sign in: the secret token in the address is the credential.
 * An unknown or revoked token is answered like a page that does not exist.
 */
@RestController
class CalendarFeedController {

    private final CalendarTokens tokens;
    private final CourseCalendars calendars;

    CalendarFeedController(CalendarTokens tokens, CourseCalendars calendars) {
        this.tokens = tokens;
        this.calendars = calendars;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, @RequestParam(defaultValue = "zh") String lang) {
        return tokens.cadreOf(token)
                .map(cadreId -> ResponseEntity.ok()
                        .contentType(Downloads.CALENDAR)
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .body(calendars.ofCadre(cadreId, Locale.forLanguageTag(lang))))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
