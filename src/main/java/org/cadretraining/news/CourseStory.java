package org.cadretraining.news;

import java.util.ArrayList;
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
import org.cadretraining.course.TrainingForm;
import org.cadretraining.news.CourseReports.Trainee;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * One language's text of a news report on a course, sentence by sentence, in the words of the news bundles. Every
 * value taken from the record is HTML-escaped before it goes into a paragraph.
 */
final class CourseStory {

    private final CourseSummary course;
    private final List<Trainee> trainees;
    private final List<AgendaEntry> agenda;
    private final Set<Long> named;
    private final Language language;
    private final Locale locale;
    private final CourseCatalog courses;
    private final OrganisationDirectory directory;
    private final MessageSource messages;

    CourseStory(
            CourseSummary course,
            List<Trainee> trainees,
            List<AgendaEntry> agenda,
            Set<Long> named,
            Language language,
            CourseCatalog courses,
            OrganisationDirectory directory,
            MessageSource messages) {
        this.courses = courses;
        this.directory = directory;
        this.messages = messages;
        this.course = course;
        this.trainees = trainees;
        this.agenda = agenda;
        this.named = named;
        this.language = language;
        this.locale = language == Language.en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
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

    /**
     * Who held the course, when, where and for whom: the organisers (主办) jointly, the host (承办) as the place
     * unless the course was online, then the co-organisers (协办) and the audience in sentences of their own, so that
     * a co-organiser is never read as the venue.
     */
    private String held() {
        String purpose = text(course.purpose());
        List<Long> organiserIds =
                course.organiserUnitIds().isEmpty() ? List.of(course.organiserUnitId()) : course.organiserUnitIds();
        String host = course.hostUnitId() == null
                ? ""
                : directory.unitName(course.hostUnitId()).map(this::text).orElse("");
        String sentence = message(
                "news.draft.held",
                purpose.isEmpty() ? "" : message("news.draft.held.purpose", escape(purpose)),
                CourseDates.of(course.startsOn(), course.endsOn(), language),
                list(unitNames(organiserIds), "news.draft.organisers"),
                where(host),
                escape(midSentence(title())));
        List<String> sentences = new ArrayList<>();
        sentences.add(capitalised(sentence));
        List<String> coOrganisers = unitNames(course.coOrganiserUnitIds());
        if (!coOrganisers.isEmpty()) {
            sentences.add(message(
                    "news.draft.coOrganised", list(coOrganisers, "news.draft.organisers"), coOrganisers.size()));
        }
        String audience = text(course.audience().line());
        if (!audience.isEmpty()) {
            sentences.add(message("news.draft.audience", escape(audience)));
        }
        return String.join(language == Language.en ? " " : "", sentences);
    }

    /** Where the course was held, by its form: at the host, online (through the host), or both. */
    private String where(String host) {
        String form =
                switch (course.trainingForm()) {
                    case ONLINE -> "online";
                    case HYBRID -> "hybrid";
                    default -> "inPerson";
                };
        if (host.isEmpty() && course.trainingForm().inPerson() && course.trainingForm() != TrainingForm.HYBRID) {
            // held in person by the organisers themselves: the sentence needs no place
            return "";
        }
        return host.isEmpty()
                ? message("news.draft.held.where." + form + ".noHost")
                : message("news.draft.held.where." + form, escape(host));
    }

    /** The units' names in this language, escaped, leaving out a unit no longer in the tree. */
    private List<String> unitNames(List<Long> unitIds) {
        return unitIds.stream()
                .map(directory::unitName)
                .flatMap(java.util.Optional::stream)
                .map(this::text)
                .filter(name -> !name.isEmpty())
                .map(CourseStory::escape)
                .toList();
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

    /**
     * An English title in sentence case ("Training course for improving …") reads as a common noun inside a
     * sentence, so its first letter is lowered ("held the training course for …"); a title in title case, or one
     * that starts with an acronym or a name written in capitals, keeps its capitals.
     */
    private String midSentence(String title) {
        if (language != Language.en) {
            return title;
        }
        String[] words = title.strip().split("\\s+");
        boolean sentenceCase = words.length > 1
                && words[0].length() > 1
                && Character.isUpperCase(words[0].charAt(0))
                && words[0].substring(1).chars().noneMatch(Character::isUpperCase)
                && Character.isLowerCase(words[1].charAt(0));
        return sentenceCase
                ? Character.toLowerCase(title.strip().charAt(0)) + title.strip().substring(1)
                : title;
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

    /** Only what HTML needs escaped (&lt; &gt; &amp; and quotes): dashes and Chinese quotes stay as they are. */
    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
