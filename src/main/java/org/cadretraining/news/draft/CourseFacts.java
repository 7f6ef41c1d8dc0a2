package org.cadretraining.news.draft;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.TrainingForm;
import org.cadretraining.shared.LocalizedText;

/**
 * Everything a news draft may say of a course, read from its record: blank texts, empty lists and zero counts where
 * the record is silent, and the draft then leaves that fact out. Only the title, an organiser and the first day are
 * always there, as every course has them. {@code reportYear} is the year the draft is written
 * in: a date of another year carries its year.
 */
public record CourseFacts(
        LocalizedText title,
        LocalizedText purpose,
        LocalDate startsOn,
        LocalDate endsOn,
        int reportYear,
        List<LocalizedText> organisers,
        List<LocalizedText> coOrganisers,
        LocalizedText host,
        LocalizedText venue,
        TrainingForm form,
        LocalizedText audience,
        boolean leadingCadres,
        List<Item> items,
        List<String> materials,
        Person teamLeader,
        int trainees,
        List<Person> named,
        Outcome outcome) {

    private static final LocalizedText NONE = new LocalizedText("", "");

    public CourseFacts {
        title = orNone(title);
        if (blank(title) || organisers == null || present(organisers).isEmpty() || startsOn == null) {
            // a course always has its title, a lead organiser and a first day: a draft without them says nothing
            throw new IllegalArgumentException("A course's title, organiser and first day are needed for a draft");
        }
        purpose = orNone(purpose);
        endsOn = endsOn == null || endsOn.isBefore(startsOn) ? startsOn : endsOn;
        organisers = present(organisers);
        coOrganisers = present(coOrganisers);
        host = orNone(host);
        venue = orNone(venue);
        form = form == null ? TrainingForm.FULL_TIME : form;
        audience = orNone(audience);
        items = items == null ? List.of() : List.copyOf(items);
        materials = materials == null
                ? List.of()
                : materials.stream()
                        .map(String::strip)
                        .filter(m -> !m.isEmpty())
                        .distinct()
                        .toList();
        named = named == null
                ? List.of()
                : named.stream().filter(p -> !p.nobody()).toList();
        teamLeader = teamLeader == null || teamLeader.nobody() ? null : teamLeader;
        trainees = Math.max(0, trainees);
        outcome = outcome == null ? Outcome.OPEN : outcome;
    }

    /**
     * A person as the draft names them: their name (Chinese or as registered), their English name where recorded,
     * their position and what they spoke about.
     */
    public record Person(String name, String nameEn, LocalizedText position, LocalizedText topic) {

        public Person {
            name = name == null ? "" : name.strip();
            nameEn = nameEn == null ? "" : nameEn.strip();
            position = orNone(position);
            topic = orNone(topic);
        }

        public boolean nobody() {
            return name.isEmpty() && nameEn.isEmpty();
        }
    }

    /** One agenda item: its kind, day, title, where it took place, who presided and who spoke. */
    public record Item(
            AgendaItemType type,
            LocalDate day,
            LocalizedText title,
            LocalizedText site,
            Person presider,
            List<Person> speakers) {

        public Item {
            title = orNone(title);
            site = orNone(site);
            presider = presider == null || presider.nobody() ? null : presider;
            speakers = speakers == null
                    ? List.of()
                    : speakers.stream().filter(p -> !p.nobody()).toList();
        }
    }

    /** Completion at the close: whether the course has closed, how many completed and were given certificates. */
    public record Outcome(boolean closed, int completed, int certified) {

        public static final Outcome OPEN = new Outcome(false, 0, 0);
    }

    /** How many days the course ran, counting both ends. */
    public long days() {
        return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    }

    /**
     * Whether everyone who took part completed: the trainees counted, and the team leader, whom the completion
     * count includes when they completed too.
     */
    boolean everyoneCompleted() {
        return trainees > 0 && outcome.completed() >= trainees;
    }

    public List<Item> itemsOf(AgendaItemType type) {
        return items.stream().filter(item -> item.type() == type).toList();
    }

    /** Which wording template fits the course. */
    public Shape shape() {
        return Shape.of(this);
    }

    static boolean blank(LocalizedText text) {
        return text.zh().isEmpty() && text.en().isEmpty();
    }

    private static LocalizedText orNone(LocalizedText text) {
        return text == null ? NONE : text;
    }

    private static List<LocalizedText> present(List<LocalizedText> texts) {
        return texts == null
                ? List.of()
                : texts.stream().filter(t -> t != null && !blank(t)).toList();
    }
}
