package org.cadretraining.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.cadretraining.news.NewsSetup;
import org.cadretraining.news.NewsSetup.Text;
import org.cadretraining.shared.LocalizedText;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The seed's news page, published in a News column between the two items the seed links to, so that the demo page
 * reads as the seed does: released 2023-03-22, no source, translated by the Basic Courses Department.
 *
 * <p>Sample data, and said so in the texts: the Chinese original (the seed has only the English translation), the
 * times of day, and the neighbours' titles past the point where the seed cuts them. The seed shows 77 characters of
 * one neighbour's title and 75 of the other's; the second title has three spaces after its dash, which a page shows
 * as one, so one display length (77) gives both exactly as the seed shows them.
 */
@Component
@Order(600)
class DemoNews implements DemoStep {

    static final String COLUMN = "news";
    static final String NEXT_TITLE_SPACES = "Conference-   The";

    private final NewsSetup news;
    private final Clock clock;

    DemoNews(NewsSetup news, Clock clock) {
        this.news = news;
        this.clock = clock;
    }

    @Override
    public void fill(Seed seed) {
        long column = news.column(COLUMN, new LocalizedText("新闻", seed.articleColumn()), 10);
        LocalDate released = seed.articleReleased();
        news.publish(
                column,
                List.of(
                        new Text(
                                "zh",
                                "我校在全国普通高校大学生竞赛排行榜中位列第六（示例）",
                                "",
                                "<p>示例数据：种子只给出这条新闻标题的前一部分，此处正文从略。</p>",
                                "",
                                "",
                                ""),
                        new Text(
                                "en",
                                cutMark(seed.previousTitleShown()) + "n Undergraduate Universities (sample)",
                                "",
                                "<p>Sample data: the seed shows only the beginning of this item's title.</p>",
                                "",
                                "",
                                seed.articleTranslator())),
                at(released.minusDays(1)));
        news.publish(
                column,
                List.of(
                        new Text(
                                seed.articleOriginalLanguage(),
                                "领导干部政治能力提升培训班",
                                "",
                                resource("demo/seed-article.zh.html"),
                                seed.articleSource(),
                                "",
                                ""),
                        new Text(
                                "en",
                                seed.articleTitle(),
                                "",
                                resource("demo/seed-article.en.html"),
                                seed.articleSource(),
                                "",
                                seed.articleTranslator())),
                at(released));
        news.publish(
                column,
                List.of(
                        new Text(
                                "zh",
                                "SIT召开2023年工作会议暨第一届教职工代表大会第三次会议（示例）",
                                "",
                                "<p>示例数据：种子只给出这条新闻标题的前一部分，此处正文从略。</p>",
                                "",
                                "",
                                ""),
                        new Text(
                                "en",
                                cutMark(seed.nextTitleShown()).replace("Conference- The", NEXT_TITLE_SPACES)
                                        + "rs' and Staff Representatives' Congress (sample)",
                                "",
                                "<p>Sample data: the seed shows only the beginning of this item's title.</p>",
                                "",
                                "",
                                seed.articleTranslator())),
                at(released.plusDays(1)));
    }

    /** A time of day on the date: 09:00 at the institution (sample; the seed gives only the date). */
    private Instant at(LocalDate date) {
        return date.atTime(LocalTime.of(9, 0)).atZone(clock.getZone()).toInstant();
    }

    private static String cutMark(String shown) {
        return shown.endsWith("...") ? shown.substring(0, shown.length() - 3) : shown;
    }

    private static String resource(String location) {
        try (var in = new ClassPathResource(location).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
