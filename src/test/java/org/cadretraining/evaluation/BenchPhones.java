package org.cadretraining.evaluation;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evaluation benchmark's phones: each trainee signed in on a session of their own, as the phone's browser signs
 * in, with the answering page opened once for its CSRF token, and the form the phone will send.
 */
final class BenchPhones {

    /** A signed-in phone: its cookies, its CSRF token and the questionnaire's form it sends. */
    record Phone(String cookies, String csrf, String form) {}

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private BenchPhones() {}

    /** The answers of trainee {@code i}, by kind as {@link BenchQuestionnaire#KINDS} orders them. */
    private static String form(int i, String csrf) {
        StringBuilder form = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        for (int q = 0; q < BenchQuestionnaire.KINDS.size(); q++) {
            switch (BenchQuestionnaire.KINDS.get(q)) {
                case RATING, SATISFACTION ->
                    form.append("&q").append(q).append('=').append(1 + (i + q) % 5);
                case SINGLE_CHOICE -> form.append("&q").append(q).append('=').append((i + q) % 4);
                case MULTIPLE_CHOICE ->
                    form.append("&q").append(q).append("=0&q").append(q).append("=2");
                case FREE_TEXT ->
                    form.append("&q")
                            .append(q)
                            .append('=')
                            .append(URLEncoder.encode("建议多安排现场教学 " + i, StandardCharsets.UTF_8));
            }
        }
        return form.toString();
    }

    /**
     * Signs {@code n} trainees in ({@code prefix} and their number are their usernames) and opens the answering page
     * on each session, where the phone gets its CSRF token.
     */
    static List<Phone> signIn(String base, String answerPage, String prefix, int n) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Phone[] phones = new Phone[n];
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < n; i++) {
                int index = i;
                pool.submit(() -> {
                    Map<String, String> jar = signIn(http, base, prefix + index);
                    HttpResponse<String> page = http.send(
                            HttpRequest.newBuilder(URI.create(answerPage))
                                    .header("Cookie", header(jar))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    keep(jar, page);
                    String csrf = csrf(page.body());
                    phones[index] = new Phone(header(jar), csrf, form(index, csrf));
                    return null;
                });
            }
        }
        for (Phone phone : phones) {
            if (phone == null) {
                throw new IllegalStateException("A phone could not sign in or open the answering page");
            }
        }
        return List.of(phones);
    }

    /** Signs in as the phone's browser would; the cookies it then holds (the session, the CSRF token's). */
    private static Map<String, String> signIn(HttpClient http, String base, String username) throws Exception {
        Map<String, String> jar = new LinkedHashMap<>();
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        keep(jar, form);
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Cookie", header(jar))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=benchmark&_csrf="
                                + URLEncoder.encode(csrf(form.body()), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in failed for " + username + ": " + location);
        }
        keep(jar, login);
        return jar;
    }

    /** Keeps the cookies the response sets (an empty value removes one). */
    private static void keep(Map<String, String> jar, HttpResponse<?> response) {
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.contains(";") ? set.substring(0, set.indexOf(';')) : set;
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals);
            String value = pair.substring(equals + 1);
            if (value.isEmpty()) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        }
    }

    private static String header(Map<String, String> jar) {
        return jar.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return token.group(1);
    }
}
