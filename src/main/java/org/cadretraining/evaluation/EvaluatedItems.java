package org.cadretraining.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Component;

/** A questionnaire's evaluated agenda items in the agenda's order, each with the names of those who taught it. */
@Component
class EvaluatedItems {

    private final CourseCatalog catalog;

    EvaluatedItems(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    List<AnswerSheet.EvaluatedItem> of(long courseId, Collection<Long> itemIds) {
        Set<Long> wanted = Set.copyOf(itemIds);
        List<AgendaEntry> items = catalog.agenda(courseId).stream()
                .filter(item -> wanted.contains(item.id()))
                .toList();
        Set<Long> lecturerIds = new HashSet<>();
        items.forEach(item -> item.speakers().stream()
                .map(CourseCatalog.Person::lecturerId)
                .filter(Objects::nonNull)
                .forEach(lecturerIds::add));
        Map<Long, CourseCatalog.LecturerName> lecturers = catalog.lecturers(lecturerIds);
        return items.stream()
                .map(item -> new AnswerSheet.EvaluatedItem(item, speakers(item, lecturers)))
                .toList();
    }

    private static LocalizedText speakers(AgendaEntry item, Map<Long, CourseCatalog.LecturerName> lecturers) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (CourseCatalog.Person person : item.speakers()) {
            CourseCatalog.LecturerName lecturer =
                    person.lecturerId() == null ? null : lecturers.get(person.lecturerId());
            if (lecturer != null) {
                zh.add(lecturer.name().in(Locale.CHINESE));
                en.add(lecturer.name().in(Locale.ENGLISH));
            } else if (!person.text().isBlank()) {
                zh.add(person.text());
                en.add(person.text());
            }
        }
        return new LocalizedText(String.join("、", zh), String.join(", ", en));
    }
}
