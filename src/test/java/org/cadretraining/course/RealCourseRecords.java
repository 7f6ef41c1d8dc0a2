package org.cadretraining.course;

import static org.cadretraining.course.RealCourseText.list;
import static org.cadretraining.course.RealCourseText.map;
import static org.cadretraining.course.RealCourseText.plain;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cadretraining.course.lecturer.Lecturers;
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

    private final ApplicationContext context;
    private final String prefix = UUID.randomUUID().toString().substring(0, 6);
    private final Map<String, Long> units = new HashMap<>();
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

    /** Enters the course and its class, records it as held, and gives its id. */
    public long enter(Map<String, Object> report) {
        LocalDate[] days = RealCourseDays.days(report);
        TrainingForm form = form(report);
        boolean online = form == TrainingForm.ONLINE;
        List<Object> venues = list(report.get("venues"));
        RealCoursePlaces places = new RealCoursePlaces(bean(Sites.class));
        Map<Integer, Long> venueSites = new HashMap<>();
        if (!online && !venues.isEmpty()) {
            venueSites.put(0, places.site(text(venues.getFirst())));
        }
        List<Object> items = list(report.get("items"));
        Long[] itemSites = new Long[items.size()];
        for (int i = 0; i < items.size(); i++) {
            itemSites[i] =
                    places.itemSite(i, text(map(items.get(i)).get("site")), itemSites, venues, venueSites, online);
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
                RealCourseDays.cohorts(report, days[0]),
                new LocalizedText(RealCourseNotes.of(report, online, venueSites.keySet()), ""));
        long courseId = bean(CoursePlanner.class)
                .create(details, true, TestPrincipal.organiser())
                .id();
        List<AgendaItemDetails> planned = RealCourseAgenda.plan(
                report, days[0], days[1], i -> itemSites[i], new RealCoursePeople(bean(Lecturers.class)));
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
}
