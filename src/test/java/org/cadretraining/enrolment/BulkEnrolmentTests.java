package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.cadretraining.enrolment.BulkLine.Outcome;
import org.cadretraining.organisation.CadreFinder;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.DomainException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Enrolling many in one step, through the service, with courses shaped like those of real-courses.yaml. */
@SpringBootTest
class BulkEnrolmentTests {

    @Autowired
    BulkEnrolment bulk;

    @Autowired
    CadreFinder finder;

    @Autowired
    Quotas quotas;

    @Autowired
    DirectEnrolments direct;

    @Autowired
    EnrolmentStore store;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    EnrolmentFixture world;

    @BeforeEach
    void world() {
        world = new EnrolmentFixture(directory, jdbc);
    }

    /** The three-day online course for rural cadres: 123 took part; with 120 places, 3 must wait. */
    @Test
    void anOnlineCourseOf120PlacesTakes120Of123AndPutsThreeOnTheWaitingListInOrder() {
        long online = world.course(LocalDate.of(2031, 6, 14), LocalDate.of(2031, 6, 16), 120);
        List<Long> cadres = IntStream.rangeClosed(1, 123)
                .mapToObj(i -> world.cadre("乡村干部" + i, world.schoolB, "SECTION", "村干部", true))
                .toList();
        List<Wanted> wanted = cadres.stream().map(Wanted::chosen).toList();

        BulkReport preview = bulk.preview(online, wanted, null, null, world.organiser);
        assertThat(preview.enrolled()).isEqualTo(120);
        assertThat(preview.waitlisted()).isEqualTo(3);
        List<BulkLine> waiting = preview.lines().subList(120, 123);
        assertThat(waiting).extracting(BulkLine::outcome).containsOnly(Outcome.WAITLIST);
        assertThat(waiting).extracting(BulkLine::messageKey).containsOnly("enrolment.bulk.courseFull");
        assertThat(waiting)
                .extracting(BulkLine::arguments)
                .containsExactly(List.of(120, 1), List.of(120, 2), List.of(120, 3));
        assertThat(count(online)).isZero();

        BulkReport result = bulk.confirm(online, wanted, null, null, preview.token(), world.organiser);
        assertThat(result.written()).isTrue();
        assertThat(store.placesTaken(online)).isEqualTo(120);
        assertThat(store.waitingList(online))
                .extracting(Enrolment::cadreId)
                .containsExactlyElementsOf(cadres.subList(120, 123));
    }

    /** The two-month course for division-level cadres: everyone of county/division rank in the unit, at once. */
    @Test
    void fortyCadresChosenByRankAreEnrolledInOneStep() {
        long twoMonths = world.course(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 4, 30), 70);
        for (int i = 1; i <= 40; i++) {
            world.cadre("处级干部" + i, i % 2 == 0 ? world.schoolA : world.departmentOfA, "COUNTY", "", true);
        }
        world.cadre("科级干部", world.schoolA, "SECTION", "", true);
        world.cadre("退休处级干部", world.schoolA, "COUNTY", "", false);

        List<Wanted> chosen = finder.find(new CadreFinder.Filter(world.committee, Set.of("COUNTY"), Set.of())).stream()
                .map(c -> Wanted.chosen(c.id()))
                .toList();
        assertThat(chosen).hasSize(40);
        BulkReport result = bulk.confirm(twoMonths, chosen, CourseRole.PARTICIPANT, null, null, world.organiser);

        assertThat(result.enrolled()).isEqualTo(40);
        assertThat(store.ofCourse(twoMonths))
                .hasSize(40)
                .extracting(Enrolment::status)
                .containsOnly(EnrolmentStatus.APPROVED);
    }

    /** Set-based all the way: 2,000 cadres of a rank take one lookup, one clash query and one batch of inserts. */
    @Test
    void twoThousandCadresChosenByRankAreEnrolledInOneStep() {
        long course = world.course(LocalDate.of(2031, 10, 8), LocalDate.of(2031, 10, 10), 2000);
        jdbc.sql("""
                        insert into cadre (staff_number, name, unit_id, rank_code, category)
                        select ? || 'K' || n, '科员' || n, ?, 'STAFF', '' from generate_series(1, 2000) n
                        """).params(world.prefix, world.schoolB).update();
        long started = System.nanoTime();
        List<Wanted> chosen = finder.find(new CadreFinder.Filter(world.schoolB, Set.of("STAFF"), Set.of())).stream()
                .map(c -> Wanted.chosen(c.id()))
                .toList();
        BulkReport preview = bulk.preview(course, chosen, null, null, world.organiser);
        BulkReport result = bulk.confirm(course, chosen, null, null, preview.token(), world.organiser);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("bulk enrolment of 2,000 cadres: find + preview + confirm in %d ms%n", millis);

        assertThat(result.written()).isTrue();
        assertThat(store.placesTaken(course)).isEqualTo(2000);
    }

    @Test
    void thePreviewRefusesWhoIsEnrolledInAClashingCourseUnknownAmbiguousInactiveOrListedTwice() {
        long course = world.course(LocalDate.of(2031, 5, 21), LocalDate.of(2031, 5, 25), 30);
        long overlapping = world.course(LocalDate.of(2031, 5, 24), LocalDate.of(2031, 5, 26), 30);
        long enrolled = world.cadre("已报名", world.schoolA, "SECTION", "党支部书记", true);
        long busy = world.cadre("另有培训", world.schoolA, "SECTION", "党支部书记", true);
        long inactive = world.cadre("已停用", world.schoolA, "SECTION", "党支部书记", false);
        long fine = world.cadre("可报名", world.schoolA, "SECTION", "党支部书记", true);
        String twin = "同名" + world.prefix;
        world.cadre(twin, world.schoolA, "SECTION", "", true);
        world.cadre(twin, world.schoolB, "SECTION", "", true);
        direct.enrol(course, enrolled, CourseRole.PARTICIPANT, world.organiser);
        direct.enrol(overlapping, busy, CourseRole.PARTICIPANT, world.organiser);

        List<Wanted> wanted = PastedList.parse(String.join(
                "\n",
                world.staffNumber(enrolled),
                world.staffNumber(busy),
                world.staffNumber(inactive),
                world.staffNumber(fine),
                "查无此人" + world.prefix,
                twin,
                world.staffNumber(fine)));
        List<BulkLine> lines =
                bulk.preview(course, wanted, null, null, world.organiser).lines();

        assertThat(lines)
                .extracting(BulkLine::outcome)
                .containsExactly(
                        Outcome.REFUSE,
                        Outcome.REFUSE,
                        Outcome.REFUSE,
                        Outcome.ENROL,
                        Outcome.REFUSE,
                        Outcome.REFUSE,
                        Outcome.REFUSE);
        assertThat(lines)
                .extracting(BulkLine::messageKey)
                .containsExactly(
                        "enrolment.refused.alreadyEnrolled",
                        "enrolment.refused.overlap",
                        "enrolment.bulk.inactive",
                        "enrolment.bulk.enrol",
                        "enrolment.bulk.notFound",
                        "enrolment.bulk.ambiguous",
                        "enrolment.bulk.duplicate");
        assertThat(lines.get(5).cadre()).isNull();
        assertThat(lines.get(5).arguments()).element(1).isEqualTo(2);
    }

    /** The five-day course for Party branch secretaries: a school's liaison nominates beyond its four places. */
    @Test
    void aLiaisonNominatesOnlyTheirUnitsCadresAndThoseBeyondTheQuotaAreRefusedWithTheQuota() {
        long course = world.course(LocalDate.of(2031, 5, 21), LocalDate.of(2031, 5, 25), 100);
        quotas.allocate(course, world.schoolA, 4, world.organiser);
        long outsider = world.cadre("化工学院书记", world.schoolB, "SECTION", "党支部书记", true);
        List<Long> ours = IntStream.rangeClosed(1, 6)
                .mapToObj(i -> world.cadre("支部书记" + i, world.departmentOfA, "SECTION", "党支部书记", true))
                .toList();
        List<Wanted> wanted = new ArrayList<>();
        wanted.add(Wanted.chosen(outsider));
        ours.forEach(id -> wanted.add(Wanted.chosen(id)));

        BulkReport preview = bulk.preview(course, wanted, null, null, world.liaisonA);
        assertThat(preview.lines().getFirst().messageKey()).isEqualTo("enrolment.cadre.outsideUnit");
        assertThat(preview.lines().subList(1, 5)).extracting(BulkLine::outcome).containsOnly(Outcome.ENROL);
        assertThat(preview.lines().subList(5, 7)).allSatisfy(line -> {
            assertThat(line.messageKey()).isEqualTo("enrolment.bulk.quotaFull");
            assertThat(line.arguments()).containsExactly(4, 0);
        });

        bulk.confirm(course, wanted, null, null, preview.token(), world.liaisonA);
        assertThat(store.ofCourse(course))
                .extracting(Enrolment::status, Enrolment::quotaUnitId)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(EnrolmentStatus.NOMINATED, world.schoolA));
        assertThat(store.ofCourse(course)).hasSize(4);
    }

    @Test
    void aConfirmationThatIsRefusedWritesNothing() {
        long closed = world.course(LocalDate.of(2031, 5, 21), LocalDate.of(2031, 5, 25), 10, "COMPLETED");
        long cadre = world.cadre("甲", world.schoolA, "SECTION", "", true);
        assertThatThrownBy(() -> bulk.confirm(closed, List.of(Wanted.chosen(cadre)), null, null, null, world.organiser))
                .isInstanceOf(DomainException.class)
                .hasMessage("enrolment.refused.courseClosed");
        long open = world.course(LocalDate.of(2031, 5, 21), LocalDate.of(2031, 5, 25), 10);
        assertThatThrownBy(() -> bulk.confirm(
                        open, List.of(Wanted.chosen(cadre)), CourseRole.TEAM_LEADER, null, null, world.liaisonA))
                .isInstanceOf(DomainException.class)
                .hasMessage("enrolment.bulk.liaisonRole");
        assertThat(count(closed) + count(open)).isZero();
    }

    @Test
    void aConfirmationAfterSomeoneElseTookTheLastPlaceShowsTheNewPreviewAndWritesNothing() {
        long course = world.course(LocalDate.of(2031, 7, 1), LocalDate.of(2031, 7, 3), 2);
        List<Wanted> wanted = List.of(
                Wanted.chosen(world.cadre("甲", world.schoolA, "SECTION", "", true)),
                Wanted.chosen(world.cadre("乙", world.schoolA, "SECTION", "", true)));
        BulkReport shown = bulk.preview(course, wanted, null, null, world.organiser);
        assertThat(shown.waitlisted()).isZero();

        direct.enrol(course, world.cadre("丙", world.schoolB, "SECTION", "", true), null, world.organiser);
        BulkReport stale = bulk.confirm(course, wanted, null, null, shown.token(), world.organiser);

        assertThat(stale.stale()).isTrue();
        assertThat(stale.written()).isFalse();
        assertThat(stale.waitlisted()).isEqualTo(1);
        assertThat(count(course)).isEqualTo(1);
        BulkReport written = bulk.confirm(course, wanted, null, null, stale.token(), world.organiser);
        assertThat(written.written()).isTrue();
        assertThat(store.waitingList(course)).hasSize(1);
    }

    @Test
    void aSpreadsheetsBadRowsAreReportedWithTheirRowNumbers() throws IOException {
        long course = world.course(LocalDate.of(2031, 8, 1), LocalDate.of(2031, 8, 3), 10);
        long known = world.cadre("甲", world.schoolA, "SECTION", "", true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("名单");
        sheet.value(0, 0, "工号");
        sheet.value(0, 1, "姓名");
        sheet.value(1, 0, world.staffNumber(known));
        sheet.value(2, 2, "备注但没有工号和姓名");
        sheet.value(4, 0, "NOBODY-" + world.prefix);
        workbook.finish();

        List<Wanted> rows = XlsxList.read(new ByteArrayInputStream(bytes.toByteArray()));
        List<BulkLine> lines =
                bulk.preview(course, rows, null, null, world.organiser).lines();

        assertThat(lines).extracting(l -> l.wanted().row()).containsExactly(2, 3, 5);
        assertThat(lines)
                .extracting(BulkLine::messageKey)
                .containsExactly("enrolment.bulk.enrol", "enrolment.bulk.row.empty", "enrolment.bulk.notFound");
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedAsSuch() {
        assertThatThrownBy(() -> XlsxList.read(new ByteArrayInputStream("工号\nA001".getBytes())))
                .isInstanceOf(DomainException.class)
                .hasMessage("enrolment.bulk.file.unreadable");
    }

    private long count(long courseId) {
        return jdbc.sql("select count(*) from enrolment where course_id = ?")
                .param(courseId)
                .query(Long.class)
                .single();
    }
}
