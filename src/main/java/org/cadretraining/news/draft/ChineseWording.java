package org.cadretraining.news.draft;

import static org.cadretraining.news.draft.ChineseText.list;
import static org.cadretraining.news.draft.ChineseText.text;
import static org.cadretraining.news.draft.ChineseText.texts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.TrainingForm;
import org.cadretraining.news.draft.CourseFacts.Person;

/**
 * The Chinese values of the placeholders. The trainees are 领导干部 only where the course was for leading cadres,
 * 学员 otherwise; the team leader is named apart from the count of trainees.
 */
final class ChineseWording {

    private final CourseFacts facts;
    private final ChineseText words;
    private final String trainees;

    ChineseWording(CourseFacts facts, DraftSettings settings) {
        this.facts = facts;
        this.words = new ChineseText(settings);
        this.trainees = facts.leadingCadres() ? "领导干部" : "学员";
    }

    String title() {
        return text(facts.title());
    }

    Map<Placeholder, String> values() {
        Map<Placeholder, String> v = new EnumMap<>(Placeholder.class);
        AgendaWalk items =
                new AgendaWalk(facts, new ChineseItemWording(facts, words, facts.leadingCadres() ? "参训领导干部" : "学员"));
        v.put(Placeholder.TITLE, title());
        v.put(Placeholder.DATES, DraftDates.chinese(facts.startsOn(), facts.endsOn(), facts.reportYear()));
        v.put(Placeholder.DATELINE, DraftDates.chineseDateline(facts.startsOn()));
        v.put(
                Placeholder.LENGTH,
                facts.days() > 1 && facts.days() <= 31 ? "为期" + Numbers.chinese(facts.days()) + "天" : "");
        v.put(Placeholder.ORGANISERS, list(texts(facts.organisers())));
        v.put(Placeholder.CO_ORGANISERS, sentence(list(texts(facts.coOrganisers())), "协办本次培训。"));
        v.put(Placeholder.VENUE, place());
        v.put(Placeholder.WHERE, where());
        v.put(Placeholder.HOST, hostUnsaid() ? text(facts.host()) + "承办本次培训。" : "");
        Purpose purpose = Purpose.of(text(facts.purpose()), false);
        v.put(Placeholder.IN_ORDER_TO, purpose.clause() ? "为" + purpose.text() + "，" : "");
        v.put(Placeholder.PURPOSE, purpose.clause() ? "" : purpose.sentence("。"));
        String audience = Purpose.trimmed(text(facts.audience()));
        // "参训对象为" before an audience that itself begins with 为 would read "为为"
        String audienceLead = audience.startsWith("为") ? "参训对象：" : "参训对象为";
        v.put(Placeholder.AUDIENCE, audience.isEmpty() ? "" : audienceLead + audience + "。");
        v.put(Placeholder.PARTICIPANTS, facts.trainees() > 0 ? facts.trainees() + "名" + trainees : "");
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
                .map(m -> Titles.title(m) ? words.titled(m) : ChineseText.told(Purpose.trimmed(m)))
                .toList();
        v.put(Placeholder.MATERIALS, materials.isEmpty() ? "" : "培训发放了" + list(materials) + "等学习材料。");
        v.put(Placeholder.PARTICIPATION, participation());
        v.put(Placeholder.COMPLETION, completion());
        return v;
    }

    private String where() {
        String place = place();
        return switch (facts.form()) {
            case ONLINE -> place.isEmpty() ? "以网络直播形式" : "依托" + place + "以网络直播形式";
            case HYBRID -> place.isEmpty() ? "以线上线下相结合的形式" : "在" + place + "以线上线下相结合的形式";
            default -> place.isEmpty() ? "" : "在" + place;
        };
    }

    /** Where it was held: the venue, or else the host; an online course is held through the host. */
    private String place() {
        String venue = text(facts.venue());
        return facts.form() == TrainingForm.ONLINE || venue.isEmpty() ? text(facts.host()) : venue;
    }

    /** The host in a sentence of its own, unless it is where the course was held or one of its organisers. */
    private boolean hostUnsaid() {
        String host = text(facts.host());
        return !host.isEmpty()
                && !place().equals(host)
                && !texts(facts.organisers()).contains(host);
    }

    private String leader() {
        Person leader = facts.teamLeader();
        if (leader == null) {
            return "";
        }
        boolean spoke = Speeches.leaderSpokeAtTheOpening(facts);
        return words.person(leader) + (spoke ? "带队参加学习并在开班式上讲话。" : "带队参加学习。");
    }

    private String participation() {
        if (facts.trainees() == 0) {
            return "";
        }
        List<String> named = facts.named().stream().map(words::person).toList();
        if (!named.isEmpty() && named.size() >= facts.trainees()) {
            return list(named) + "参加培训。";
        }
        String count = facts.trainees() + "名" + trainees;
        return named.isEmpty() ? "共有" + count + "参加培训。" : list(named) + "等" + count + "参加培训。";
    }

    /**
     * Completion as counted at the close. The count may include the team leader, who is not among the trainees
     * counted above; where everyone completed, the draft says so rather than give a number that disagrees.
     */
    private String completion() {
        CourseFacts.Outcome outcome = facts.outcome();
        if (!outcome.closed() || outcome.completed() == 0) {
            return "";
        }
        if (facts.everyoneCompleted()) {
            String certified = outcome.certified() >= outcome.completed()
                    ? "并获颁结业证书"
                    : outcome.certified() > 0 ? "，其中" + outcome.certified() + "人获颁结业证书" : "";
            return "经考核，全体参训人员顺利结业" + certified + "。";
        }
        String certified = outcome.certified() > 0 ? "，" + outcome.certified() + "人获颁结业证书" : "";
        return "经考核，" + outcome.completed() + "名学员顺利结业" + certified + "。";
    }

    private static String sentence(String subject, String predicate) {
        return subject.isEmpty() ? "" : subject + predicate;
    }
}
