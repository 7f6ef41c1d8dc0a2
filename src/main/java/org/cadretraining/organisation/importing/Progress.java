package org.cadretraining.organisation.importing;

/** Reports how many rows were checked, often enough for a live bar, seldom enough not to slow the job down. */
final class Progress {

    private static final long EVERY_NANOS = 300_000_000L;

    private final ImportJobs jobs;
    private final long jobId;
    private long lastReport = System.nanoTime();

    Progress(ImportJobs jobs, long jobId) {
        this.jobs = jobs;
        this.jobId = jobId;
    }

    void checked(int rows, ProblemLog problems) {
        long now = System.nanoTime();
        if (now - lastReport >= EVERY_NANOS) {
            lastReport = now;
            jobs.checked(jobId, rows, problems.count());
        }
    }
}
