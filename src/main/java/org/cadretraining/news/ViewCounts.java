package org.cadretraining.news;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The views read from the proxy's log ({@link ProxyViewLog}), per article. A line counts when it is an answer the
 * application would have counted itself: {@code 200} or {@code 304} for an article page. Anything else (another
 * status, another path, a line garbled by hand) is passed over.
 */
final class ViewCounts {

    private static final Pattern VIEW = Pattern.compile("(200|304) /news/articles/(\\d{1,18})");

    private final Map<Long, long[]> views = new HashMap<>();

    /** Counts the whole lines among the first {@code length} bytes; returns where the last whole line ends. */
    int addLines(byte[] bytes, int length) {
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                add(new String(bytes, start, i - start, StandardCharsets.US_ASCII).strip());
                start = i + 1;
            }
        }
        return start;
    }

    private void add(String line) {
        Matcher view = VIEW.matcher(line);
        if (view.matches()) {
            views.computeIfAbsent(Long.parseLong(view.group(2)), id -> new long[1])[0]++;
        }
    }

    void write(JdbcClient jdbc) {
        if (views.isEmpty()) {
            return;
        }
        List<long[]> batch = new ArrayList<>();
        views.forEach((id, count) -> batch.add(new long[] {id, count[0]}));
        BrowseCounter.addStored(jdbc, batch);
    }
}
