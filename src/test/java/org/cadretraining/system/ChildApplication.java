package org.cadretraining.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.cadretraining.Application;

/**
 * The whole application in a JVM of its own, so that a test can kill it, stop it with SIGTERM and watch it exit,
 * as a supervisor would. Its output goes to a file the test can read.
 */
final class ChildApplication implements AutoCloseable {

    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final int port;
    final Path log;
    final Process process;

    private ChildApplication(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static ChildApplication start(Path workDir, String... args) throws IOException {
        int port = freePort();
        // kept under target/ so that a failed run can be read afterwards
        Path logs = Files.createDirectories(Path.of("target", "child-applications"));
        Path log = Files.createTempFile(logs, "child-", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                Application.class.getName(),
                "--server.port=" + port,
                "--management.server.port=" + port));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ChildApplication(port, log, process);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until the readiness probe answers with the status, and says how long that took. */
    Duration awaitReadiness(int status, Duration patience) throws Exception {
        long started = System.nanoTime();
        awaitResponse("/actuator/health/readiness", response -> response.statusCode() == status, patience);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    void awaitResponse(String path, Predicate<HttpResponse<String>> wanted, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the application ended: " + output());
            }
            try {
                if (wanted.test(get(path))) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no wanted answer from " + path + " within " + patience + ": " + output());
    }

    /** The end of what the application wrote, short enough for a failure's message. */
    String output() throws IOException {
        String all = wholeOutput();
        return all.length() > 8000 ? all.substring(all.length() - 8000) : all;
    }

    /** Everything the application wrote: its last lines may be other threads' stack traces after the one sought. */
    String wholeOutput() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws Exception {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }
}
