package org.cadretraining.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.util.List;
import java.util.Locale;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class ScheduleChangeTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolments;

    @Autowired
    ScheduleVersions versions;

    @Autowired
    ApplicationContext context;

    ScheduleFixture seed;

    @BeforeEach
    void world() {
        seed = new ScheduleFixture(mvc, directory, jdbc, enrolments);
    }

    @Test
    void changesWhileDraftMakeNoVersionAndEachLaterChangeIsTheNextVersion() {
        long item = seed.planWithOneItem();
        seed.move(item, "08:30", "09:30");
        seed.settle();
        assertThat(versions.of(seed.course)).isEmpty();

        seed.openNominationsWithTheParticipant();
        assertThat(seed.move(item, "10:00", "11:30")).hasStatus(200);
        seed.settle();
        List<ScheduleVersions.Version> recorded = versions.of(seed.course);
        assertThat(recorded).hasSize(1);
        ScheduleVersions.Version first = recorded.getFirst();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.kind()).isEqualTo(ScheduleVersions.Kind.CHANGED);
        assertThat(first.agendaItemId()).isEqualTo(item);
        assertThat(first.changedBy()).isEqualTo(seed.organiser.username());
        assertThat(first.beforeIn(Locale.CHINA)).isEqualTo("2023-03-18 08:30–09:30 · 塔山阻击战的历史背景");
        assertThat(first.afterIn(Locale.CHINA)).isEqualTo("2023-03-18 10:00–11:30 · 塔山阻击战的历史背景");
        assertThat(first.afterIn(Locale.ENGLISH)).isEqualTo("2023-03-18 10:00–11:30 · Tashan");

        assertThat(mvc.delete()
                        .uri("/api/v1/courses/{id}/agenda/{item}", seed.course, item)
                        .with(as(seed.organiser)))
                .hasStatus2xxSuccessful();
        seed.settle();
        ScheduleVersions.Version second = versions.of(seed.course).getFirst();
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.kind()).isEqualTo(ScheduleVersions.Kind.REMOVED);
        assertThat(second.beforeIn(Locale.CHINA)).startsWith("2023-03-18 10:00–11:30");
        assertThat(second.afterIn(Locale.CHINA)).isEmpty();
    }

    @Test
    void newDatesAfterNominationsOpenAreAVersionAndReachTheParticipant() {
        seed.planWithOneItem();
        assertThat(seed.redate("2023-03-16", "2023-03-19")).hasStatusOk();
        seed.settle();
        assertThat(versions.of(seed.course)).isEmpty();

        seed.openNominationsWithTheParticipant();
        assertThat(seed.redate("2023-03-17", "2023-03-20")).hasStatusOk();
        seed.settle();
        ScheduleVersions.Version moved = versions.of(seed.course).getFirst();
        assertThat(moved.number()).isEqualTo(1);
        assertThat(moved.kind()).isEqualTo(ScheduleVersions.Kind.DATES);
        assertThat(moved.afterIn(Locale.CHINA)).isEqualTo("2023-03-17 – 2023-03-20");
        assertThat(seed.notices(seed.participant)).isEqualTo(1);
        assertThat(seed.notices(seed.speaker)).isEqualTo(1);
        assertThat(seed.notices(seed.bystander)).isZero();
    }

    @Test
    void participantsAndTheSpeakingCadreAreNotifiedOfEachChangeAndNoOneElse() {
        long item = seed.planWithOneItem();
        seed.openNominationsWithTheParticipant();
        seed.move(item, "10:00", "11:30");
        seed.move(item, "14:00", "15:30");
        seed.settle();

        assertThat(seed.notices(seed.participant)).isEqualTo(2);
        assertThat(seed.notices(seed.speaker)).isEqualTo(2);
        assertThat(seed.notices(seed.bystander)).isZero();
    }

    @Test
    void changedSinceYouLastLookedShowsUntilTheChangesAreViewed() {
        long item = seed.planWithOneItem();
        seed.openNominationsWithTheParticipant();
        var participant = TestPrincipal.cadre(seed.participant);
        String changesLink = "/courses/" + seed.course + "/changes";
        assertThat(page("/courses/" + seed.course, participant)).doesNotContain(changesLink);

        seed.move(item, "10:00", "11:30");
        seed.settle();
        assertThat(page("/courses/" + seed.course, participant))
                .contains(changesLink)
                .contains("日程有变更");
        assertThat(page("/my/courses", participant)).contains(changesLink);

        assertThat(page(changesLink, participant))
                .contains("2023-03-18 10:00–11:30")
                .contains("调整");
        assertThat(page("/courses/" + seed.course, participant)).doesNotContain(changesLink);
        assertThat(page("/my/courses", participant)).doesNotContain(changesLink);

        seed.move(item, "14:00", "15:00");
        seed.settle();
        assertThat(page("/courses/" + seed.course, participant)).contains(changesLink);
    }

    @Test
    void theChangesAreForOrganisersAndTheCoursesPeopleOnly() {
        long item = seed.planWithOneItem();
        seed.openNominationsWithTheParticipant();
        seed.move(item, "10:00", "11:30");
        seed.settle();
        String changes = "/courses/" + seed.course + "/changes";
        assertThat(mvc.get().uri(changes).with(as(seed.organiser))).hasStatusOk();
        assertThat(mvc.get().uri(changes).with(as(TestPrincipal.cadre(seed.speaker))))
                .hasStatusOk();
        assertThat(mvc.get().uri(changes).with(as(TestPrincipal.cadre(seed.bystander))))
                .hasStatus(403);
    }

    @Test
    void withoutAMailServerNothingIsSentAndNothingFails() {
        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable())
                .isNull();
        long item = seed.planWithOneItem();
        seed.openNominationsWithTheParticipant();
        seed.move(item, "10:00", "11:30");
        seed.settle();
        assertThat(versions.of(seed.course)).hasSize(1);
        assertThat(seed.notices(seed.participant)).isEqualTo(1);
    }

    private String page(String uri, org.cadretraining.shared.CurrentUser user) {
        var result = mvc.get().uri(uri).with(as(user)).exchange();
        assertThat(result).hasStatusOk();
        return ScheduleFixture.body(result);
    }
}
