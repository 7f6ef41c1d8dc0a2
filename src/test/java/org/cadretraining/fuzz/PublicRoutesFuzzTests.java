package org.cadretraining.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Random bytes, paths and query strings sent to the routes anyone may reach (the news portal, sign-in, check-in,
 * certificate verification, the device API), through a real server and a raw socket so that nothing is cleaned
 * on the way: every answer is an answer, never a server error and never a hang. Seeded, so a failure can be
 * replayed with {@code -Dfuzz.seed=...}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicRoutesFuzzTests {

    private static final long SEED = Long.getLong("fuzz.seed", 20261206L);
    private static final int REQUESTS = 400;
    private static final List<String> GETS = List.of(
            "/news",
            "/news/search?q=",
            "/news/columns/",
            "/news/articles/",
            "/news/columns/x/feed.atom",
            "/sitemap.xml",
            "/login?",
            "/check-in?t=",
            "/check-in/",
            "/verify/",
            "/api/v1/cadres?q=",
            "/");
    private static final List<String> POSTS = List.of(
            "/login", "/api/v1/attendance/courses/1/scans", "/api/v1/imports", "/check-in", "/news/articles/1/views");
    private static final List<String> CONTENT_TYPES = List.of(
            "application/x-www-form-urlencoded",
            "application/json",
            "multipart/form-data; boundary=xyz",
            "text/plain; charset=gb18030",
            "application/json; charset=utf-16",
            "");
    private static final String[] PIECES = {
        "%00", "%", "%zz", "%C3%28", "%F0%9F%98", "..", "/", "//", ";jsessionid=x", "%2e%2e%2f", "?", "#", "&&=",
        "q=", "lang=xx", "page=-1", "page=99999999999", "size=0", "id=1e9", "\u00ff", "胡", "'", "\"", "<", "{", "\\"
    };

    @LocalServerPort
    int port;

    @Test
    void randomRequestsToPublicRoutesNeverGetAServerError() throws Exception {
        Random random = new Random(SEED);
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (int n = 0; n < REQUESTS; n++) {
            byte[] request = random.nextInt(3) == 0 ? post(random) : get(random);
            int status = send(request);
            assertThat(status)
                    .as("request %d (seed %d): %s", n, SEED, printable(request))
                    .isBetween(200, 499);
            seen.add(status);
        }
        // the requests reached the application's pages, not only the server's own refusals
        assertThat(seen).contains(200, 400);
    }

    private byte[] get(Random random) {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        target.writeBytes(GETS.get(random.nextInt(GETS.size())).getBytes(StandardCharsets.UTF_8));
        appendNoise(target, random);
        return request("GET", target.toByteArray(), null, new byte[0]);
    }

    private byte[] post(Random random) {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        target.writeBytes(POSTS.get(random.nextInt(POSTS.size())).getBytes(StandardCharsets.UTF_8));
        if (random.nextInt(3) == 0) {
            appendNoise(target, random);
        }
        byte[] body = new byte[random.nextInt(2_000)];
        if (random.nextBoolean()) {
            random.nextBytes(body);
        } else {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            while (text.size() < body.length) {
                text.writeBytes(PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
            }
            body = text.toByteArray();
        }
        return request("POST", target.toByteArray(), CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size())), body);
    }

    /** Pieces people and scanners put in addresses, and now and then raw bytes no client should send. */
    private static void appendNoise(ByteArrayOutputStream target, Random random) {
        int pieces = random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(4) == 0) {
                int b = random.nextInt(256);
                if (b != ' ' && b != '\r' && b != '\n') {
                    target.write(b);
                }
            } else {
                target.writeBytes(PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] request(String method, byte[] target, String contentType, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((method + " ").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(target);
        StringBuilder head = new StringBuilder(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        if (contentType != null) {
            if (!contentType.isEmpty()) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** The status of the answer; a connection the server closes without one counts as a refusal, not an error. */
    private int send(byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] line = new byte[12];
            int read = in.readNBytes(line, 0, line.length);
            if (read == 0) {
                return 400;
            }
            String status = new String(line, 0, read, StandardCharsets.US_ASCII);
            assertThat(status).startsWith("HTTP/1.1 ");
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    private static String printable(byte[] request) {
        String text = new String(request, 0, Math.min(request.length, 300), StandardCharsets.ISO_8859_1);
        StringBuilder shown = new StringBuilder();
        for (char c : text.toCharArray()) {
            shown.append(c >= ' ' && c < 0x7F ? String.valueOf(c) : "\\x%02x".formatted((int) c));
        }
        return shown.toString();
    }
}
