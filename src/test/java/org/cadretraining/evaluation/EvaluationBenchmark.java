package org.cadretraining.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.cadretraining.evaluation.BenchPhones.Phone;

/**
 * The load client of the evaluation benchmark, in a process of its own ({@link EvaluationBenchServer} runs the
 * application): every trainee, signed in on their own session, submits the 20-question questionnaire once, as the
 * phone's form does ({@code POST /courses/{id}/evaluation/answer} with the session's CSRF token; the answer is a
 * redirect to the thank-you page, which is not followed). Sign-in and opening the answering page are done before
 * any clock starts. Rounds, each on an emptied questionnaire ({@code /reset}):
 *
 * <ul>
 *   <li>warm-up rounds in a closed loop, until the server's JIT compiler is quiet;
 *   <li>open loop: the trainees arrive at a fixed rate that spreads them over {@code bench.open-loop-seconds} (50 s:
 *       2,000 in under a minute), each latency measured from the arrival, so a queue in the server cannot hide;
 *   <li>closed loop: {@code clients} trainees submit at once, each taking the next as soon as its answer came.
 * </ul>
 *
 * After each measured round it checks in the database that exactly one answered-mark per trainee and 20 answers per
 * response are stored, none twice; then asks the server's {@code /results} hook. Prints throughput, p50, p99, max.
 * Run by {@code bench/evaluation/run.sh}, never by the build (the class name matches no test pattern).
 */
public final class EvaluationBenchmark {

    private static final int MOST_WARM_UPS = Integer.getInteger("bench.most-warm-ups", 8);
    private static final int OPEN_LOOP_SECONDS = Integer.getInteger("bench.open-loop-seconds", 50);

    private static final CloseableHttpClient LOAD = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(2000)
                    .setMaxConnPerRoute(2000)
                    .build())
            .disableCookieManagement()
            .disableRedirectHandling()
            .disableAutomaticRetries()
            .build();

    private static BenchControl control;

    /** What the client saw of the first submission that was not taken: the status and address, or the exception. */
    private static final AtomicReference<String> FIRST_FAILURE = new AtomicReference<>();

    private EvaluationBenchmark() {}

    public static void main(String[] args) throws Exception {
        Properties fixture = new Properties();
        try (var reader = Files.newBufferedReader(Path.of(args[0]))) {
            fixture.load(reader);
        }
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        String base = fixture.getProperty("base");
        control = new BenchControl(fixture.getProperty("control"));
        long courseId = Long.parseLong(fixture.getProperty("course"));
        int trainees = Integer.parseInt(fixture.getProperty("trainees"));
        int questions = Integer.parseInt(fixture.getProperty("questions"));
        String answerPage = base + "/courses/" + courseId + "/evaluation/answer";

        long started = System.nanoTime();
        List<Phone> phones = BenchPhones.signIn(base, answerPage, fixture.getProperty("prefix"), trainees);
        System.out.printf(
                "Signed in and opened the answering page on %,d phones in %.1f s.%n%n",
                trainees, (System.nanoTime() - started) / 1e9);

        String loadBefore = BenchRound.loadAverage();
        List<BenchRound> rounds = new ArrayList<>();
        int quiet = 0;
        for (int n = 1; n <= MOST_WARM_UPS && quiet < 2; n++) {
            BenchRound warm = closedLoop("closed loop, warm-up " + n, answerPage, phones, clients);
            rounds.add(warm.checked(control.count(), trainees, questions));
            quiet = warm.jitMillis() < warm.seconds() * 100 ? quiet + 1 : 0;
        }
        double rate = (double) trainees / OPEN_LOOP_SECONDS;
        rounds.add(openLoop(
                        "**open loop: %.1f arrivals a second (%,d within %d s), latency from arrival**"
                                .formatted(rate, trainees, OPEN_LOOP_SECONDS),
                        answerPage,
                        phones,
                        rate)
                .checked(control.count(), trainees, questions));
        rounds.add(closedLoop("**closed loop: " + clients + " trainees at once**", answerPage, phones, clients)
                .checked(control.count(), trainees, questions));

        System.out.printf(
                "CPUs: %d, trainees: %,d, questions: %d, clients (closed loop): %d, JDK %s, load average before/after:"
                        + " %s / %s%n",
                Runtime.getRuntime().availableProcessors(),
                trainees,
                questions,
                clients,
                Runtime.version(),
                loadBefore,
                BenchRound.loadAverage());
        System.out.println(BenchRound.HEADER);
        rounds.forEach(r -> System.out.println(r.markdown()));
        String results = control.results();
        System.out.println();
        System.out.println("Results over 100,000 answers: " + results);
        boolean allGood = rounds.stream().allMatch(BenchRound::stored);
        if (FIRST_FAILURE.get() != null) {
            System.out.println("The first submission not taken: " + FIRST_FAILURE.get());
        }
        System.out.println(
                allGood
                        ? "OK: every round stored exactly " + trainees + " answered-marks and " + trainees + " × "
                                + questions + " answers, none twice."
                        : "FAILED: see the table.");
        System.exit(allGood ? 0 : 1);
    }

    private static BenchRound closedLoop(String name, String answerPage, List<Phone> phones, int clients)
            throws Exception {
        control.reset();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long[] before = control.stats();
        long began = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < phones.size(); i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        boolean ok = submit(answerPage, phones.get(i));
                        latencies.add(System.nanoTime() - t0);
                        if (!ok) {
                            failures.incrementAndGet();
                        }
                    }
                });
            }
        }
        return BenchRound.of(name, began, latencies, failures.get(), before, control.stats());
    }

    private static BenchRound openLoop(String name, String answerPage, List<Phone> phones, double perSecond)
            throws Exception {
        control.reset();
        AtomicInteger failures = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long[] before = control.stats();
        long began = System.nanoTime() + 50_000_000L;
        long gap = (long) (1e9 / perSecond);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < phones.size(); i++) {
                long arrival = began + i * gap;
                Phone phone = phones.get(i);
                pool.submit(() -> {
                    LockSupport.parkNanos(arrival - System.nanoTime());
                    boolean ok = submit(answerPage, phone);
                    latencies.add(System.nanoTime() - arrival);
                    if (!ok) {
                        failures.incrementAndGet();
                    }
                });
            }
        }
        return BenchRound.of(name, began, latencies, failures.get(), before, control.stats());
    }

    /** The phone's form sent once; true when the server took it (a redirect to the thank-you page). */
    private static boolean submit(String answerPage, Phone phone) {
        HttpPost request = new HttpPost(answerPage);
        request.setHeader("Cookie", phone.cookies());
        request.setEntity(new StringEntity(phone.form(), ContentType.APPLICATION_FORM_URLENCODED));
        try {
            return LOAD.execute(request, response -> {
                String location = response.getFirstHeader("Location") == null
                        ? ""
                        : response.getFirstHeader("Location").getValue();
                boolean taken = response.getCode() == 302 && location.endsWith("/evaluation/answer");
                if (!taken) {
                    FIRST_FAILURE.compareAndSet(null, "status " + response.getCode() + ", location '" + location + "'");
                }
                return taken;
            });
        } catch (java.io.IOException e) {
            FIRST_FAILURE.compareAndSet(null, e.toString());
            return false;
        }
    }
}
