package org.cadretraining.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadretraining.organisation.Rank;
import org.cadretraining.organisation.Ranks;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a planned course says, as a sentence in each language for the change history: its title, ranks and
 * categories by name, places, months, budget, form, the requirement it serves and its 学时. Written when the change is
 * made, so the history keeps what the item said then, whatever is renamed later.
 */
@Component
class PlanItemWords {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private final MessageSource messages;
    private final Ranks ranks;

    PlanItemWords(MessageSource messages, Ranks ranks) {
        this.messages = messages;
        this.ranks = ranks;
    }

    LocalizedText added(PlanItem item) {
        Map<String, Rank> byCode = ranksByCode();
        return both(locale -> text("plan.history.added", locale, describe(item, byCode, locale)));
    }

    LocalizedText changed(PlanItem before, PlanItem after) {
        Map<String, Rank> byCode = ranksByCode();
        return both(locale -> text(
                "plan.history.changed", locale, describe(before, byCode, locale), describe(after, byCode, locale)));
    }

    LocalizedText withdrawn(PlanItem item) {
        Map<String, Rank> byCode = ranksByCode();
        return both(locale -> text("plan.history.withdrawn", locale, describe(item, byCode, locale)));
    }

    /** The ranks, read once for a sentence in both languages. */
    private Map<String, Rank> ranksByCode() {
        return ranks.all().stream().collect(Collectors.toMap(Rank::code, rank -> rank));
    }

    private String describe(PlanItem item, Map<String, Rank> byCode, Locale locale) {
        List<String> rankNames = item.rankCodes().stream()
                .map(code -> byCode.containsKey(code) ? byCode.get(code).name().in(locale) : code)
                .toList();
        String audience = rankNames.isEmpty()
                ? text("plan.item.allRanks", locale)
                : String.join(locale == ZH ? "、" : ", ", rankNames);
        if (!item.cadreCategories().isEmpty()) {
            audience += " (" + String.join(locale == ZH ? "、" : ", ", item.cadreCategories()) + ")";
        }
        return text(
                "plan.history.item",
                locale,
                item.title().in(locale),
                audience,
                item.placesPerUnit(),
                text("plan.item.monthRange", locale, item.firstMonth(), item.lastMonth()),
                item.budget(),
                text("course.trainingForm." + item.trainingForm().name(), locale),
                text("plan.serves.short." + item.serves().name(), locale),
                item.plannedHours().value());
    }

    private static LocalizedText both(java.util.function.Function<Locale, String> words) {
        return new LocalizedText(words.apply(ZH), words.apply(EN));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
