package org.cadretraining.credit.online;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sentence an online record's ledger entry carries, in Chinese and English: the course, its length, the version
 * and row of the rule that counted it (in words a cadre reads), the test bonus and the total. Written once, with the
 * entry: a later version of the rule does not change it.
 */
@Component
class OnlineExplanation {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;
    // a version of the rule never changes, so what it says about a row (with or without the bonus) is kept: a file
    // of 50,000 records then formats one short sentence per record and language
    private final Map<String, String> tails = new ConcurrentHashMap<>();

    OnlineExplanation(MessageSource messages) {
        this.messages = messages;
    }

    LocalizedText byRule(String title, String academy, int minutes, OnlineRule rule, OnlineRule.Counted counted) {
        return new LocalizedText(
                byRule(title, academy, minutes, rule, counted, ZH),
                byRule(title, academy, minutes, rule, counted, Locale.ENGLISH));
    }

    LocalizedText credited(String title, String academy, CreditHours hours) {
        return new LocalizedText(
                text("credit.online.explain.credited", ZH, title, academy, hours),
                text("credit.online.explain.credited", Locale.ENGLISH, title, academy, hours));
    }

    /** A row in words: "30 minutes or more: 1.00 学时". */
    String row(OnlineRule rule, OnlineRule.Row row, Locale locale) {
        return text("credit.online.row", locale, span(rule, row, locale), row.hours());
    }

    String span(OnlineRule rule, OnlineRule.Row row, Locale locale) {
        Integer upper = rule.upperBound(row);
        if (upper == null) {
            return row.minMinutes() == 0
                    ? text("credit.online.span.any", locale)
                    : text("credit.online.span.atLeast", locale, row.minMinutes());
        }
        return row.minMinutes() == 0
                ? text("credit.online.span.under", locale, upper)
                : text("credit.online.span.between", locale, row.minMinutes(), upper);
    }

    private String byRule(
            String title, String academy, int minutes, OnlineRule rule, OnlineRule.Counted counted, Locale locale) {
        String tail = tails.computeIfAbsent(
                rule.version() + "/" + counted.row().position() + "/" + counted.bonus() + "/" + locale, key -> {
                    String bonus =
                            counted.bonus().isZero() ? "" : text("credit.online.explain.test", locale, counted.bonus());
                    return text(
                                    "credit.online.explain.rule",
                                    locale,
                                    rule.version(),
                                    counted.row().position(),
                                    row(rule, counted.row(), locale))
                            + bonus
                            + text("credit.online.explain.total", locale, counted.total());
                });
        return text("credit.online.explain.head", locale, title, academy, minutes) + tail;
    }

    private String text(String key, Locale locale, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // numbers as they are, never grouped ("1,200 minutes" would read as two numbers in Chinese text)
            shown[i] = args[i] instanceof Number || args[i] instanceof CreditHours ? String.valueOf(args[i]) : args[i];
        }
        return messages.getMessage(key, shown, locale);
    }
}
