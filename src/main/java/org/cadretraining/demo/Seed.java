package org.cadretraining.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The facts of the seed document, read from a copy of {@code ../shared/seed/seed-course.yaml}. A fact the demo
 * needs but the file lacks stops the loading with its path, rather than inventing a value.
 */
record Seed(Map<String, Object> document) {

    static final String LOCATION = "demo/seed-course.yaml";

    /** Someone the seed names, with the position it gives them in English. */
    record Person(String name, String positionEn) {}

    static Seed load() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed " + LOCATION, e);
        }
    }

    static Seed parse(InputStream in) {
        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        return new Seed(document);
    }

    String organisationName() {
        return text("organisation", "name_en");
    }

    String partyCommittee() {
        return text("organisation", "party_committee_en");
    }

    List<String> unitsNamed() {
        return ((List<?>) value("organisation", "units_named"))
                .stream().map(String::valueOf).toList();
    }

    /** The unit's name as the seed writes it; fails when the seed does not name it. */
    String unitNamed(String name) {
        if (!unitsNamed().contains(name)) {
            throw new IllegalStateException("The seed does not name the unit '" + name + "'");
        }
        return name;
    }

    String hostInstitution() {
        return text("course", "host_institution_en");
    }

    Person teamLeader() {
        return person(map(value("course", "team_leader")));
    }

    List<Person> namedParticipants() {
        return ((List<?>) value("course", "participants", "named"))
                .stream().map(entry -> person(map(entry))).toList();
    }

    /** An agenda entry of the seed course: its type (e.g. {@code field-study}), and a site or an English title. */
    record AgendaEntry(String type, String site, String titleEn, String speaker) {}

    /** The news page the seed is: its column, title, release date, source, translator and neighbours' titles. */
    String articleColumn() {
        return text("news_article", "column");
    }

    String articleTitle() {
        return text("news_article", "title_en");
    }

    LocalDate articleReleased() {
        return date("news_article", "release_date");
    }

    String articleSource() {
        return text("news_article", "source");
    }

    String articleTranslator() {
        return text("news_article", "translated_by");
    }

    String articleOriginalLanguage() {
        return text("news_article", "original_language");
    }

    /** The previous and next items' titles as the seed shows them, cut, ending in "...". */
    String previousTitleShown() {
        return text("news_article", "previous_item_title");
    }

    String nextTitleShown() {
        return text("news_article", "next_item_title");
    }

    String courseTitle() {
        return text("course", "title_en");
    }

    String coursePurpose() {
        return text("course", "purpose_en");
    }

    LocalDate courseStarts() {
        return date("course", "starts");
    }

    LocalDate courseEnds() {
        return date("course", "ends");
    }

    /** YAML reads an unquoted 2023-03-17 as a timestamp at midnight UTC. */
    private LocalDate date(String... path) {
        Object value = value(path);
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }

    int participantCount() {
        return Integer.parseInt(text("course", "participants", "count"));
    }

    List<AgendaEntry> agenda() {
        return ((List<?>) value("course", "agenda"))
                .stream()
                        .map(entry -> {
                            Map<?, ?> item = map(entry);
                            return new AgendaEntry(
                                    String.valueOf(item.get("type")),
                                    item.get("site") == null ? null : String.valueOf(item.get("site")),
                                    item.get("title_en") == null ? null : String.valueOf(item.get("title_en")),
                                    item.get("speaker") == null ? null : String.valueOf(item.get("speaker")));
                        })
                        .toList();
    }

    String text(String... path) {
        return String.valueOf(value(path));
    }

    Object value(String... path) {
        Object current = document;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> section) || section.get(key) == null) {
                throw new IllegalStateException("The seed has no " + String.join(".", path));
            }
            current = section.get(key);
        }
        return current;
    }

    private static Map<?, ?> map(Object value) {
        return (Map<?, ?>) value;
    }

    private static Person person(Map<?, ?> entry) {
        return new Person(String.valueOf(entry.get("name")), String.valueOf(entry.get("position_en")));
    }
}
