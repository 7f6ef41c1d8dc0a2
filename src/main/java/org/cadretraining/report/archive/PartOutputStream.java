package org.cadretraining.report.archive;

import java.io.OutputStream;

/**
 * Writes a file into the database as it is produced, in parts of {@link #PART_SIZE} bytes, so that a large ZIP never
 * sits in memory whole and any node can read it back.
 */
final class PartOutputStream extends OutputStream {

    static final int PART_SIZE = 1024 * 1024;

    private final ArchiveJobs jobs;
    private final long jobId;
    private final String file;
    private final byte[] buffer = new byte[PART_SIZE];
    private int filled;
    private int parts;
    private long written;
    private boolean closed;

    PartOutputStream(ArchiveJobs jobs, long jobId, String file) {
        this.jobs = jobs;
        this.jobId = jobId;
        this.file = file;
    }

    @Override
    public void write(int b) {
        buffer[filled++] = (byte) b;
        written++;
        if (filled == PART_SIZE) {
            flushPart();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            int room = Math.min(length, PART_SIZE - filled);
            System.arraycopy(bytes, offset, buffer, filled, room);
            filled += room;
            written += room;
            offset += room;
            length -= room;
            if (filled == PART_SIZE) {
                flushPart();
            }
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (filled > 0) {
                flushPart();
            }
        }
    }

    long written() {
        return written;
    }

    private void flushPart() {
        jobs.writePart(jobId, file, parts++, buffer, filled);
        filled = 0;
    }
}
