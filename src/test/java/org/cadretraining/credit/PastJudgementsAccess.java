package org.cadretraining.credit;

import org.springframework.context.ApplicationContext;

/**
 * What tests and the compliance benchmark do with the past judgements beside the readers: keep them up as the
 * background does ({@link PastFolding#keepUp}). Lives beside it because it is not public.
 */
public final class PastJudgementsAccess {

    private PastJudgementsAccess() {}

    /**
     * Judges the kept years not judged by the current rules, and folds the marks, as the background does (waiting for
     * the background if it is at it).
     */
    public static void keepUp(ApplicationContext context) {
        context.getBean(PastFolding.class).keepUpWaiting();
    }

    /** Judges every kept year again, as after a load written without marks. */
    public static void rebuild(ApplicationContext context) {
        context.getBean(PastFolding.class).rebuild();
    }
}
