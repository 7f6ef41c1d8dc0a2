package org.cadretraining.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cadretraining.attendance.AttendanceSetup;
import org.cadretraining.course.CourseCompleted;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.course.site.Sites;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.leave.LeaveSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One course across New Year, completed with a trainee for each outcome: one who attended everything, one with
 * leave within the cap, one withdrawn for leave past it, one who missed a mandatory item, one short of 学时, one
 * without the reflection report, and one whose leave is past the cap without a withdrawal on record.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletionTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CourseSetup courses;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    AttendanceSetup attendance;

    @Autowired
    LeaveSetup leave;

    @Autowired
    Sites sites;

    @Autowired
    Clock clock;

    @Autowired
    CompletionRules rules;

    @Autowired
    Reflections reflections;

    @Autowired
    CompletionBook book;

    @Autowired
    Certificates certificates;

    @Autowired
    JdbcClient jdbc;

    CompletionFixture w;
    long allPresent;
    long onLeave;
    long withdrawn;
    long missedMandatory;
    long shortOfHours;
    long noReflection;
    long pastCapUnrecorded;

    // one course for all tests: building and completing it takes seconds, and no test changes a decision
    @BeforeAll
    void completedCourse() {
        w = new CompletionFixture(directory, courses, enrolment, attendance, sites, clock);
        allPresent = w.trainee("全勤");
        onLeave = w.trainee("请假");
        withdrawn = w.trainee("退学");
        missedMandatory = w.trainee("缺必修");
        shortOfHours = w.trainee("学时不足");
        noReflection = w.trainee("未交心得");
        pastCapUnrecorded = w.trainee("旧假");
        rules.requireReflection(w.courseId, true, TestPrincipal.organiser());
        w.begin();

        w.attendsAllBut(allPresent);
        // the optional discussion of day 2: 3 学时, within the cap of 24 / 7 = 3.43
        leave.approvedLeave(w.courseId, onLeave, List.of(w.items.get(3)), "家中有事");
        w.attendsAllBut(onLeave, 3);
        // all of day 2: 6 学时, past the cap
        leave.approvedLeave(w.courseId, withdrawn, List.of(w.items.get(2), w.items.get(3)), "出差");
        w.attendsAllBut(withdrawn, 2, 3);
        w.attendsAllBut(missedMandatory, 6);
        // the three mandatory items, and one lecture left after 58 minutes of 180 (short of 75%)
        w.attends(shortOfHours, 0);
        w.attends(shortOfHours, 1);
        w.attends(shortOfHours, 6);
        w.attends(shortOfHours, 2, 2, -120);
        w.attendsAllBut(noReflection);
        leaveRecordedBeforeTheCapRule(pastCapUnrecorded, "6.00");
        w.attendsAllBut(pastCapUnrecorded, 2, 3);
        // the withdrawn trainee (退学) may hand in none, and owes none
        for (long cadre : List.of(allPresent, onLeave, missedMandatory, shortOfHours, pastCapUnrecorded)) {
            reflections.submit(w.courseId, cadre, "学习体会：坚定理想信念。", true, TestPrincipal.cadre(cadre));
        }

        w.complete();
    }

    @Test
    void completionIsDecidedForEveryTraineeWithEveryReasonForNotCompleting() {
        Map<Long, CompletionBook.Recorded> decided = book.ofCourse(w.courseId);

        assertThat(decided).hasSize(7);
        assertThat(decided.get(allPresent).completed()).isTrue();
        assertThat(decided.get(allPresent).credited()).isEqualTo(CreditHours.of("24"));
        assertThat(decided.get(onLeave).completed()).isTrue();
        assertThat(decided.get(onLeave).credited()).isEqualTo(CreditHours.of("21"));
        assertThat(decided.get(onLeave).leave()).isEqualTo(CreditHours.of("3"));

        assertThat(reasons(withdrawn)).containsExactly("WITHDRAWN");
        assertThat(decided.get(withdrawn).reasons().getFirst().zh())
                .isEqualTo("已退学：请假 6.00 学时，超过课程 24.00 学时的 1/7 (3.42)");
        assertThat(reasons(missedMandatory)).containsExactly("MANDATORY_MISSED");
        assertThat(decided.get(missedMandatory).reasons().getFirst().en())
                .contains("Missed a mandatory item: 2 Jan 08:30–11:30");
        assertThat(reasons(shortOfHours)).containsExactly("SHORT_OF_HOURS");
        assertThat(decided.get(shortOfHours).reasons().getFirst().zh()).isEqualTo("认定学时 9.00，未达到规定的 18.00 学时");
        assertThat(reasons(noReflection)).containsExactly("NO_REFLECTION");
        assertThat(reasons(pastCapUnrecorded)).containsExactly("LEAVE_PAST_CAP");
    }

    @Test
    void completersGetOneLedgerEntryPerCreditedItemExplainedAndSplitByYear() {
        List<Map<String, Object>> entries =
                jdbc.sql("""
                        select year, sum(hours) as hours, count(*) as n from credit_entry
                        where cadre_id = ? and course_id = ? group by year order by year
                        """).params(allPresent, w.courseId).query().listOfRows();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).containsEntry("year", 2023).containsEntry("n", 4L);
        assertThat((BigDecimal) entries.get(0).get("hours")).isEqualByComparingTo("12");
        assertThat(entries.get(1)).containsEntry("year", 2024).containsEntry("n", 4L);

        Map<String, Object> fieldStudy = jdbc.sql("""
                        select source, category, source_ref, explanation_zh, explanation_en from credit_entry
                        where cadre_id = ? and source_ref = ?
                        """)
                .params(allPresent, "agenda-item:" + w.items.get(1))
                .query()
                .singleRow();
        assertThat(fieldStudy).containsEntry("source", "COURSE").containsEntry("category", "FULL_TIME");
        assertThat(fieldStudy.get("explanation_zh"))
                .isEqualTo("12月30日下午，现场教学：塔山阻击战纪念馆：出席 14:02–17:10；按“半天 = 3 学时”计 3 学时");
        assertThat(fieldStudy.get("explanation_en"))
                .isEqualTo("30 Dec afternoon, Field study: Tashan Blocking Battle Memorial Hall: present 14:02–17:10; "
                        + "3 credit hours by the rule 'half day = 3'");

        // items the trainee was on leave from earn nothing; those who did not complete get no entries at all
        assertThat(entryCount(onLeave)).isEqualTo(7);
        for (long cadre : List.of(withdrawn, missedMandatory, shortOfHours, noReflection, pastCapUnrecorded)) {
            assertThat(entryCount(cadre)).as("entries of a non-completer").isZero();
        }
    }

    @Test
    void onlyCompletersReceiveCertificatesNumberedWithoutGapsInTheYearTheCourseEnds() {
        List<Certificates.Certificate> issued = certificates.ofCourse(w.courseId).stream()
                .filter(c -> c.cadreId() == allPresent || c.cadreId() == onLeave)
                .toList();

        assertThat(issued).extracting(Certificates.Certificate::cadreId).containsExactlyInAnyOrder(allPresent, onLeave);
        assertThat(issued).allSatisfy(certificate -> {
            assertThat(certificate.serial()).matches("2024-\\d{4}");
            assertThat(certificate.verificationCode())
                    .hasSizeGreaterThanOrEqualTo(20)
                    .doesNotContain(certificate.serial());
        });
        int first = Integer.parseInt(issued.get(0).serial().substring(5));
        assertThat(issued.get(1).serial()).isEqualTo("2024-%04d".formatted(first + 1));
        assertThat(jdbc.sql("select max(number) = count(*) from certificate where year = 2024")
                        .query(Boolean.class)
                        .single())
                .as("numbers of a year have no gaps")
                .isTrue();
        assertThat(issued.get(0).hours()).isEqualTo(CreditHours.of("24"));
    }

    @Test
    void aNumberTakenByATransactionThatRollsBackIsGivenToTheNextCertificateAndConcurrentIssuesNeverShareOne()
            throws Exception {
        // a course of its own, with completions recorded straight away, so the shared course keeps its decisions
        CompletionFixture other = new CompletionFixture(directory, courses, enrolment, attendance, sites, clock);
        List<Long> completers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long cadre = other.cadre("补发 " + i, other.unit);
            jdbc.sql("""
                            insert into course_completion (course_id, cadre_id, completed, credited_hours,
                                                           leave_hours, decided_at)
                            values (?, ?, true, 24, 0, now())
                            """).params(other.courseId, cadre).update();
            completers.add(cadre);
        }
        var template = new org.springframework.transaction.support.TransactionTemplate(transactions);
        String rolledBack = template.execute(status -> {
            String serial =
                    certificates.issue(other.courseId, completers.get(0), 2024).serial();
            status.setRollbackOnly();
            return serial;
        });
        assertThat(certificates.issue(other.courseId, completers.get(0), 2024).serial())
                .isEqualTo(rolledBack);

        var pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            List<java.util.concurrent.Future<String>> serials = new java.util.ArrayList<>();
            for (long cadre : completers.subList(1, 6)) {
                serials.add(pool.submit(
                        () -> certificates.issue(other.courseId, cadre, 2024).serial()));
            }
            java.util.Set<String> distinct = new java.util.TreeSet<>();
            for (var serial : serials) {
                distinct.add(serial.get());
            }
            assertThat(distinct).hasSize(5);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select max(number) = count(*) from certificate where year = 2024")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void noCertificateIsEverIssuedWhenTheRuleFails() {
        for (long cadre : List.of(withdrawn, missedMandatory, shortOfHours, noReflection, pastCapUnrecorded)) {
            assertThatThrownBy(() -> certificates.issue(w.courseId, cadre, 2024))
                    .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.messageKey())
                            .isEqualTo("completion.certificate.notCompleted"));
        }
        assertThat(certificates.ofCourse(w.courseId))
                .extracting(Certificates.Certificate::cadreId)
                .doesNotContain(withdrawn, missedMandatory, shortOfHours, noReflection, pastCapUnrecorded);
    }

    @Test
    void revokingKeepsTheCertificateAndSaysWhyButNeedsAReasonAndAnOrganiser() {
        Certificates.Certificate certificate = certificates.ofCourse(w.courseId).stream()
                .filter(c -> c.cadreId() == allPresent)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> certificates.revoke(certificate.id(), " ", TestPrincipal.organiser()))
                .hasMessage("completion.revoke.reasonRequired");
        assertThatThrownBy(() -> certificates.revoke(certificate.id(), "无", TestPrincipal.cadre(allPresent)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.kind())
                        .isEqualTo(DomainException.Kind.FORBIDDEN));

        certificates.revoke(certificate.id(), "考勤记录有误", TestPrincipal.organiser());

        Certificates.Certificate revoked = certificates.byId(certificate.id()).orElseThrow();
        assertThat(revoked.valid()).isFalse();
        assertThat(revoked.revocationReason()).isEqualTo("考勤记录有误");
        assertThat(revoked.serial()).isEqualTo(certificate.serial());
    }

    @Test
    void aSecondCompletedEventChangesNothing() {
        int entries = entryCount(allPresent);

        events.publishEvent(new CourseCompleted(w.courseId));

        assertThat(book.ofCourse(w.courseId)).hasSize(7);
        assertThat(entryCount(allPresent)).isEqualTo(entries);
        assertThat(certificates.ofCourse(w.courseId))
                .extracting(Certificates.Certificate::cadreId)
                .doesNotContain(withdrawn, missedMandatory, shortOfHours, noReflection, pastCapUnrecorded);
    }

    private List<String> reasons(long cadreId) {
        return jdbc.sql("select code from course_completion_reason where course_id = ? and cadre_id = ? order by id")
                .params(w.courseId, cadreId)
                .query(String.class)
                .list();
    }

    private int entryCount(long cadreId) {
        return jdbc.sql("select count(*) from credit_entry where cadre_id = ? and course_id = ?")
                .params(cadreId, w.courseId)
                .query(Integer.class)
                .single();
    }

    /**
     * Leave approved past the cap with no withdrawal on record, as imported from an older system: the rule still
     * refuses completion. Written straight into leave's tables because the leave module always withdraws.
     */
    private void leaveRecordedBeforeTheCapRule(long cadreId, String hours) {
        long id = jdbc.sql("""
                        insert into leave_request (course_id, cadre_id, reason, status, hours, requested_at,
                                                   requested_by, decided_at, decided_by)
                        values (?, ?, '旧系统导入', 'APPROVED', ?, ?, 'import', ?, 'import') returning id
                        """)
                .params(
                        w.courseId,
                        cadreId,
                        new BigDecimal(hours),
                        Timestamp.from(Instant.EPOCH),
                        Timestamp.from(Instant.EPOCH))
                .query(Long.class)
                .single();
        for (int index : new int[] {2, 3}) {
            jdbc.sql("insert into leave_request_item (request_id, agenda_item_id) values (?, ?)")
                    .params(id, w.items.get(index))
                    .update();
        }
    }
}
