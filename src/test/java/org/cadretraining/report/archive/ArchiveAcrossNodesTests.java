package org.cadretraining.report.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TwoNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes on one database, as behind a load balancer without stickiness: the archive asked for on one node is
 * built there, and the other node reports the job's progress to its end and serves the finished ZIP, read from the
 * database part by part.
 */
class ArchiveAcrossNodesTests {

    private static final String PASSWORD = "Archive across nodes 2026";

    private static TwoNodes nodes;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        nodes = TwoNodes.start(new Class<?>[] {AccountWebTest.Support.class});
    }

    @AfterAll
    static void stop() throws Exception {
        nodes.close();
    }

    @Test
    void theArchiveAskedForOnOneNodeIsFollowedAndDownloadedOnTheOther() throws Exception {
        ConfigurableApplicationContext first = nodes.first;
        ArchiveWorld world = new ArchiveWorld(
                first.getBean(OrganisationDirectory.class),
                first.getBean(JdbcClient.class),
                first.getBean(Lecturers.class));
        first.getBean(TestAccounts.class).ready("archivist", PASSWORD, Role.ORGANISER);
        String jobs = "/api/v1/courses/" + world.branchCourse + "/archive/jobs";

        HttpResponse<String> started = send(first, jobs, "POST");
        assertThat(started.statusCode()).isEqualTo(202);
        Number id = JsonPath.read(started.body(), "$.id");

        List<Integer> seen = new ArrayList<>();
        String status = "QUEUED";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!status.equals("DONE") && !status.equals("FAILED") && System.nanoTime() < deadline) {
            HttpResponse<String> progress = send(nodes.second, jobs + "/" + id, "GET");
            assertThat(progress.statusCode()).isEqualTo(200);
            status = JsonPath.read(progress.body(), "$.status");
            seen.add(JsonPath.read(progress.body(), "$.percent"));
            Thread.sleep(50);
        }
        assertThat(status).isEqualTo("DONE");
        assertThat(seen.getLast()).isEqualTo(100);
        assertThat(seen).isSorted();

        HttpResponse<byte[]> zip = http.send(
                request(nodes.second, jobs + "/" + id + "/zip", "GET"), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        assertThat(names)
                .contains(
                        "course-" + world.branchCourse + "-archive.pdf",
                        "materials/002-讲义.pdf",
                        "photos/003-opening.jpg");
    }

    private HttpResponse<String> send(ConfigurableApplicationContext node, String path, String method)
            throws Exception {
        return http.send(request(node, path, method), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(ConfigurableApplicationContext node, String path, String method) {
        String basic = Base64.getEncoder().encodeToString(("archivist:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(TwoNodes.base(node) + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + basic)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
    }
}
