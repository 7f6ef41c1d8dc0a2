package org.cadretraining.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.cadretraining.support.TwoNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes on one database, each with the same schedule: a sweep that must run once across nodes runs on the node
 * that comes first, and the other node, coming within the job's interval, skips it.
 */
class ScheduledOnceAcrossNodesTests {

    private static TwoNodes nodes;

    @BeforeAll
    static void start() throws Exception {
        nodes = TwoNodes.start();
    }

    @AfterAll
    static void stop() throws Exception {
        nodes.close();
    }

    @Test
    void theSweepOfOldSignInFailuresRunsOnceAcrossNodes() {
        failedLongAgo("first-sweep");
        nodes.first.getBean(SignInAlerts.class).forgetOldFailures();
        assertThat(failures("first-sweep")).as("the first node ran the sweep").isZero();

        failedLongAgo("second-sweep");
        nodes.second.getBean(SignInAlerts.class).forgetOldFailures();
        assertThat(failures("second-sweep"))
                .as("the second node skipped it: it ran once in its interval")
                .isEqualTo(1);
        assertThat(jdbc().sql("select count(*) from shedlock where name = 'sign-in-failures-forgotten'"
                                + " and lock_until > now()")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theSweepOfFullSignInBucketsRunsOnceAcrossNodes() {
        bucketExpired("first-sweep");
        nodes.second.getBean(SignInLimits.class).removeFullBuckets();
        assertThat(buckets("first-sweep")).as("the second node ran the sweep").isZero();

        bucketExpired("second-sweep");
        nodes.first.getBean(SignInLimits.class).removeFullBuckets();
        assertThat(buckets("second-sweep"))
                .as("the first node skipped it: it ran once in its interval")
                .isEqualTo(1);
    }

    private static void failedLongAgo(String username) {
        jdbc().sql("insert into login_failure (username, remote_address, failed_at) values (?, '10.0.0.1', ?)")
                .params(username, Timestamp.from(Instant.now().minus(Duration.ofDays(40))))
                .update();
    }

    private static int failures(String username) {
        return jdbc().sql("select count(*) from login_failure where username = ?")
                .param(username)
                .query(Integer.class)
                .single();
    }

    private static void bucketExpired(String key) {
        jdbc().sql("insert into sign_in_bucket (id, state, expires_at) values (?, ?, ?)")
                .params(
                        key,
                        new byte[] {1},
                        Instant.now().minus(Duration.ofHours(1)).toEpochMilli())
                .update();
    }

    private static int buckets(String key) {
        return jdbc().sql("select count(*) from sign_in_bucket where id = ?")
                .param(key)
                .query(Integer.class)
                .single();
    }

    private static JdbcClient jdbc() {
        return nodes.first.getBean(JdbcClient.class);
    }
}
