package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.cadretraining.enrolment.QuotaList.Given;
import org.cadretraining.enrolment.QuotaListLine.Outcome;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Places for fifteen units in one step, as the weekly programme of real-courses.yaml (嘉定镇街道“成长工程”培训班, 120
 * places) needs them: previewed line by line, written whole once confirmed, or not at all.
 */
@SpringBootTest
class QuotaListsTests {

    @Autowired
    QuotaLists lists;

    @Autowired
    Quotas quotas;

    @Autowired
    DirectEnrolments direct;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    EnrolmentFixture world;
    long course;
    long town;
    List<Long> units;

    @BeforeEach
    void fifteenUnits() {
        world = new EnrolmentFixture(directory, jdbc);
        LocalDate first = LocalDate.of(2031, 9, 4);
        course = world.course(first, first.plusWeeks(12), 120);
        town = world.unit("JD", "嘉定镇街道党工委", null);
        units = IntStream.rangeClosed(1, 15)
                .mapToObj(i -> world.unit("JD-" + i, "社区" + i + world.prefix, town))
                .toList();
    }

    @Test
    void fifteenPastedLinesArePreviewedWithoutWritingAndWrittenWholeOnConfirmation() {
        List<Given> given = IntStream.rangeClosed(1, 15)
                .mapToObj(i -> new Given(i, i % 2 == 0 ? world.prefix + "JD-" + i : "社区" + i + world.prefix, "8"))
                .toList();

        QuotaListReport preview = lists.preview(course, given, world.organiser);
        assertThat(preview.lines()).extracting(QuotaListLine::outcome).containsOnly(Outcome.NEW);
        assertThat(preview.total()).isEqualTo(120);
        assertThat(preview.writable()).isTrue();
        assertThat(quotas.quotas(course)).isEmpty();

        QuotaListReport written = lists.confirm(course, given, preview.token(), world.organiser);
        assertThat(written.written()).isTrue();
        assertThat(quotas.quotas(course))
                .hasSize(15)
                .extracting(QuotaRow::places)
                .containsOnly(8);
    }

    @Test
    void aWrongLineIsSaidInASentenceAndNothingIsWritten() {
        quotas.allocate(course, units.get(0), 4, world.organiser);
        List<Given> given = List.of(
                new Given(2, "社区1" + world.prefix, "6"),
                new Given(3, "没有这个单位", "8"),
                new Given(4, "社区2" + world.prefix, "八"),
                new Given(5, world.prefix + "JD-1", "7"),
                new Given(6, "", "3"));

        QuotaListReport preview = lists.preview(course, given, world.organiser);

        assertThat(preview.lines())
                .extracting(QuotaListLine::messageKey)
                .containsExactly(
                        "enrolment.quotaList.CHANGE",
                        "enrolment.quotaList.unitUnknown",
                        "enrolment.quotaList.places",
                        "enrolment.quotaList.duplicate",
                        "enrolment.quotaList.noUnit");
        assertThat(preview.lines().get(3).arguments()).containsExactly(2);
        assertThat(preview.writable()).isFalse();
        QuotaListReport confirmed = lists.confirm(course, given, preview.token(), world.organiser);
        assertThat(confirmed.written()).isFalse();
        assertThat(quotas.quotas(course)).containsExactly(new QuotaRow(units.get(0), 4, 0, 0));
    }

    @Test
    void placesAboveTheCapacityTogetherWriteNothing() {
        List<Given> given = lists.sameForUnitsOf(town, "9");
        assertThat(given).hasSize(15);

        QuotaListReport preview = lists.preview(course, given, world.organiser);
        assertThat(preview.overCapacity()).isTrue();
        assertThat(preview.total()).isEqualTo(135);

        assertThat(lists.confirm(course, given, preview.token(), world.organiser)
                        .written())
                .isFalse();
        assertThat(quotas.quotas(course)).isEmpty();
    }

    @Test
    void aUnitCannotBeGivenFewerPlacesThanItsCadresAlreadyUse() {
        for (int i = 0; i < 3; i++) {
            direct.enrol(course, world.cadre("学员" + i, units.get(4)), CourseRole.PARTICIPANT, world.organiser);
        }

        QuotaListReport preview =
                lists.preview(course, List.of(new Given(1, world.prefix + "JD-5", "2")), world.organiser);

        assertThat(preview.lines().getFirst().messageKey()).isEqualTo("enrolment.quota.belowUsed");
        assertThat(preview.lines().getFirst().arguments()).containsExactly(3);
    }

    @Test
    void aChangeAfterThePreviewShowsANewPreviewAndWritesNothing() {
        List<Given> given = lists.sameForUnitsOf(town, "8");
        QuotaListReport preview = lists.preview(course, given, world.organiser);
        quotas.allocate(course, units.get(0), 5, world.organiser);

        QuotaListReport confirmed = lists.confirm(course, given, preview.token(), world.organiser);

        assertThat(confirmed.stale()).isTrue();
        assertThat(confirmed.written()).isFalse();
        assertThat(quotas.quotas(course)).containsExactly(new QuotaRow(units.get(0), 5, 0, 0));
    }

    @Test
    void onlyAnOrganiserSetsPlaces() {
        List<Given> given = lists.sameForUnitsOf(town, "8");
        assertThatThrownBy(() -> lists.preview(course, given, world.liaisonA))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThatThrownBy(() -> lists.confirm(course, given, "", world.liaisonA))
                .extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThat(quotas.quotas(course)).isEmpty();
    }
}
