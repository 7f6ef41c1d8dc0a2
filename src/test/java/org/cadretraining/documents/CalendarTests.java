package org.cadretraining.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class CalendarTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Sites sites;

    @Autowired
    Lecturers lecturers;

    @Autowired
    JdbcClient jdbc;

    DocumentsFixture seed;

    @BeforeEach
    void world() {
        seed = new DocumentsFixture(mvc, directory, sites, lecturers);
    }

    @Test
    void courseCalendarHasOneEventPerAgendaItemAtItsTimeInShanghai() throws Exception {
        long id = seed.course();
        MvcTestResult result = mvc.get()
                .uri("/courses/" + id + "/calendar.ics")
                .with(as(seed.organiser))
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
        List<VEvent> events = events(result.getResponse().getContentAsString());
        assertThat(events).hasSize(DocumentsFixture.AGENDA_ITEMS);

        VEvent opening = events.getFirst();
        assertThat(value(opening, Property.SUMMARY)).isEqualTo("开班式 · 开班式暨政治能力专题辅导");
        assertThat(value(opening, Property.DTSTART)).isEqualTo("20230317T083000");
        assertThat(opening.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.TZID))
                .get()
                .extracting(Parameter::getValue)
                .isEqualTo("Asia/Shanghai");
        assertThat(value(opening, Property.DTEND)).isEqualTo("20230317T093000");
        assertThat(value(opening, Property.LOCATION)).isEqualTo("中共锦州市委党校, 锦州市");
        assertThat(value(opening, Property.DESCRIPTION)).contains("胡晓梅", "党委书记", "1.00");
        assertThat(opening.getProperty(Property.DTSTAMP)).isPresent();

        VEvent fieldStudy = events.get(1);
        assertThat(value(fieldStudy, Property.SUMMARY)).isEqualTo("现场教学 · 辽沈战役纪念馆");
        assertThat(value(fieldStudy, Property.DTSTART)).isEqualTo("20230317T140000");
        assertThat(value(fieldStudy, Property.LOCATION)).isEqualTo("辽沈战役纪念馆, 锦州市凌河区");
    }

    @Test
    void eventsKeepTheirUidsFromOneDownloadToTheNext() throws Exception {
        long id = seed.course();
        List<String> first = uids(courseCalendar(id));
        List<String> second = uids(courseCalendar(id));
        assertThat(first)
                .doesNotHaveDuplicates()
                .hasSize(DocumentsFixture.AGENDA_ITEMS)
                .isEqualTo(second);
    }

    @Test
    void aDraftsCalendarIsForPlannersOnly() {
        long id = seed.draft();
        assertThat(mvc.get().uri("/courses/" + id + "/calendar.ics").with(as(TestPrincipal.cadre(seed.huXiaomei))))
                .hasStatus(403);
    }

    @Test
    void aCadresFeedOpensWithoutLoginAndHoldsTheCoursesTheySpeakAt() throws Exception {
        seed.course();
        seed.draft(2024); // not yet theirs
        String link = createLink(TestPrincipal.cadre(seed.huXiaomei));
        MvcTestResult feed = mvc.get().uri(link).exchange();
        assertThat(feed).hasStatusOk();
        assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
        List<VEvent> events = events(feed.getResponse().getContentAsString());
        assertThat(events).hasSize(DocumentsFixture.AGENDA_ITEMS);
        assertThat(value(events.getFirst(), Property.SUMMARY)).contains("开班式");
    }

    @Test
    void tokensAreStoredOnlyAsTheirSha256() {
        String link = createLink(TestPrincipal.cadre(seed.huXiaomei));
        String token = token(link);
        List<String> stored = jdbc.sql("select token_hash from calendar_token where cadre_id = ?")
                .param(seed.huXiaomei)
                .query(String.class)
                .list();
        assertThat(stored).containsExactly(CalendarTokens.hash(token));
        assertThat(stored.getFirst()).hasSize(64).doesNotContain(token);
    }

    @Test
    void aRevokedOrUnknownTokenIsNotFound() {
        CurrentUser hu = TestPrincipal.cadre(seed.huXiaomei);
        String link = createLink(hu);
        assertThat(mvc.get().uri(link).exchange()).hasStatusOk();
        assertThat(mvc.post().uri("/my/calendar/revoke").with(as(hu)).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(link).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/calendar/not-a-token.ics").exchange()).hasStatus(404);
    }

    @Test
    void aNewLinkRetiresTheOldOne() {
        CurrentUser hu = TestPrincipal.cadre(seed.huXiaomei);
        String old = createLink(hu);
        String renewed = createLink(hu);
        assertThat(renewed).isNotEqualTo(old);
        assertThat(mvc.get().uri(old).exchange()).hasStatus(404);
        assertThat(mvc.get().uri(renewed).exchange()).hasStatusOk();
    }

    @Test
    void theSubscriptionPageShowsWhetherALinkIsInUse() throws IOException {
        CurrentUser hu = TestPrincipal.cadre(seed.huXiaomei);
        assertThat(mvc.get().uri("/my/calendar").with(as(hu)))
                .hasStatusOk()
                .bodyText()
                .contains("您还没有订阅链接。", "创建订阅链接");
        createLink(hu);
        MvcTestResult page = mvc.get().uri("/my/calendar").with(as(hu)).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("订阅链接已于", "更换链接", "停用链接");
        // left in target/documents for a person to look at
        Files.createDirectories(Path.of("target", "documents"));
        Files.writeString(
                Path.of("target", "documents", "my-calendar.html"),
                page.getResponse().getContentAsString());
    }

    @Test
    void anAccountWithoutACadreRecordHasNoPersonalCalendar() {
        CurrentUser organiser = TestPrincipal.user(Set.of(Role.ORGANISER), null, null);
        assertThat(mvc.get().uri("/my/calendar").with(as(organiser))).hasStatus(403);
        assertThat(mvc.post().uri("/my/calendar").with(as(organiser)).with(csrf()))
                .hasStatus(403);
    }

    /** Creates a link through the page, as the cadre would, and returns its path. */
    private String createLink(CurrentUser cadre) {
        MvcTestResult created =
                mvc.post().uri("/my/calendar").with(as(cadre)).with(csrf()).exchange();
        assertThat(created).hasStatus3xxRedirection().hasRedirectedUrl("/my/calendar");
        String link = (String) created.getMvcResult().getFlashMap().get("newLink");
        assertThat(link).matches("http://localhost/calendar/[A-Za-z0-9_-]{43}\\.ics");
        return link.substring("http://localhost".length());
    }

    private static String token(String link) {
        return link.substring("/calendar/".length(), link.length() - ".ics".length());
    }

    private String courseCalendar(long id) throws Exception {
        return mvc.get()
                .uri("/courses/" + id + "/calendar.ics")
                .with(as(seed.organiser))
                .exchange()
                .getResponse()
                .getContentAsString();
    }

    private static List<String> uids(String ics) throws IOException, ParserException {
        return events(ics).stream().map(e -> value(e, Property.UID)).toList();
    }

    private static List<VEvent> events(String ics) throws IOException, ParserException {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents(Component.VEVENT);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
