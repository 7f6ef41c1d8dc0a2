package org.cadretraining.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** English counts are in the right number ("1 day", "3 days"); the Chinese ones need no such choice. */
class CountMessagesTests {

    private static ResourceBundleMessageSource messages;

    @BeforeAll
    static void bundles() throws IOException {
        Properties application = new Properties();
        try (InputStream in = CountMessagesTests.class.getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        messages = new ResourceBundleMessageSource();
        messages.setBasenames(
                application.getProperty("spring.messages.basename").split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "course.dayCount|1|(1 day)",
                "course.dayCount|3|(3 days)",
                "course.capacity.people|1|1 person",
                "course.capacity.people|40|40 people",
                "news.draft.participants|1|1 leading cadre participated",
                "news.draft.participants|40|40 leading cadres participated",
                "credit.compliance.count|1|1 cadre is short",
                "credit.compliance.count|2|2 cadres are short",
                "importing.result.rejected|1|1 problem found",
                "importing.result.rejected|0|0 problems found",
                "news.column.holdsArticles|1|holds 1 article and",
                "enrolment.quota.belowUsed|1|uses 1 place;",
                "course.rules.recredited|1|of 1 course not",
            })
    void englishCountsAgreeWithTheirNumber(String key, long count, String expected) {
        assertThat(messages.getMessage(key, new Object[] {count}, Locale.ENGLISH))
                .contains(expected);
    }

    /** Messages that count in more than one place, each argument given the same number. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "attendance.rule.defaults|1|a check-in 1 minute after the start is late, a check-out more than 1 minute before",
                "attendance.rule.defaults|15|a check-in 15 minutes after the start is late, a check-out more than 15 minutes",
                "completion.explanation.byLength|1|(1 minute = 1)",
                "completion.explanation.byLength|90|(90 minutes = 90)",
                "documents.rooms.summary|1|1 building, 1 room, 1 person",
                "documents.rooms.summary|2|2 buildings, 2 rooms, 2 people",
                "documents.rooms.buildingCount|1|1 room, 1 person",
                "documents.rooms.saved|1|Rooms saved for 1 person.",
                "documents.rooms.preview.replaces|2|the rooms of 2 people.",
                "enrolment.bulk.confirm|1|Confirm enrolment (1 person)",
                "enrolment.conflict.siteTooSmall|1|1 person would go",
                "enrolment.conflict.siteTooSmall|41|41 people would go",
            })
    void englishCountsInSeveralPlacesAgree(String key, long count, String expected) {
        assertThat(messages.getMessage(key, new Object[] {count, count, count}, Locale.ENGLISH))
                .contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "documents.agenda.datesValue|1|, 1 day",
                "documents.agenda.datesValue|3|, 3 days",
            })
    void theAgendaSheetsDayCountAgrees(String key, int days, String expected) {
        assertThat(messages.getMessage(key, new Object[] {"17 March", "19 March", days}, Locale.ENGLISH))
                .endsWith(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"course.dayCount|1|1", "news.draft.participants|1|1名"})
    void chineseCountsAreUnchanged(String key, long count, String expected) {
        assertThat(messages.getMessage(key, new Object[] {count}, Locale.SIMPLIFIED_CHINESE))
                .contains(expected)
                .doesNotContain("choice");
    }
}
