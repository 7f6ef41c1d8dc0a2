package org.cadretraining.course;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
import org.springframework.context.ApplicationContext;
import org.yaml.snakeyaml.Yaml;

/**
 * The courses of the project's {@code real-courses.yaml} entered as an organiser enters a course recorded after it
 * took place: the course with who runs it and who it is for, its items with the people who presided and spoke (the
 * ceremony's speakers at the ceremony, lecturers at the lectures), then nominations, the class of the size the
 * report gives, and "recorded as held". People a report does not name are left out. For other modules' tests.
 */
public final class RealCourseRecords {

    public static final Path FILE = Stream.of(
                    Path.of("..", "shared", "seed", "real-courses.yaml"),
                    Path.of("..", "..", "shared", "seed", "real-courses.yaml"))
            .filter(Files::isRegularFile)
            .findFirst()
            .orElse(Path.of("..", "shared", "seed", "real-courses.yaml"));
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final List<String> CEREMONY_TOPICS = List.of(
            "opening",
            "welcome",
            "completion",
            "congratulations",
            "pledge",
            "attended",
            "handed",
            "aims",
            "arrangements",
            "the faculty",
            "wishes");
    private static final LocalTime[][] SLOTS = {
        {LocalTime.of(8, 30), LocalTime.of(11, 30)},
        {LocalTime.of(14, 30), LocalTime.of(17, 30)},
        {LocalTime.of(19, 0), LocalTime.of(21, 0)}
    };

    private final ApplicationContext context;
    private final String prefix = UUID.randomUUID().toString().substring(0, 6);
    private int codes;

    public RealCourseRecords(ApplicationContext context) {
        this.context = context;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> read() throws IOException {
        try (InputStream in = Files.newInputStream(FILE)) {
            return (List<Map<String, Object>>) new Yaml().load(in);
        }
    }

    /** The class size the report gives ("100+" is 100, "70+ enrolled; 68 completed" 70), 0 when it gives none. */
    @SuppressWarnings("unchecked")
    public static int classSize(Map<String, Object> report) {
        return firstNumber(((Map<String, Object>) report.get("participants")).get("count"), 0);
    }

    /** Whether the report names the person (not "not named", not "10 experts", not "representatives of …"). */
    public static boolean named(Map<String, Object> person) {
        String name = text(person.get("name"));
        return !name.isEmpty()
                && !name.contains("not named")
                && !Character.isDigit(name.charAt(0))
                && !name.startsWith("representatives");
    }

    /** Enters the course and its class, records it as held, and gives its id. */
    @SuppressWarnings("unchecked")
    public long enter(Map<String, Object> report) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) report.get("items");
        Map<String, Object> dates = (Map<String, Object>) report.get("dates");
        int year = firstNumber(report.get("year"), 2020);
        List<LocalDate> itemDays =
                items.stream().map(i -> firstDate(i.get("date"))).toList();
        LocalDate start = firstDate(dates.get("start"));
        LocalDate end = firstDate(dates.get("end"));
        LocalDate earliest = itemDays.stream()
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
        start = start != null ? start : earliest != null ? earliest : LocalDate.of(year, 3, 1);
        LocalDate latest = itemDays.stream()
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(start);
        end = end != null ? end : latest;
        LocalDate room = start.plusDays((items.size() - 1) / SLOTS.length);
        end = room.isAfter(end) ? room : end;

        List<Long> organisers = units(report.get("organisers"));
        Long host = report.get("host_institution") == null ? null : unit(text(report.get("host_institution")));
        List<Object> venues = (List<Object>) report.getOrDefault("venues", List.of());
        String shape = text(report.get("shape"));
        TrainingForm form = shape.contains("online")
                ? TrainingForm.ONLINE
                : shape.contains("hybrid") ? TrainingForm.HYBRID : TrainingForm.FULL_TIME;
        String title = report.containsKey("title_zh") ? text(report.get("title_zh")) : "";
        String who = text(((Map<String, Object>) report.get("participants")).get("who"));
        int size = classSize(report);
        CourseDetails details = new CourseDetails(
                new LocalizedText(title.isEmpty() ? text(report.get("title_en")) : title, text(report.get("title_en"))),
                new LocalizedText("", ""),
                organisers,
                units(report.get("co_organisers")),
                host,
                venues.isEmpty() ? null : site(text(venues.getFirst())),
                start,
                end,
                Math.max(size, 1),
                CreditHours.of(BigDecimal.ZERO),
                TrainingCategory.THEORY,
                form,
                Contact.NONE,
                new Audience(List.of(), List.of(), List.of(), localized(who)),
                List.of(),
                new LocalizedText("来源：" + text(((Map<String, Object>) report.get("source")).get("url")), ""));
        long courseId = bean(CoursePlanner.class)
                .create(details, true, TestPrincipal.organiser())
                .id();
        bean(AgendaPlanner.class).addItems(courseId, items(report, items, itemDays, start), TestPrincipal.organiser());

        CourseSetup setup = bean(CourseSetup.class);
        setup.openNominations(courseId);
        enrolClass(courseId, organisers.getFirst(), size);
        setup.closeNominations(courseId);
        bean(CoursePlanner.class).take(courseId, CourseTransition.RECORD_AS_HELD, null, TestPrincipal.organiser());
        return courseId;
    }

    /** Completes the course and puts it in the archive, as an organiser does when its record is finished. */
    public void archive(long courseId) {
        CoursePlanner planner = bean(CoursePlanner.class);
        planner.take(courseId, CourseTransition.COMPLETE, null, TestPrincipal.organiser());
        planner.take(courseId, CourseTransition.ARCHIVE, null, TestPrincipal.organiser());
    }

    @SuppressWarnings("unchecked")
    private List<AgendaItemDetails> items(
            Map<String, Object> report, List<Map<String, Object>> items, List<LocalDate> itemDays, LocalDate start) {
        int ceremony = indexOf(items, t -> t.contains("ceremony"));
        int lecture = indexOf(items, t -> t.equals("lecture"));
        int other = indexOf(items, t -> t.equals("other"));
        Map<Integer, List<Speaker>> speakers = new HashMap<>();
        for (Map<String, Object> person :
                (List<Map<String, Object>>) report.getOrDefault("speakers_or_lecturers", List.of())) {
            String topic = text(person.get("topic")).toLowerCase(java.util.Locale.ROOT);
            if (topic.equals("attended only")) {
                continue; // there, but did not speak: an agenda item holds who spoke, not who attended
            }
            if (!named(person)) {
                if (text(person.get("name")).startsWith("representatives") && other >= 0) {
                    speakers.computeIfAbsent(other, i -> new ArrayList<>())
                            .add(Speaker.named(text(person.get("name"))));
                }
                continue;
            }
            boolean atCeremony =
                    ceremony >= 0 && (lecture < 0 || CEREMONY_TOPICS.stream().anyMatch(topic::contains));
            int at = atCeremony ? ceremony : lecture >= 0 ? lecture : 0;
            speakers.computeIfAbsent(at, i -> new ArrayList<>()).add(lecturer(person));
        }
        Map<String, Object> chair = (Map<String, Object>) report.get("presider_or_chair");
        int chaired = ceremony >= 0 ? ceremony : 0;
        List<AgendaItemDetails> planned = new ArrayList<>();
        Map<LocalDate, Integer> slotOfDay = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            LocalDate day = itemDays.get(i) != null ? itemDays.get(i) : start;
            int slot = slotOfDay.merge(day, 1, Integer::sum) - 1;
            while (slot >= SLOTS.length) {
                day = day.plusDays(1);
                slot = slotOfDay.merge(day, 1, Integer::sum) - 1;
            }
            String place = text(item.get("site"));
            Long siteId = place.isEmpty() || place.equals("same") || place.equals("not given") ? null : site(place);
            planned.add(new AgendaItemDetails(
                    type(text(item.get("type"))),
                    day,
                    SLOTS[slot][0],
                    SLOTS[slot][1],
                    siteId,
                    speakers.getOrDefault(i, List.of()),
                    chair != null && i == chaired ? lecturer(chair) : Speaker.NONE,
                    localized(text(item.get("title"))),
                    true,
                    null,
                    false));
        }
        return planned;
    }

    private void enrolClass(long courseId, long unit, int size) {
        OrganisationDirectory directory = bean(OrganisationDirectory.class);
        var enrolment = context.getBean(org.cadretraining.enrolment.EnrolmentSetup.class);
        for (int n = 1; n <= size; n++) {
            long cadre = directory.registerCadre(new org.cadretraining.organisation.CadreDetails(
                    prefix + "-c" + ++codes,
                    "学员" + prefix + n,
                    "",
                    null,
                    unit,
                    "",
                    "",
                    null,
                    "",
                    "",
                    "",
                    "示例学员",
                    true));
            enrolment.enrol(courseId, cadre, org.cadretraining.enrolment.CourseRole.PARTICIPANT);
        }
    }

    /** A person of the report in the lecturer register: Chinese name and position in Chinese, others in English. */
    private Speaker lecturer(Map<String, Object> person) {
        String name = text(person.get("name"));
        String position = text(person.get("position")).equals("not given") ? "" : text(person.get("position"));
        boolean chineseName = han(name);
        boolean chinesePosition = han(position);
        long id = bean(Lecturers.class)
                .register(new LecturerDetails(
                        null,
                        name,
                        chineseName ? "" : name,
                        chinesePosition ? position : "",
                        chinesePosition ? "" : position,
                        "",
                        "",
                        "",
                        "",
                        true));
        String topic = text(person.get("topic"));
        return Speaker.lecturer(id).about(localized(topic));
    }

    private static int indexOf(List<Map<String, Object>> items, java.util.function.Predicate<String> type) {
        for (int i = 0; i < items.size(); i++) {
            if (type.test(text(items.get(i).get("type")))) {
                return i;
            }
        }
        return -1;
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @SuppressWarnings("unchecked")
    private List<Long> units(Object names) {
        return names == null
                ? List.of()
                : ((List<Object>) names).stream().map(n -> unit(text(n))).toList();
    }

    private long unit(String name) {
        return bean(OrganisationDirectory.class)
                .registerUnit(new UnitDetails(
                        prefix + "-u" + ++codes, localized(name), UnitKind.EXTERNAL_INSTITUTION, null, true));
    }

    private long site(String name) {
        return bean(Sites.class).register(new SiteDetails(localized(name), "", SiteKind.OTHER, null, true));
    }

    static AgendaItemType type(String kind) {
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

    /** Text with Chinese in it is the Chinese half; other text the English half (a register reads one for the other). */
    public static LocalizedText localized(String text) {
        return han(text) ? new LocalizedText(text, "") : new LocalizedText(text, text);
    }

    public static boolean han(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static LocalDate firstDate(Object value) {
        Matcher date = ISO_DATE.matcher(text(value));
        return date.find() ? LocalDate.parse(date.group()) : null;
    }

    private static int firstNumber(Object value, int otherwise) {
        Matcher number = NUMBER.matcher(text(value));
        return number.find() ? Integer.parseInt(number.group()) : otherwise;
    }

    public static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }
}
