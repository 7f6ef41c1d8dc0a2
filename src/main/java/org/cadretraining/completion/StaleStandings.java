package org.cadretraining.completion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.enrolment.ClassMember;
import org.springframework.stereotype.Component;

/**
 * Which kept standings no longer hold: none kept yet, or kept before an agenda item ended. An item that has not
 * ended is not missed by anyone yet; once it ends, a trainee who was not there has missed it, and nothing happens
 * at that moment to tell the keeper, so the page that reads the standings judges those trainees again.
 */
@Component
class StaleStandings {

    private final Clock clock;

    StaleStandings(Clock clock) {
        this.clock = clock;
    }

    Set<Long> among(List<ClassMember> trainees, Map<Long, KeptStandings.Kept> kept, List<AgendaEntry> agenda) {
        Instant now = clock.instant();
        Instant lastEnded = agenda.stream()
                .map(item ->
                        item.day().atTime(item.endsAt()).atZone(clock.getZone()).toInstant())
                .filter(end -> !end.isAfter(now))
                .max(Instant::compareTo)
                .orElse(Instant.MIN);
        return trainees.stream()
                .map(ClassMember::cadreId)
                .filter(id -> {
                    KeptStandings.Kept standing = kept.get(id);
                    return standing == null || standing.judgedAt().isBefore(lastEnded);
                })
                .collect(Collectors.toSet());
    }
}
