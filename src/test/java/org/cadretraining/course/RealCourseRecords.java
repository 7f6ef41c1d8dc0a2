package org.cadretraining.course;

import static org.cadretraining.course.RealCourseText.comparable;
import static org.cadretraining.course.RealCourseText.day;
import static org.cadretraining.course.RealCourseText.isoDate;
import static org.cadretraining.course.RealCourseText.list;
import static org.cadretraining.course.RealCourseText.map;
import static org.cadretraining.course.RealCourseText.plain;
import static org.cadretraining.course.RealCourseText.span;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
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
 * took place, every fact in the field meant for it: the course with who runs it (a name without the remark the file
 * adds in brackets; "same …" is the organiser itself) and who it is for, its days (cohorts where the report runs it
 * for several groups), its main venue (none for an online course), its items each at its own place with the people
 * who presided and spoke at that item (a person the report does not name is a line of text, not a lecturer), then
 * nominations, the class of the size the report gives, and "recorded as held". What no field holds is kept verbatim
 * in the course's notes ({@link RealCourseNotes}). For this module's read-back test and for other modules' tests.
 */
public final class RealCourseRecords {

    /**
     * The project's shared folder beside the checkout; a worktree of a branch sits one level deeper. Missing, reading
     * it fails (the tests that read it fail, never skip).
     */
    public static final Path FILE = Stream.of(
                    Path.of("..", "shared", "seed", "real-courses.yaml"),
                    Path.of("..", "..", "shared", "seed", "real-courses.yaml"))
            .filter(Files::isRegularFile)
            .findFirst()
            .orElse(Path.of("..", "shared", "seed", "real-courses.yaml"));

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern COHORT_NUMBER = Pattern.compile("第?([一二三四五六七八九十百零〇]+)期");

    private final ApplicationContext context;
    private final String prefix = UUID.randomUUID().toString().substring(0, 6);
    private final Map<String, Long> units = new HashMap<>();
    private final Map<String, Long> sites = new HashMap<>();
    private final Map<String, Long> lecturers = new HashMap<>();
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
    public static int classSize(Map<String, Object> report) {
        Matcher number = NUMBER.matcher(text(map(report.get("participants")).get("count")));
        return number.find() ? Integer.parseInt(number.group()) : 0;
    }

    /** Whether the report names the person (not "not named", not "10 experts", not "representatives of …"). */
    public static boolean named(Map<String, Object> person) {
        String name = text(person.get("name"));
        return !name.isEmpty()
                && !name.contains("not named")
                && !Character.isDigit(name.charAt(0))
                && !name.startsWith("representatives");
    }

    /** How the course is attended, as the report's shape says: fully online, hybrid, or else in person. */
    public static TrainingForm form(Map<String, Object> report) {
        String shape = text(report.get("shape"));
        return shape.contains("hybrid")
                ? TrainingForm.HYBRID
                : shape.contains("online") ? TrainingForm.ONLINE : TrainingForm.FULL_TIME;
    }

    /**
     * The course's first and last day: the days the report gives; a day "before" a date is the day before it; a
     * missing start is the end less the length the report gives, a missing end the start plus the span it gives
     * ("about three months later"), else the days of the items. Samples where the report is silent.
     */
    public static LocalDate[] days(Map<String, Object> report) {
        Map<String, Object> dates = map(report.get("dates"));
        Integer year = RealCourseText.year(report.get("year"));
        int inYear = year != null ? year : Objects.requireNonNull(RealCourseText.year(dates.get("start")));
        List<LocalDate> itemDays = list(report.get("items")).stream()
                .map(item -> day(map(item).get("date"), inYear))
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        LocalDate start = dayOf(dates.get("start"), inYear);
        LocalDate end = dayOf(dates.get("end"), inYear);
        Period length = span(dates.get("length"));
        if (start == null) {
            start = end != null && length != null
                    ? end.minus(length)
                    : !itemDays.isEmpty() ? itemDays.getFirst() : LocalDate.of(inYear, 1, 1);
        }
        if (end == null) {
            Period later = span(dates.get("end"));
            end = later != null ? start.plus(later) : !itemDays.isEmpty() ? itemDays.getLast() : start;
        }
        return new LocalDate[] {start, itemDays.isEmpty() || end.isAfter(itemDays.getLast()) ? end : itemDays.getLast()
        };
    }

    /**
     * The groups a course is run for back to back, where its dates say so ("two 3-day cohorts"), named by the
     * numbers its title gives them (第四十四期、四十五期) or else by their order.
     */
    public static List<Cohort> cohorts(Map<String, Object> report, LocalDate start) {
        Object note = map(report.get("dates")).get("note");
        int count = RealCourseText.leadingNumber(note);
        Period each = span(note);
        if (!text(note).contains("cohort") || count < 2 || each == null) {
            return List.of();
        }
        List<String> numbers = new ArrayList<>();
        Matcher named = COHORT_NUMBER.matcher(text(report.get("title_zh")));
        while (named.find()) {
            numbers.add("第" + named.group(1) + "期");
        }
        List<Cohort> cohorts = new ArrayList<>();
        LocalDate from = start;
        for (int n = 0; n < count; n++) {
            String zh = numbers.size() == count ? numbers.get(n) : "第" + (n + 1) + "期";
            cohorts.add(new Cohort(
                    new LocalizedText(zh, "Cohort " + (n + 1)),
                    from,
                    from.plus(each).minusDays(1)));
            from = from.plus(each);
        }
        return cohorts;
    }

    /** Enters the course and its class, records it as held, and gives its id. */
    public long enter(Map<String, Object> report) {
        LocalDate[] days = days(report);
        TrainingForm form = form(report);
        boolean online = form == TrainingForm.ONLINE;
        List<Object> venues = list(report.get("venues"));
        Map<Integer, Long> venueSites = new HashMap<>();
        if (!online && !venues.isEmpty()) {
            venueSites.put(0, site(text(venues.getFirst())));
        }
        List<Object> items = list(report.get("items"));
        Long[] itemSites = new Long[items.size()];
        for (int i = 0; i < items.size(); i++) {
            itemSites[i] = itemSite(i, text(map(items.get(i)).get("site")), itemSites, venues, venueSites, online);
        }
        List<Long> organisers = units(report.get("organisers"));
        String host = text(report.get("host_institution"));
        String titleZh = text(report.get("title_zh"));
        String titleEn = text(report.get("title_en"));
        int size = classSize(report);
        CourseDetails details = new CourseDetails(
                new LocalizedText(titleZh.isEmpty() ? titleEn : titleZh, titleEn),
                new LocalizedText("", ""),
                organisers,
                units(report.get("co_organisers")),
                host.isEmpty() ? null : host.startsWith("same ") ? organisers.getFirst() : unit(host),
                venueSites.get(0),
                days[0],
                days[1],
                Math.max(size, 1),
                CreditHours.of(BigDecimal.ZERO),
                TrainingCategory.THEORY,
                form,
                Contact.NONE,
                new Audience(
                        List.of(),
                        List.of(),
                        List.of(),
                        localized(text(map(report.get("participants")).get("who")))),
                cohorts(report, days[0]),
                new LocalizedText(RealCourseNotes.of(report, online, venueSites.keySet()), ""));
        long courseId = bean(CoursePlanner.class)
                .create(details, true, TestPrincipal.organiser())
                .id();
        List<AgendaItemDetails> planned =
                RealCourseAgenda.plan(report, days[0], days[1], i -> itemSites[i], new RegisteredPeople());
        for (AgendaPlanner.ItemOutcome outcome :
                bean(AgendaPlanner.class).addItems(courseId, planned, TestPrincipal.organiser())) {
            if (outcome.refused() != null) {
                throw new AssertionError("an item of the report was refused: "
                        + outcome.refused().getMessage());
            }
        }
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

    /**
     * The site an item is held at: none where the report gives none (the course's venue, by the model's rule, and the
     * notes say the report is silent) or for an online item; the previous item's for "same"; a venue of the course
     * where the item's place names it ("NAEA" is "NAEA, Beijing"); else a site of the place's own name.
     */
    private Long itemSite(
            int i, String place, Long[] before, List<Object> venues, Map<Integer, Long> venueSites, boolean online) {
        if (place.isEmpty() || RealCourseNotes.notGiven(place)) {
            return null;
        }
        if (place.equals("same")) {
            return before[i - 1];
        }
        if (online && comparable(place).contains("online")) {
            return null;
        }
        for (int k = 0; k < venues.size() && !online; k++) {
            String venue = comparable(text(venues.get(k)));
            if (venue.contains(comparable(place)) || comparable(place).contains(venue)) {
                String name = text(venues.get(k));
                return venueSites.computeIfAbsent(k, n -> site(name));
            }
        }
        return site(place);
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

    /** People as the report gives them: a named person in the lecturer register, anyone else a line of text. */
    private final class RegisteredPeople implements RealCourseAgenda.People {

        @Override
        public Speaker speaker(Map<String, Object> person) {
            return presider(person).about(localized(text(person.get("topic"))));
        }

        @Override
        public Speaker presider(Map<String, Object> person) {
            String name = text(person.get("name"));
            String position = text(person.get("position"));
            if (!named(person)) {
                // an unnamed speaker ("10 experts (not named)") is no lecturer: the item says who they were
                return Speaker.named(position.isEmpty() ? name : name + "; " + position);
            }
            return Speaker.lecturer(lecturers.computeIfAbsent(name, n -> register(name, position)));
        }
    }

    /** A person in the register: a Chinese name and position in the Chinese fields, others in the English ones. */
    private long register(String name, String position) {
        String title = RealCourseNotes.notGiven(position) ? "" : plain(position);
        boolean chinese = han(title);
        return bean(Lecturers.class)
                .register(new LecturerDetails(
                        null,
                        name,
                        han(name) ? "" : name,
                        "",
                        "",
                        chinese ? title : "",
                        chinese ? "" : title,
                        "",
                        "",
                        true));
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private List<Long> units(Object names) {
        return list(names).stream().map(n -> unit(text(n))).toList();
    }

    /** The unit of that name (without the file's remark), registered once per course as an outside institution. */
    private long unit(String name) {
        return units.computeIfAbsent(plain(name), plain -> bean(OrganisationDirectory.class)
                .registerUnit(new UnitDetails(
                        prefix + "-u" + ++codes, localized(plain), UnitKind.EXTERNAL_INSTITUTION, null, true)));
    }

    /** The site of that name (without the file's remark), registered once per course. */
    private long site(String name) {
        return sites.computeIfAbsent(comparable(name), key -> bean(Sites.class)
                .register(new SiteDetails(localized(plain(name)), "", SiteKind.OTHER, null, true)));
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

    /** Text with Chinese in it is the Chinese half; other text stands in both. */
    public static LocalizedText localized(String text) {
        return RealCourseText.localized(text);
    }

    public static boolean han(String text) {
        return RealCourseText.han(text);
    }

    public static String text(Object value) {
        return RealCourseText.text(value);
    }

    private static LocalDate dayOf(Object value, int year) {
        if (isoDate(value)) {
            return LocalDate.parse(text(value));
        }
        LocalDate named = day(value, year);
        return named == null ? null : RealCourseText.before(value) ? named.minusDays(1) : named;
    }
}
