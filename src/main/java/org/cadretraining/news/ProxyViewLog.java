package org.cadretraining.news;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the article views that the caching proxy in front of the nodes answered, from the log it writes of them
 * ({@code deploy/nginx/cadre-training.conf}: one line {@code "<status> <path>"} per view of an article page, a cached
 * answer or not). nginx answers most views from its cache for up to a second, so the nodes never see them; the proxy
 * tells the nodes it counts the views it passes on ({@link #COUNTED_BY_HEADER}), so none is counted twice.
 *
 * <p>Exactly once, whichever node reads: the counts and the position in the log reached are written in one
 * transaction, under the lock of the log's row, so a node that stops between reading and committing leaves the
 * position where it was, and two nodes never read the same lines (the second skips the round). A line not yet
 * ended (nginx writes in buffers) waits for the next round. When the log is rotated (renamed to {@code <log>.1} and
 * reopened by nginx), the rest of the old file is read from there before the new one.
 */
@Component
class ProxyViewLog {

    static final String COUNTED_BY_HEADER = "X-Views-Counted-By";
    static final String COUNTED_BY_PROXY = "proxy";

    private static final Logger log = LoggerFactory.getLogger(ProxyViewLog.class);

    private final Path file;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final int maxBytesPerRound;

    ProxyViewLog(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            @Value("${app.news.proxy-view-log:}") String file,
            @Value("${app.news.proxy-view-log-max-bytes:16777216}") int maxBytesPerRound) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.file = file.isBlank() ? null : Path.of(file).toAbsolutePath();
        this.maxBytesPerRound = maxBytesPerRound;
    }

    /** Reads what the proxy has logged since the last round, on whichever node gets there first. */
    @Scheduled(fixedDelayString = "${app.news.proxy-view-log-poll-ms:500}")
    void poll() {
        if (file == null) {
            return;
        }
        try {
            while (Boolean.TRUE.equals(transactions.execute(status -> readSome()))) {
                // a long log (after a pause) is read in rounds of at most maxBytesPerRound, each committed
            }
        } catch (RuntimeException failed) {
            log.warn("The proxy's view log {} could not be read this round: {}", file, failed.toString());
        }
    }

    /** One round: counts the lines since the position kept, and keeps the new one. True when more whole lines wait. */
    private boolean readSome() {
        Optional<ViewLogPosition> kept = jdbc.sql("""
                        select file_key, position from news_view_log where path = ? for update skip locked
                        """)
                .param(file.toString())
                .query((rs, n) -> new ViewLogPosition(rs.getString(1), rs.getLong(2)))
                .optional();
        if (kept.isEmpty()) {
            jdbc.sql("insert into news_view_log (path, file_key, position) values (?, '', 0) on conflict do nothing")
                    .param(file.toString())
                    .update();
            return false; // locked by another node, or just made: the next round reads
        }
        String key = fileKey(file);
        if (key == null) {
            return false; // not written yet
        }
        ViewCounts counts = new ViewCounts();
        long position = kept.get().position();
        if (!key.equals(kept.get().fileKey())) {
            finishRotated(kept.get(), counts);
            position = 0;
        }
        long[] read = read(file, position, counts);
        if (read[0] < position) {
            log.warn("The proxy's view log {} was cut to {} bytes; counting from its start", file, read[0]);
        }
        counts.write(jdbc);
        jdbc.sql("update news_view_log set file_key = ?, position = ? where path = ?")
                .params(key, read[0], file.toString())
                .update();
        return read[1] > 0;
    }

    /** Counts the rest of the file the position was kept for, now renamed {@code <log>.1}, if it is still there. */
    private void finishRotated(ViewLogPosition kept, ViewCounts counts) {
        if (kept.fileKey().isEmpty()) {
            return;
        }
        Path rotated = file.resolveSibling(file.getFileName() + ".1");
        if (kept.fileKey().equals(fileKey(rotated))) {
            long[] read = {kept.position(), 1};
            while (read[1] > 0) {
                read = read(rotated, read[0], counts);
            }
        } else {
            log.warn(
                    "The proxy's view log {} was replaced and the old one is not at {}: its last lines are lost",
                    file,
                    rotated);
        }
    }

    /**
     * Counts whole lines from {@code from} (from the start when the file is shorter: it was cut), at most
     * {@code maxBytesPerRound}. Returns the position after the last whole line counted, and 1 when the limit left more
     * to read (0 otherwise).
     */
    private long[] read(Path path, long from, ViewCounts counts) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            long start = size < from ? 0 : from;
            int length = (int) Math.min(size - start, maxBytesPerRound);
            ByteBuffer bytes = ByteBuffer.allocate(length);
            while (bytes.hasRemaining() && channel.read(bytes, start + bytes.position()) >= 0) {
                // read until full: a file channel may read less than asked
            }
            int end = counts.addLines(bytes.array(), bytes.position());
            // more to read now only when this round stopped at its limit; a line not yet ended waits for nginx
            return new long[] {start + end, size - start > length && end > 0 ? 1 : 0};
        } catch (NoSuchFileException gone) {
            return new long[] {from, 0};
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    /** The file's identity (device and inode on Linux), which a rename keeps and a new file does not share. */
    private static String fileKey(Path path) {
        try {
            Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            return key == null ? "" : key.toString();
        } catch (IOException absent) {
            return null;
        }
    }

    private record ViewLogPosition(String fileKey, long position) {}
}
