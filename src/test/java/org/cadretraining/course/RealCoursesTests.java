package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.lecturer.LecturerDetails;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.SiteDetails;
import org.cadretraining.course.site.SiteKind;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.yaml.snakeyaml.Yaml;

/**
 * Every course of the project's {@code real-courses.yaml} entered through the course services as an organiser would
 * enter what the report says, then every fact of the file read back from the course: title, days, organisers in
 * order, co-organisers, host, venues, the audience and its size, the items with their kinds, titles and places, who
 * presided and who spoke on what with their positions, and what the report adds (kept as notes). Where a report is
 * silent (times of day, an end date), the course takes sample values and its notes say so.
 */
@SpringBootTest
class RealCoursesTests {

    private static final Path REAL_COURSES = Stream.of(
                    Path.of("..", "shared", "seed", "real-courses.yaml"),
                    Path.of("..", "..", "shared", "seed", "real-courses.yaml"))
            .filter(Files::isRegularFile)
            .findFirst()
            .orElse(Path.of("..", "shared", "seed", "real-courses.yaml"));
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final LocalTime[][] SLOTS = {
        {LocalTime.of(8, 30), LocalTime.of(11, 30)},
        {LocalTime.of(14, 30), LocalTime.of(17, 30)},
        {LocalTime.of(19, 0), LocalTime.of(21, 0)}
    };

    @Autowired
    CoursePlanner planner;

    @Autowired
    AgendaPlanner agendaPlanner;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Lecturers lecturers;

    @Autowired
    Sites sites;

    final String prefix = UUID.randomUUID().toString().substring(0, 6);
    int codes;

    static Stream<Integer> courses() throws IOException {
        return IntStream.range(0, read().size()).boxed();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> read() throws IOException {
        try (InputStream in = Files.newInputStream(REAL_COURSES)) {
            return (List<Map<String, Object>>) new Yaml().load(in);
        }
    }

    @ParameterizedTest
    @MethodSource("courses")
    @SuppressWarnings("unchecked")
    void everyFactOfTheReportCanBeReadBackFromTheCourse(int index) throws IOException {
        Map<String, Object> report = read().get(index);
        List<Map<String, Object>> items = (List<Map<String, Object>>) report.get("items");
        Map<String, Object> dates = (Map<String, Object>) report.get("dates");
        int year = firstNumber(report.get("year"), 2020);
        LocalDate start = firstDate(dates.get("start"));
        List<LocalDate> itemDays =
                items.stream().map(i -> firstDate(i.get("date"))).toList();
        LocalDate end = firstDate(dates.get("end"));
        boolean sampleDates = start == null || end == null;
        LocalDate earliest = itemDays.stream()
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
        start = start != null ? start : earliest != null ? earliest : end != null ? end : LocalDate.of(year, 3, 1);
        LocalDate latest = itemDays.stream()
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(start);
        end = end != null ? end : latest.isAfter(start) ? latest : start;
        if (sampleDates) {
            // days enough for the items at three sittings a day, as a sample where the report gives no end
            LocalDate room = start.plusDays((items.size() - 1) / SLOTS.length);
            end = room.isAfter(end) ? room : end;
        }

        List<Long> organisers = units(report.get("organisers"));
        List<Long> coOrganisers = units(report.get("co_organisers"));
        Long host = report.get("host_institution") == null ? null : unit(text(report.get("host_institution")));
        List<Long> venues = ((List<Object>) report.getOrDefault("venues", List.of()))
                .stream().map(venue -> site(text(venue))).toList();
        Map<String, Object> participants = (Map<String, Object>) report.get("participants");
        String who = text(participants.get("who"));
        int capacity = firstNumber(participants.get("count"), 100);
        String shape = text(report.get("shape"));
        TrainingForm form = shape.contains("online")
                ? TrainingForm.ONLINE
                : shape.contains("hybrid") ? TrainingForm.HYBRID : TrainingForm.FULL_TIME;
        List<String> facts = otherFacts(report, sampleDates);
        String title = report.containsKey("title_zh") ? text(report.get("title_zh")) : text(report.get("title_en"));

        CourseDetails details = new CourseDetails(
                new LocalizedText(title + " " + prefix, text(report.get("title_en"))),
                new LocalizedText("", ""),
                organisers,
                coOrganisers,
                host,
                venues.isEmpty() ? null : venues.getFirst(),
                start,
                end,
                capacity,
                CreditHours.of(java.math.BigDecimal.ZERO),
                TrainingCategory.THEORY,
                form,
                Contact.NONE,
                new Audience(List.of(), List.of(), List.of(), localized(who)),
                List.of(),
                new LocalizedText(String.join("\n", facts), ""));
        long courseId = planner.create(details, true, TestPrincipal.organiser()).id();

        List<Speaker> speakers = people(report.get("speakers_or_lecturers"));
        Speaker presider = report.get("presider_or_chair") == null
                ? Speaker.NONE
                : person((Map<String, Object>) report.get("presider_or_chair"));
        List<AgendaItemDetails> planned = new ArrayList<>();
        Map<LocalDate, Integer> slotOfDay = new java.util.HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            LocalDate day = itemDays.get(i) != null ? itemDays.get(i) : start;
            int slot = slotOfDay.merge(day, 1, Integer::sum) - 1;
            while (slot >= SLOTS.length) {
                day = day.plusDays(1);
                assertThat(day)
                        .as("a sitting for every item within the course's days")
                        .isBeforeOrEqualTo(end);
                slot = slotOfDay.merge(day, 1, Integer::sum) - 1;
            }
            String itemTitle = text(item.get("title"));
            String place = text(item.get("site"));
            Long siteId = place.isEmpty() || place.equals("same") || place.equals("not given") ? null : site(place);
            planned.add(new AgendaItemDetails(
                    type(text(item.get("type"))),
                    day,
                    SLOTS[slot][0],
                    SLOTS[slot][1],
                    siteId,
                    i == 0 ? speakers : List.of(),
                    i == 0 ? presider : Speaker.NONE,
                    localized(itemTitle),
                    true,
                    null,
                    false));
        }
        List<AgendaPlanner.ItemOutcome> outcomes = agendaPlanner.addItems(courseId, planned, TestPrincipal.organiser());
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.refused()).isNull());

        CourseSummary course = catalog.course(courseId).orElseThrow();
        assertThat(course.title().zh()).startsWith(title);
        assertThat(course.title().en()).isEqualTo(text(report.get("title_en")));
        assertThat(course.startsOn()).isEqualTo(start);
        assertThat(course.endsOn()).isEqualTo(end);
        assertThat(names(course.organiserUnitIds())).containsExactlyElementsOf(texts(report.get("organisers")));
        assertThat(names(course.coOrganiserUnitIds())).containsExactlyElementsOf(texts(report.get("co_organisers")));
        if (host != null) {
            assertThat(names(List.of(course.hostUnitId()))).containsExactly(text(report.get("host_institution")));
        }
        if (!venues.isEmpty()) {
            assertThat(placeName(course.venueSiteId()))
                    .isEqualTo(text(((List<Object>) report.get("venues")).getFirst()));
        }
        assertThat(course.audience().line().in(java.util.Locale.CHINESE)).isEqualTo(who);
        assertThat(course.capacity()).isEqualTo(capacity);
        assertThat(course.trainingForm()).isEqualTo(form);
        assertThat(course.notes().zh()).contains(facts);

        List<AgendaEntry> agenda = catalog.agenda(courseId);
        assertThat(agenda).hasSize(items.size());
        assertThat(agenda.stream()
                        .map(entry -> entry.title().in(java.util.Locale.CHINESE))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(
                        items.stream().map(i -> text(i.get("title"))).toList());
        assertThat(agenda.stream().map(AgendaEntry::type).toList())
                .containsExactlyInAnyOrderElementsOf(
                        items.stream().map(i -> type(text(i.get("type")))).toList());
        AgendaEntry first = agenda.stream()
                .filter(entry -> entry.title()
                        .in(java.util.Locale.CHINESE)
                        .equals(text(items.getFirst().get("title"))))
                .findFirst()
                .orElseThrow();
        assertThat(first.speakers().stream().map(this::spoken).toList())
                .containsExactlyElementsOf(
                        ((List<Map<String, Object>>) report.getOrDefault("speakers_or_lecturers", List.of()))
                                .stream()
                                        .map(s -> text(s.get("name")) + "|" + text(s.get("position")) + "|"
                                                + text(s.get("topic")))
                                        .toList());
        if (report.get("presider_or_chair") != null) {
            Map<String, Object> chair = (Map<String, Object>) report.get("presider_or_chair");
            assertThat(spoken(first.presider()))
                    .isEqualTo(text(chair.get("name")) + "|" + text(chair.get("position")) + "|");
        }
    }

    /** What the report adds beyond the fields (a series' history, awards, the format), and any sample values. */
    @SuppressWarnings("unchecked")
    private static List<String> otherFacts(Map<String, Object> report, boolean sampleDates) {
        List<String> facts = new ArrayList<>();
        Map<String, Object> other = (Map<String, Object>) report.getOrDefault("other", Map.of());
        other.forEach((key, value) -> facts.add(key + ": " + text(value)));
        Map<String, Object> dates = (Map<String, Object>) report.get("dates");
        dates.forEach((key, value) -> {
            if (!key.equals("start") && !key.equals("end") && value != null) {
                facts.add("dates." + key + ": " + text(value));
            }
        });
        facts.add("participants: " + text(((Map<String, Object>) report.get("participants")).get("count")));
        facts.add("source: " + text(((Map<String, Object>) report.get("source")).get("url")));
        facts.add(sampleDates ? "日期、时间为示例（报道未给出）" : "时间为示例（报道未给出）");
        return facts;
    }

    private String spoken(CourseCatalog.Person person) {
        CourseCatalog.LecturerName lecturer =
                catalog.lecturers(List.of(person.lecturerId())).get(person.lecturerId());
        return lecturer.name().zh() + "|" + lecturer.role().zh() + "|"
                + person.topic().in(java.util.Locale.CHINESE);
    }

    @SuppressWarnings("unchecked")
    private List<Speaker> people(Object list) {
        return list == null
                ? List.of()
                : ((List<Map<String, Object>>) list).stream().map(this::person).toList();
    }

    /** A person as the register keeps them: their name and position; what they spoke about is the item's topic. */
    private Speaker person(Map<String, Object> person) {
        long id = lecturers.register(
                new LecturerDetails(null, text(person.get("name")), "", text(person.get("position")), "", "", true));
        return Speaker.lecturer(id).about(localized(text(person.get("topic"))));
    }

    private List<Long> units(Object names) {
        return texts(names).stream().map(this::unit).toList();
    }

    private long unit(String name) {
        return directory.registerUnit(new UnitDetails(
                prefix + "-" + ++codes, new LocalizedText(name, name), UnitKind.EXTERNAL_INSTITUTION, null, true));
    }

    private long site(String name) {
        return sites.register(new SiteDetails(new LocalizedText(name, name), "", SiteKind.OTHER, null, true));
    }

    private List<String> names(List<Long> unitIds) {
        return unitIds.stream()
                .map(id -> directory.unitName(id).orElseThrow().in(java.util.Locale.CHINESE))
                .toList();
    }

    private String placeName(Long siteId) {
        return catalog.places(List.of(siteId)).get(siteId).name().in(java.util.Locale.CHINESE);
    }

    private static AgendaItemType type(String kind) {
        return switch (kind) {
            case "opening-ceremony" -> AgendaItemType.OPENING_CEREMONY;
            case "completion-ceremony" -> AgendaItemType.CLOSING_CEREMONY;
            case "lecture" -> AgendaItemType.LECTURE;
            case "field-study" -> AgendaItemType.FIELD_STUDY;
            case "group-discussion" -> AgendaItemType.GROUP_DISCUSSION;
            case "self-study" -> AgendaItemType.SELF_STUDY;
            case "exam" -> AgendaItemType.EXAM;
            default -> AgendaItemType.OTHER;
        };
    }

    /** Chinese text in the Chinese half, anything else in the English half (either is read in the other's absence). */
    private static LocalizedText localized(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? new LocalizedText(text, "")
                : new LocalizedText("", text);
    }

    private static LocalDate firstDate(Object value) {
        Matcher date = ISO_DATE.matcher(text(value));
        return date.find() ? LocalDate.parse(date.group()) : null;
    }

    private static int firstNumber(Object value, int otherwise) {
        Matcher number = NUMBER.matcher(text(value));
        return number.find() ? Integer.parseInt(number.group()) : otherwise;
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Object list) {
        return list == null
                ? List.of()
                : ((List<Object>) list).stream().map(RealCoursesTests::text).toList();
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }
}
