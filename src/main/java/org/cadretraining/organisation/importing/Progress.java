package org.cadretraining.organisation.importing;

/**
 * Reports how many rows were checked, often enough for a bar that moves steadily (every twentieth of the rows, and
 * at least every 0.3 s), seldom enough not to slow the job down (at most a few dozen updates a job).
 */
final class Progress {

    /** How many even steps a phase is reported in, whatever the size of the file. */
    static final int STEPS = 20;

    private static final long EVERY_NANOS = 300_000_000L;

    private final ImportJobs jobs;
    private final long jobId;
    private final int step;
    private int nextStep;
    private long lastReport = System.nanoTime();

    Progress(ImportJobs jobs, long jobId, int totalRows) {
        this.jobs = jobs;
        this.jobId = jobId;
        this.step = Math.max(1, totalRows / STEPS);
        this.nextStep = step;
    }

    void checked(int rows, ProblemLog problems) {
        long now = System.nanoTime();
        if (rows >= nextStep || now - lastReport >= EVERY_NANOS) {
            lastReport = now;
            while (nextStep <= rows) {
                nextStep += step;
            }
            jobs.checked(jobId, rows, problems.count());
        }
    }

    /** How many rows to write in one portion so that writing, too, moves in about {@link #STEPS} even steps. */
    static int rowsPerWritingStep(int totalRows, int fewest, int most) {
        return Math.clamp(totalRows / STEPS, fewest, most);
    }
}
