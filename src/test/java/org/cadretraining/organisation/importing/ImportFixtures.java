package org.cadretraining.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds what the import tests stand on: a unit tree four levels deep with codes unique to each test (tests share
 * one database), file submissions, and waiting for a job to finish.
 */
class ImportFixtures {

    private static final AtomicInteger TREES = new AtomicInteger();

    /** Codes of a tree: root, its two children, and a grandchild and great-grandchild under the first child. */
    record Tree(String prefix, String root, String left, String right, String leftChild, String leftGrandchild) {}

    private final OrganisationDirectory directory;
    private final ImportDesk desk;
    private final ImportJobs jobs;
    private final JdbcClient jdbc;

    static ImportFixtures of(org.springframework.context.ApplicationContext context) {
        return new ImportFixtures(
                context.getBean(OrganisationDirectory.class),
                context.getBean(ImportDesk.class),
                context.getBean(ImportJobs.class),
                context.getBean(JdbcClient.class));
    }

    ImportFixtures(OrganisationDirectory directory, ImportDesk desk, ImportJobs jobs, JdbcClient jdbc) {
        this.directory = directory;
        this.desk = desk;
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    Tree tree() {
        String p = "T" + TREES.incrementAndGet() + "-";
        Tree tree = new Tree(p, p + "ROOT", p + "LEFT", p + "RIGHT", p + "LEFT-1", p + "LEFT-1-1");
        long root = unit(tree.root(), "学校" + p, UnitKind.PARTY_COMMITTEE, null);
        long left = unit(tree.left(), "左" + p, UnitKind.DEPARTMENT, root);
        unit(tree.right(), "右" + p, UnitKind.SCHOOL, root);
        long leftChild = unit(tree.leftChild(), "左一" + p, UnitKind.DEPARTMENT, left);
        unit(tree.leftGrandchild(), "左一一" + p, UnitKind.OTHER, leftChild);
        return tree;
    }

    long unitId(String code) {
        return directory.unitIdByCode(code).orElseThrow();
    }

    private long unit(String code, String name, UnitKind kind, Long parent) {
        return directory.registerUnit(new UnitDetails(code, new LocalizedText(name, code), kind, parent, true));
    }

    ImportJob submit(String kind, String fileName, byte[] content, CurrentUser user) throws IOException {
        return desk.submit(kind, fileName, content.length, new ByteArrayResource(content), user);
    }

    /** Submits a file and waits for its job to end. */
    ImportJob run(String kind, String fileName, byte[] content, CurrentUser user) throws IOException {
        return awaitEnd(submit(kind, fileName, content, user).id());
    }

    ImportJob awaitEnd(long jobId) {
        for (int attempt = 0; attempt < 1200; attempt++) {
            ImportJob job = jobs.find(jobId).orElseThrow();
            if (job.finished()) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + jobId + " did not finish");
    }

    int count(String sql, Object... params) {
        Integer count = jdbc.sql(sql).params(params).query(Integer.class).single();
        assertThat(count).isNotNull();
        return count;
    }
}
