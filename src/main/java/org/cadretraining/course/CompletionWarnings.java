package org.cadretraining.course;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * What another module sees wrong with completing a course now (no attendance recorded at all, say): the organiser
 * is told and must confirm before the course completes and its trainees are judged.
 */
public interface CompletionWarnings {

    List<MessageSourceResolvable> before(long courseId);
}
