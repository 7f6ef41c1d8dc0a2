package org.cadretraining.leave;

import java.util.Collection;
import java.util.List;
import org.cadretraining.shared.LocalizedText;

/**
 * What leave would do to a trainee's completion of the course, said by the module that keeps the completion rule
 * (leave may not ask it: completion reads leave). The leave page shows it next to each request, to the trainee who
 * asks and to whoever decides, so leave within the cap never fails completion without a word.
 */
public interface LeaveOutlook {

    /** The consequences of the cadre's leave from {@code itemIds} once approved. */
    List<Consequence> of(long courseId, long cadreId, Collection<Long> itemIds);

    /** One consequence in both languages; {@code blocksCompletion} when, left as it is, the trainee cannot complete. */
    record Consequence(boolean blocksCompletion, LocalizedText text) {}
}
