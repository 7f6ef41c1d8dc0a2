package org.cadretraining.news;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.OrganisationDirectory.CadreSummary;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a news report of a course, in Chinese and in English, from the course's record alone: who organised it,
 * when and where, the team leader and their speech at the opening ceremony, the field-study sites and micro-courses
 * of the agenda, and how many took part with the people the editor chose to name. It is only a draft: the editor
 * changes what they like and it goes through the normal save (sanitised) and review. The sentences are in the news
 * bundles; every value taken from the record is HTML-escaped before it is put into a paragraph.
 */
@Service
class CourseReports {

    /** The courses a report may be written about: under way or over. */
    static final Set<CourseStatus> REPORTABLE = Set.of(CourseStatus.IN_PROGRESS, CourseStatus.COMPLETED);

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    /**
     * A trainee of the course as the editor picks whom to name. The team leader is always named (they lead the
     * report); {@code suggested} are those named unless the editor says otherwise.
     */
    record Trainee(
            long cadreId,
            String name,
            String nameEn,
            LocalizedText unit,
            LocalizedText position,
            CourseRole role,
            boolean teamLeader,
            boolean suggested) {}

    /** What the editor chooses from: the course and its trainees. */
    record Choices(CourseSummary course, List<Trainee> trainees) {

        Set<Long> suggested() {
            return trainees.stream()
                    .filter(Trainee::suggested)
                    .map(Trainee::cadreId)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    private final CourseCatalog courses;
    private final ClassMembers members;
    private final OrganisationDirectory directory;
    private final MessageSource messages;

    CourseReports(
            CourseCatalog courses, ClassMembers members, OrganisationDirectory directory, MessageSource messages) {
        this.courses = courses;
        this.members = members;
        this.directory = directory;
        this.messages = messages;
    }

    /** The courses to choose from, the latest first. */
    List<CourseSummary> reportable() {
        return courses.coursesIn(REPORTABLE);
    }

    @Transactional(readOnly = true)
    Choices choices(long courseId) {
        CourseSummary course = reportableCourse(courseId);
        return new Choices(course, trainees(courseId));
    }

    /** The Chinese original and the English translation; {@code named} are the trainees to name besides the leader. */
    @Transactional(readOnly = true)
    Map<Language, Translation> draft(long courseId, Set<Long> named) {
        CourseSummary course = reportableCourse(courseId);
        List<Trainee> trainees = trainees(courseId);
        List<AgendaEntry> agenda = courses.agenda(courseId);
        Map<Language, Translation> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Story story = new Story(course, trainees, agenda, named, language);
            texts.put(language, new Translation(language, story.title(), "", story.bodyHtml(), "", "", ""));
        }
        return texts;
    }

    private CourseSummary reportableCourse(long courseId) {
        CourseSummary course =
                courses.course(courseId).orElseThrow(() -> DomainException.notFound("news.draft.courseNotFound"));
        if (!REPORTABLE.contains(course.status())) {
            throw DomainException.conflict(null, "news.draft.courseNotHeld");
        }
        return course;
    }

    private List<Trainee> trainees(long courseId) {
        List<ClassMember> list = members.classList(courseId).stream()
                .filter(ClassMember::trainee)
                .toList();
        Map<Long, CadreSummary> cadres =
                directory.cadres(list.stream().map(ClassMember::cadreId).toList());
        List<Trainee> trainees = new ArrayList<>();
        for (ClassMember m : list) {
            CadreSummary cadre = cadres.get(m.cadreId());
            String nameEn = cadre == null ? "" : cadre.nameEn();
            boolean leader = m.role() == CourseRole.TEAM_LEADER;
            trainees.add(new Trainee(
                    m.cadreId(),
                    m.name(),
                    nameEn,
                    m.unit(),
                    m.position(),
                    m.role(),
                    leader,
                    leader || m.role() == CourseRole.GROUP_LEADER || leadingBody(m.position())));
        }
        // the team leader first, then those suggested, then the rest in the class list's order
        trainees.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return trainees;
    }

    private static int rank(Trainee trainee) {
        return trainee.teamLeader() ? 0 : trainee.suggested() ? 1 : 2;
    }

    /** A member of the Party committee: the people a report on a cadre course usually names. */
    private static boolean leadingBody(LocalizedText position) {
        return position.zh().contains("党委委员")
                || position.en().toLowerCase(Locale.ROOT).contains("member of the party committee");
    }

    /** One language's text, sentence by sentence. */
    private final class Story {

        private final CourseSummary course;
        private final List<Trainee> trainees;
        private final List<AgendaEntry> agenda;
        private final Set<Long> named;
        private final Language language;
        private final Locale locale;

        Story(
                CourseSummary course,
                List<Trainee> trainees,
                List<AgendaEntry> agenda,
                Set<Long> named,
                Language language) {
            this.course = course;
            this.trainees = trainees;
            this.agenda = agenda;
            this.named = named;
            this.language = language;
            this.locale = language == Language.en ? EN : ZH;
        }

        String title() {
            return text(course.title());
        }

        String bodyHtml() {
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(join(held(), leader()));
            String visits = visits();
            if (!visits.isEmpty()) {
                paragraphs.add(visits);
            }
            paragraphs.add(participants());
            return paragraphs.stream()
                    .filter(p -> !p.isBlank())
                    .map(p -> "<p>" + p + "</p>")
                    .collect(Collectors.joining("\n"));
        }

        private String held() {
            String purpose = text(course.purpose());
            String organiser =
                    directory.unitName(course.organiserUnitId()).map(this::text).orElse("");
            String host = course.hostUnitId() == null
                    ? ""
                    : directory.unitName(course.hostUnitId()).map(this::text).orElse("");
            String sentence = message(
                    "news.draft.held",
                    purpose.isEmpty() ? "" : message("news.draft.held.purpose", escape(purpose)),
                    CourseDates.of(course.startsOn(), course.endsOn(), language),
                    escape(organiser),
                    host.isEmpty() ? "" : message("news.draft.held.host", escape(host)),
                    escape(title()));
            return capitalised(sentence);
        }

        private String leader() {
            Trainee leader =
                    trainees.stream().filter(Trainee::teamLeader).findFirst().orElse(null);
            if (leader == null) {
                return "";
            }
            boolean spoke = agenda.stream()
                    .anyMatch(item -> item.type() == AgendaItemType.OPENING_CEREMONY
                            && Objects.equals(item.cadreId(), leader.cadreId()));
            return message(spoke ? "news.draft.leader.spoke" : "news.draft.leader", titled(leader));
        }

        private String visits() {
            List<Long> siteIds = agenda.stream()
                    .filter(item -> item.type() == AgendaItemType.FIELD_STUDY && item.siteId() != null)
                    .map(AgendaEntry::siteId)
                    .filter(id -> !id.equals(course.venueSiteId()))
                    .distinct()
                    .toList();
            Map<Long, CourseCatalog.Place> places = courses.places(siteIds);
            List<String> sites = siteIds.stream()
                    .map(places::get)
                    .filter(Objects::nonNull)
                    .map(place -> escape(text(place.name())))
                    .toList();
            List<String> microCourses = agenda.stream()
                    .filter(item -> item.type() == AgendaItemType.MICRO_COURSE)
                    .map(item -> message("news.draft.quoted", escape(text(item.title()))))
                    .distinct()
                    .toList();
            if (sites.isEmpty() && microCourses.isEmpty()) {
                return "";
            }
            String key = sites.isEmpty()
                    ? "news.draft.microCourses"
                    : microCourses.isEmpty() ? "news.draft.sites" : "news.draft.sitesAndMicroCourses";
            return message(
                    key, list(sites, "news.draft.list"), list(microCourses, "news.draft.titles"), microCourses.size());
        }

        private String participants() {
            long count = trainees.size();
            List<String> names = trainees.stream()
                    .filter(t -> !t.teamLeader() && named.contains(t.cadreId()))
                    .map(this::withPosition)
                    .toList();
            if (names.isEmpty()) {
                return message("news.draft.participants", count);
            }
            return message("news.draft.participants.named", count, list(names, "news.draft.names"));
        }

        /** "Party Secretary Hu Xiaomei" / "党委书记胡晓梅". */
        private String titled(Trainee trainee) {
            String position = text(trainee.position());
            String name = escape(name(trainee));
            return position.isEmpty() ? name : message("news.draft.titled", escape(position), name);
        }

        /** "Bai Jing (member of the Party committee, …)" / "党委委员、组织部部长白晶". */
        private String withPosition(Trainee trainee) {
            String position = text(trainee.position());
            String name = escape(name(trainee));
            return position.isEmpty() ? name : message("news.draft.withPosition", escape(position), name);
        }

        /** The English name in English where the register has one; else the name as registered. */
        private String name(Trainee trainee) {
            return language == Language.en && !trainee.nameEn().isBlank() ? trainee.nameEn() : trainee.name();
        }

        /** Only this language's text: a translation left blank is the editor's to write, not the other language. */
        private String text(LocalizedText text) {
            return language == Language.en ? text.en() : text.zh();
        }

        /** "A, B and C" / "A、B和C", with the separators of the bundle {@code keyPrefix}. */
        private String list(List<String> items, String keyPrefix) {
            if (items.size() <= 1) {
                return items.isEmpty() ? "" : items.getFirst();
            }
            String separator = message(keyPrefix + ".separator");
            String last = message(keyPrefix + ".last");
            return String.join(separator, items.subList(0, items.size() - 1)) + last + items.getLast();
        }

        private String join(String first, String second) {
            if (second.isEmpty()) {
                return first;
            }
            return first + (language == Language.en ? " " : "") + second;
        }

        private String capitalised(String sentence) {
            if (language != Language.en || sentence.isEmpty()) {
                return sentence;
            }
            return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
        }

        private String message(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }

    /** Only what HTML needs escaped (&lt; &gt; &amp; and quotes): dashes and Chinese quotes stay as they are. */
    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
