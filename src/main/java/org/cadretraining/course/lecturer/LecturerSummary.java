package org.cadretraining.course.lecturer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cadretraining.shared.LocalizedText;

/**
 * A lecturer as agendas show them; {@code cadreId} is set for the institution's own cadres. Name, affiliation and
 * title are held in both languages: {@link #nameIn(Locale)} and {@link #roleIn(Locale)} pick the reader's.
 */
public record LecturerSummary(
        long id,
        Long cadreId,
        @JsonIgnore LocalizedText names,
        @JsonIgnore LocalizedText affiliations,
        @JsonIgnore LocalizedText titles,
        String topics,
        String contact,
        boolean active) {

    public boolean internal() {
        return cadreId != null;
    }

    /** The Chinese name, the one the register is searched and sorted by. */
    @JsonProperty
    public String name() {
        return names.zh();
    }

    @JsonProperty
    public String nameEn() {
        return names.en();
    }

    @JsonProperty
    public String affiliation() {
        return affiliations.zh();
    }

    @JsonProperty
    public String affiliationEn() {
        return affiliations.en();
    }

    @JsonProperty
    public String title() {
        return titles.zh();
    }

    @JsonProperty
    public String titleEn() {
        return titles.en();
    }

    public String nameIn(Locale locale) {
        return names.in(locale);
    }

    /** Affiliation and title as a programme prints them after the name: "锦州市委党校 教授". */
    public String roleIn(Locale locale) {
        return Stream.of(affiliations.in(locale), titles.in(locale))
                .filter(part -> !part.isBlank())
                .collect(Collectors.joining(" "));
    }

    /** Affiliation and title in both languages, for views that choose the language later. */
    public LocalizedText role() {
        return new LocalizedText(roleIn(Locale.CHINESE), roleIn(Locale.ENGLISH));
    }
}
