package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Nominations sent at the same moment from many threads, against the real database. */
@SpringBootTest
@AutoConfigureMockMvc
class ConcurrentNominationTests {

    static final int NOMINATIONS = 30;

    @Autowired
    EnrolmentStore store;

    @Autowired
    Quotas quotas;

    @Autowired
    Nominations nominations;

    @Autowired
    WaitingList waitingList;

    @Autowired
    DirectEnrolments direct;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    EnrolmentFixture world;

    @BeforeEach
    void world() {
        world = new EnrolmentFixture(directory, jdbc);
    }

    @Test
    void thirtyParallelNominationsAgainstAQuotaOfFiveAcceptExactlyFive() throws Exception {
        long course = world.course(LocalDate.of(2031, 5, 10), LocalDate.of(2031, 5, 12), 40);
        quotas.allocate(course, world.schoolA, 5, world.organiser);
        List<Outcome> outcomes = nominateAtOnce(course, world.schoolA, NOMINATIONS);

        assertThat(outcomes.stream().filter(o -> o == Outcome.NOMINATED)).hasSize(5);
        assertThat(outcomes.stream().filter(o -> o == Outcome.QUOTA_FULL)).hasSize(NOMINATIONS - 5);
        assertThat(countLive(course)).isEqualTo(5);
    }

    @Test
    void parallelNominationsOfTwoUnitsNeverExceedTheCapacityTheRestWait() throws Exception {
        long course = world.course(LocalDate.of(2031, 6, 10), LocalDate.of(2031, 6, 12), 6);
        quotas.allocate(course, world.schoolA, 3, world.organiser);
        quotas.allocate(course, world.schoolB, 3, world.organiser);
        // the organiser already filled two places directly, so only four are left for six quota places
        direct.enrol(course, world.cadre("直接一", world.committee), CourseRole.PARTICIPANT, world.organiser);
        direct.enrol(course, world.cadre("直接二", world.committee), CourseRole.PARTICIPANT, world.organiser);

        List<Outcome> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(20)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                boolean ofA = i % 2 == 0;
                long cadre = world.cadre("并发" + i, ofA ? world.schoolA : world.schoolB);
                futures.add(threads.submit(() -> attempt(start, course, cadre, ofA ? world.liaisonA : world.liaisonB)));
            }
            start.countDown();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
        }
        assertThat(store.placesTaken(course)).isEqualTo(6);
        assertThat(outcomes.stream().filter(o -> o == Outcome.NOMINATED)).hasSize(4);
        assertThat(outcomes.stream().filter(o -> o == Outcome.WAITLISTED)).hasSize(2);
        assertThat(outcomes.stream().filter(o -> o == Outcome.QUOTA_FULL)).hasSize(14);
    }

    enum Outcome {
        NOMINATED,
        WAITLISTED,
        QUOTA_FULL,
        OTHER
    }

    private List<Outcome> nominateAtOnce(long course, long unitId, int count) throws Exception {
        List<Long> cadres = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cadres.add(world.cadre("并发" + i, unitId));
        }
        List<Outcome> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(count)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (long cadre : cadres) {
                futures.add(threads.submit(() -> attempt(start, course, cadre, world.liaisonA)));
            }
            start.countDown();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
        }
        return outcomes;
    }

    private Outcome attempt(CountDownLatch start, long course, long cadre, org.cadretraining.shared.CurrentUser liaison)
            throws InterruptedException {
        start.await();
        try {
            Enrolment enrolment = nominations.nominate(course, cadre, liaison);
            return enrolment.status() == EnrolmentStatus.WAITLISTED ? Outcome.WAITLISTED : Outcome.NOMINATED;
        } catch (DomainException refusal) {
            return refusal.messageKey().equals("enrolment.refused.quotaFull") ? Outcome.QUOTA_FULL : Outcome.OTHER;
        }
    }

    private int countLive(long course) {
        return jdbc.sql("select count(*) from enrolment where course_id = ? and status in ('NOMINATED', 'WAITLISTED')")
                .param(course)
                .query(Integer.class)
                .single();
    }
}
