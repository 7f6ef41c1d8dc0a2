package org.cadretraining.evaluation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/** The evaluation benchmark server's control port, as its load client uses it. */
record BenchControl(String base) {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) {
        try {
            return CLIENT.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("The benchmark server did not answer " + path, e);
        }
    }

    void reset() {
        get("/reset");
    }

    /** What is stored: see {@code EvaluationBenchServer.count}. */
    long[] count() {
        return Arrays.stream(get("/count").body().split(" "))
                .mapToLong(Long::parseLong)
                .toArray();
    }

    /** {server JVM CPU ms, GC ms, JIT ms} so far. */
    long[] stats() {
        return Arrays.stream(get("/stats").body().split(" "))
                .mapToLong(Long::parseLong)
                .toArray();
    }

    /** The results measurement's figure, or why there is none yet. */
    String results() {
        HttpResponse<String> answer = get("/results");
        return answer.statusCode() == 200 ? answer.body() : "not measured (" + answer.body() + ")";
    }
}
