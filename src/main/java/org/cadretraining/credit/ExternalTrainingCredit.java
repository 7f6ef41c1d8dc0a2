package org.cadretraining.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The 学时 a confirmed external training writes to the ledger, year by year, each entry explaining itself. */
@Component
class ExternalTrainingCredit {

    private final MessageSource messages;

    ExternalTrainingCredit(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The ledger entries for a confirmed declaration: one per calendar year it spans, the hours shared by the days
     * in each year (to the nearest quarter, the last year taking what is left so nothing is lost to rounding).
     */
    List<NewCreditEntry> entries(ExternalTraining training, CurrentUser user) {
        List<NewCreditEntry> entries = new ArrayList<>();
        LocalDate start = training.startsOn();
        LocalDate end = training.endsOn();
        long totalDays = ChronoUnit.DAYS.between(start, end) + 1;
        CreditHours left = training.hours();
        boolean split = start.getYear() != end.getYear();
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            LocalDate from = year == start.getYear() ? start : LocalDate.of(year, 1, 1);
            LocalDate to = year == end.getYear() ? end : LocalDate.of(year, 12, 31);
            CreditHours hours;
            if (year == end.getYear()) {
                hours = left;
            } else {
                long days = ChronoUnit.DAYS.between(from, to) + 1;
                hours = CreditHours.nearestQuarter(training.hours()
                                .value()
                                .multiply(BigDecimal.valueOf(days))
                                .divide(BigDecimal.valueOf(totalDays), 6, RoundingMode.HALF_UP))
                        .min(left);
                left = left.minus(hours);
            }
            entries.add(new NewCreditEntry(
                            training.cadreId(),
                            to,
                            training.kind().category(),
                            training.kind().source(),
                            null,
                            "external-training:" + training.id() + (split ? ":" + year : ""),
                            hours,
                            new LocalizedText(
                                    explanation(training, from, to, hours, Locale.SIMPLIFIED_CHINESE),
                                    explanation(training, from, to, hours, Locale.ENGLISH)),
                            user.username())
                    .over(from));
        }
        return entries;
    }

    private String explanation(
            ExternalTraining training, LocalDate from, LocalDate to, CreditHours hours, Locale locale) {
        return messages.getMessage(
                "credit.external.explanation",
                new Object[] {
                    messages.getMessage("credit.external.kind." + training.kind(), null, locale),
                    training.title(),
                    training.provider(),
                    from.toString(),
                    to.toString(),
                    hours.toString()
                },
                locale);
    }
}
