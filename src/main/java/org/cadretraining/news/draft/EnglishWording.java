package org.cadretraining.news.draft;

import static org.cadretraining.news.draft.EnglishText.bodies;
import static org.cadretraining.news.draft.EnglishText.body;
import static org.cadretraining.news.draft.EnglishText.list;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.TrainingForm;
import org.cadretraining.news.draft.CourseFacts.Person;
import org.cadretraining.shared.LocalizedText;

/**
 * The English values of the placeholders. The dateline always carries the year; the trainees are "leading cadres"
 * only where the course was for leading cadres; the team leader is named apart from the count of trainees.
 */
final class EnglishWording {

    private final CourseFacts facts;
    private final EnglishText words;
    private final String trainees;

    EnglishWording(CourseFacts facts, DraftSettings settings) {
        this.facts = facts;
        this.words = new EnglishText(settings);
        this.trainees = facts.leadingCadres() ? "leading cadres" : "trainees";
    }

    /** The headline: the English title, or the Chinese one marked for the translator. */
    String title() {
        String title = EnglishText.text(facts.title());
        return title.isEmpty() ? title : Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    Map<Placeholder, String> values() {
        Map<Placeholder, String> v = new EnumMap<>(Placeholder.class);
        AgendaWalk items = new AgendaWalk(facts, new EnglishItemWording(words, "the " + trainees));
        v.put(Placeholder.TITLE, titleInSentence());
        v.put(Placeholder.DATES, DraftDates.english(facts.startsOn(), facts.endsOn(), facts.reportYear()));
        v.put(Placeholder.DATELINE, DraftDates.englishDateline(facts.startsOn()));
        v.put(
                Placeholder.LENGTH,
                facts.days() > 1 && facts.days() <= 31 ? Numbers.english(facts.days()) + " days" : "");
        v.put(Placeholder.ORGANISERS, list(bodies(facts.organisers())));
        String coOrganisers = list(bodies(facts.coOrganisers()));
        v.put(Placeholder.CO_ORGANISERS, coOrganisers.isEmpty() ? "" : coOrganisers + " co-organised the course.");
        v.put(Placeholder.VENUE, place());
        v.put(Placeholder.WHERE, where());
        v.put(Placeholder.HOST, hostUnsaid() ? body(facts.host()) + " hosted the course." : "");
        Purpose purpose = Purpose.of(EnglishText.text(facts.purpose()), true);
        v.put(Placeholder.IN_ORDER_TO, purpose.clause() ? "in order to " + purpose.text() + ", " : "");
        v.put(Placeholder.PURPOSE, purpose.clause() ? "" : purpose.sentence("."));
        String audience = EnglishText.text(facts.audience());
        v.put(Placeholder.AUDIENCE, audience.isEmpty() ? "" : "The course was for " + audience + ".");
        v.put(
                Placeholder.PARTICIPANTS,
                facts.trainees() > 0 ? count(facts.trainees(), trainees, trainees.replaceAll("s$", "")) : "");
        v.put(Placeholder.LEADER, leader());
        v.put(Placeholder.CEREMONY, items.ceremonyName());
        v.put(Placeholder.CEREMONIES, items.ceremonies());
        v.put(Placeholder.SITES, list(items.sites()));
        v.put(Placeholder.LECTURES, items.lectures());
        v.put(Placeholder.FIELD_STUDIES, items.fieldStudies());
        v.put(Placeholder.DISCUSSIONS, items.discussions());
        v.put(Placeholder.SELF_STUDY, items.plain(AgendaItemType.SELF_STUDY));
        v.put(Placeholder.EXAMS, items.plain(AgendaItemType.EXAM));
        v.put(Placeholder.HOMEWORK, items.plain(AgendaItemType.HOMEWORK));
        v.put(Placeholder.OTHER_ITEMS, items.plain(AgendaItemType.OTHER));
        List<String> materials = facts.materials().stream()
                .map(m -> Titles.title(m)
                        ? EnglishText.quoted(new LocalizedText(m, m))
                        : EnglishText.text(new LocalizedText(m, m)))
                .toList();
        v.put(Placeholder.MATERIALS, materials.isEmpty() ? "" : "Study materials included " + list(materials) + ".");
        v.put(Placeholder.PARTICIPATION, participation());
        v.put(Placeholder.COMPLETION, completion());
        return v;
    }

    /**
     * The title as a sentence names it: "the" before it unless it has its own, and a title in sentence case
     * ("Training course for improving …") lowered to read as a common noun ("the training course for …").
     */
    private String titleInSentence() {
        String title = EnglishText.text(facts.title());
        if (title.startsWith(EnglishText.MARK)) {
            return "the course " + title;
        }
        if (title.regionMatches(true, 0, "the ", 0, 4)) {
            return "the " + title.substring(4);
        }
        String[] words = title.split("\\s+");
        boolean sentenceCase = words.length > 1
                && words[0].length() > 1
                && Character.isUpperCase(words[0].charAt(0))
                && words[0].substring(1).chars().noneMatch(Character::isUpperCase)
                && Character.isLowerCase(words[1].charAt(0));
        return "the " + (sentenceCase ? Character.toLowerCase(title.charAt(0)) + title.substring(1) : title);
    }

    private String where() {
        String place = place();
        return switch (facts.form()) {
            case ONLINE -> place.isEmpty() ? " online" : " online, through " + place;
            case HYBRID -> place.isEmpty() ? ", online and on site" : " at " + place + ", online and on site";
            default -> place.isEmpty() ? "" : " at " + place;
        };
    }

    private String place() {
        boolean venue = facts.form() != TrainingForm.ONLINE && !CourseFacts.blank(facts.venue());
        return body(venue ? facts.venue() : facts.host());
    }

    private boolean hostUnsaid() {
        String host = body(facts.host());
        return !host.isEmpty()
                && !place().equals(host)
                && !bodies(facts.organisers()).contains(host);
    }

    private String leader() {
        Person leader = facts.teamLeader();
        if (leader == null) {
            return "";
        }
        boolean spoke = Speeches.leaderSpokeAtTheOpening(facts);
        return words.titled(leader) + " led the team to study" + (spoke ? " and spoke at the opening ceremony." : ".");
    }

    private String participation() {
        if (facts.trainees() == 0) {
            return "";
        }
        List<String> named = facts.named().stream().map(words::titled).toList();
        if (!named.isEmpty() && named.size() >= facts.trainees()) {
            return list(named) + " took part in the training.";
        }
        String total = "A total of " + count(facts.trainees(), trainees, trainees.replaceAll("s$", ""));
        return named.isEmpty()
                ? total + " took part in the training."
                : total + ", including " + list(named) + ", took part in the training.";
    }

    /** Completion at the close; "everyone who took part" where the count includes the team leader as well. */
    private String completion() {
        CourseFacts.Outcome outcome = facts.outcome();
        if (!outcome.closed() || outcome.completed() == 0) {
            return "";
        }
        if (facts.everyoneCompleted()) {
            String certified = outcome.certified() >= outcome.completed()
                    ? " and received certificates of completion"
                    : outcome.certified() > 0
                            ? ", and " + Numbers.english(outcome.certified()) + " received certificates of completion"
                            : "";
            return "After assessment, everyone who took part completed the course" + certified + ".";
        }
        String certified = outcome.certified() > 0
                ? ", and "
                        + count(
                                outcome.certified(),
                                "received certificates of completion",
                                "received a certificate of completion")
                : "";
        return "After assessment, " + count(outcome.completed(), "trainees", "trainee") + " completed the course"
                + certified + ".";
    }

    private static String count(long n, String plural, String singular) {
        return Numbers.english(n) + " " + (n == 1 ? singular : plural);
    }
}
