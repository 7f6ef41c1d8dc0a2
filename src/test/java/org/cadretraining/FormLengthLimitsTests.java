package org.cadretraining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.idOf;
import static org.cadretraining.support.TestPrincipal.as;

import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.cadretraining.support.ApiCalls;
import org.cadretraining.support.TestPrincipal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Length limits are shown on the form, not found out on saving: every text field of a page form whose form record
 * sets a {@code @Size(max)} carries the same {@code maxlength} (which {@code length-limits.js} turns into a counter),
 * and fields whose limit the domain keeps carry that limit. Every form record with a length limit must be rendered
 * here, so a new form cannot forget it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormLengthLimitsTests {

    /** Form records that have a length limit but no page of their own to render here, and why. */
    private static final Map<String, String> NOT_RENDERED = Map.of(
            "org.cadretraining.account.PasswordController$PasswordForm",
            "a password is not counted on the screen; its page says how long it must be",
            "org.cadretraining.credit.CorrectionForm",
            "needs a ledger entry of a completed course; its template carries maxlength=1000",
            "org.cadretraining.course.CohortForm",
            "rendered as the cohort rows of CourseForm, checked there",
            "org.cadretraining.course.PersonForm",
            "rendered as the further speakers of AgendaItemForm, checked there");

    /** Fields with a limit that no counter shows, and why. */
    private static final Map<String, String> NOT_COUNTED = Map.of(
            "bodyZh", "the article body is edited in the rich-text editor, which replaces the field",
            "bodyEn", "the article body is edited in the rich-text editor, which replaces the field");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    EnrolmentSetup enrolment;

    final String prefix = UUID.randomUUID().toString().substring(0, 6);
    final CurrentUser staff = TestPrincipal.user(
            EnumSet.of(Role.ADMINISTRATOR, Role.ORGANISER, Role.NEWS_EDITOR, Role.NEWS_REVIEWER, Role.NEWS_PUBLISHER),
            null,
            null);
    long unit;
    long course;
    long pastCourse;

    @BeforeEach
    void courses() {
        unit = directory.registerUnit(new UnitDetails(
                prefix + "DUT", new LocalizedText("大连理工大学", "DUT"), UnitKind.PARTY_COMMITTEE, null, true));
        course = idOf(ApiCalls.postJson(mvc, "/api/v1/courses", """
                {"titleZh": "中青年干部培训班 %s", "organiserUnitId": %d, "startsOn": "2031-09-01",
                 "endsOn": "2031-09-12", "capacity": 40, "requiredHours": 60, "category": "THEORY"}
                """.formatted(prefix, unit), staff));
        idOf(ApiCalls.postJson(mvc, "/api/v1/courses/" + course + "/agenda", """
                {"type": "LECTURE", "day": "2031-09-01", "startsAt": "08:30", "endsAt": "11:30",
                 "titleZh": "第一讲", "mandatory": true}
                """, staff));
        pastCourse = idOf(ApiCalls.postJson(mvc, "/api/v1/courses", """
                {"titleZh": "新疆公共管理干部专题讲座 %s", "organiserUnitId": %d, "startsOn": "2014-10-21",
                 "endsOn": "2014-10-21", "capacity": 40, "requiredHours": 3, "category": "THEORY"}
                """.formatted(prefix, unit), staff));
        idOf(ApiCalls.postJson(mvc, "/api/v1/courses/" + pastCourse + "/agenda", """
                {"type": "LECTURE", "day": "2014-10-21", "startsAt": "08:30", "endsAt": "11:30",
                 "titleZh": "专题讲座", "mandatory": true}
                """, staff));
        long trainee = directory.registerCadre(
                new CadreDetails(prefix + "-XJ", "学员", Gender.MALE, unit, "科长", "", null, "", "", "", "", true));
        enrolment.enrol(pastCourse, trainee, CourseRole.PARTICIPANT);
        assertThat(mvc.post()
                        .uri("/api/v1/courses/" + pastCourse + "/record-as-held")
                        .with(as(staff)))
                .hasStatusOk();
    }

    @Test
    void everyLengthLimitOfAFormRecordIsOnItsPageAsMaxlength() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("org.cadretraining.course.CourseForm", "/courses/new");
        pages.put("org.cadretraining.course.AgendaItemForm", "/courses/" + course + "/agenda/new");
        pages.put("org.cadretraining.course.CopyForms$CourseCopy", "/courses/" + course + "/copy");
        pages.put("org.cadretraining.material.MaterialForm", "/courses/" + course + "/materials");
        pages.put("org.cadretraining.course.lecturer.LecturerForm", "/lecturers/new");
        pages.put("org.cadretraining.course.site.SiteForm", "/sites/new");
        pages.put("org.cadretraining.organisation.UnitForm", "/units/new");
        pages.put("org.cadretraining.organisation.CadreForm", "/cadres/new");
        pages.put("org.cadretraining.organisation.RankForm", "/admin/ranks");
        pages.put("org.cadretraining.account.AccountForm", "/admin/accounts/new");
        pages.put("org.cadretraining.credit.DeclarationForm", "/credit/external");
        pages.put("org.cadretraining.credit.superior.SuperiorCourseForm", "/credit/superior");
        pages.put("org.cadretraining.news.ColumnForm", "/news/desk/columns/new");
        pages.put("org.cadretraining.news.ArticleForm", "/news/desk/new");
        pages.put("org.cadretraining.plan.PlanItemForm", "/plan?year=2045");

        Set<String> limited = formsWithLengthLimits();
        Set<String> covered = new TreeSet<>(pages.keySet());
        covered.addAll(NOT_RENDERED.keySet());
        assertThat(covered)
                .as("every form record with a @Size(max) is rendered here or said why not")
                .containsAll(limited);

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> form : pages.entrySet()) {
            Document page = page(form.getValue());
            limits(Class.forName(form.getKey())).forEach((name, max) -> {
                if (!NOT_COUNTED.containsKey(name.pattern().replace("\\Q", "").replace("\\E", ""))) {
                    check(page, form.getValue(), name, max, wrong);
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void limitsTheDomainKeepsAreOnTheirFieldsToo() throws Exception {
        List<String> wrong = new ArrayList<>();
        String enrolmentPage = "/courses/" + course + "/enrolment";
        check(page(enrolmentPage), enrolmentPage, Pattern.compile("name"), 100, wrong);
        String afterwards = "/attendance/courses/" + pastCourse + "/afterwards";
        check(page(afterwards), afterwards, Pattern.compile("note"), 1000, wrong);
        String coursePage = "/courses/" + course;
        check(page(coursePage), coursePage, Pattern.compile("reason"), 1000, wrong);
        assertThat(wrong).isEmpty();
    }

    /** The form records (classes named …Form) of the application with a length limit on a text. */
    private static Set<String> formsWithLengthLimits() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(
                (reader, factory) -> reader.getClassMetadata().getClassName().endsWith("Form"));
        Set<String> forms = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.cadretraining")) {
            if (!limits(Class.forName(candidate.getBeanClassName())).isEmpty()) {
                forms.add(candidate.getBeanClassName());
            }
        }
        return forms;
    }

    /** The text fields of a form with their limits, by the pattern of the names a page gives them. */
    private static Map<Pattern, Integer> limits(Class<?> form) {
        Map<Pattern, Integer> limits = new LinkedHashMap<>();
        for (Field field : form.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Size size = field.getAnnotation(Size.class);
            if (field.getType() == String.class && size != null && size.max() < Integer.MAX_VALUE) {
                limits.put(Pattern.compile(Pattern.quote(field.getName())), size.max());
            }
            if (field.getType() == List.class
                    && field.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> row
                    && row.getSimpleName().endsWith("Form")) {
                limits(row)
                        .forEach((name, max) -> limits.put(
                                Pattern.compile(Pattern.quote(field.getName()) + "\\[\\d+\\]\\." + name.pattern()),
                                max));
            }
        }
        return limits;
    }

    private static void check(Document page, String uri, Pattern name, int max, List<String> wrong) {
        List<Element> fields = page.select("input[name], textarea[name]").stream()
                .filter(field -> !field.attr("type").equals("hidden"))
                .filter(field -> name.matcher(field.attr("name")).matches())
                .toList();
        boolean chosen = page.select("select[name]").stream()
                .anyMatch(select -> name.matcher(select.attr("name")).matches());
        if (fields.isEmpty() && !chosen) {
            wrong.add(uri + ": no field " + name);
        }
        for (Element field : fields) {
            if (!field.attr("maxlength").equals(String.valueOf(max))) {
                wrong.add(uri + ": " + field.attr("name") + " has maxlength \"" + field.attr("maxlength")
                        + "\", the limit is " + max);
            }
        }
    }

    private Document page(String uri) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).with(as(staff)).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
