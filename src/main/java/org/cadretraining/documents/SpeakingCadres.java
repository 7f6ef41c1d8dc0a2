package org.cadretraining.documents;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.LecturerName;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

/**
 * A course's people as far as the agenda knows them: the institution's cadres who speak at it, in person or as an
 * internal lecturer, in the order they first speak. Stands in until the enrolment module lists the participants;
 * any other {@link CourseParticipants} bean takes precedence.
 */
@Component
@Fallback
class SpeakingCadres implements CourseParticipants {

    private final CourseCatalog catalog;
    private final OrganisationDirectory directory;
    private final AgendaSheets sheets;
    private final MessageSource messages;

    SpeakingCadres(
            CourseCatalog catalog, OrganisationDirectory directory, AgendaSheets sheets, MessageSource messages) {
        this.catalog = catalog;
        this.directory = directory;
        this.sheets = sheets;
        this.messages = messages;
    }

    @Override
    public List<Participant> of(long courseId) {
        List<AgendaEntry> agenda = catalog.agenda(courseId);
        Map<Long, LecturerName> lecturers = catalog.lecturers(agenda.stream()
                .map(AgendaEntry::lecturerId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Set<Long> cadreIds = new LinkedHashSet<>();
        for (AgendaEntry item : agenda) {
            if (item.cadreId() != null) {
                cadreIds.add(item.cadreId());
            } else if (item.lecturerId() != null && lecturers.containsKey(item.lecturerId())) {
                Long cadreId = lecturers.get(item.lecturerId()).cadreId();
                if (cadreId != null) {
                    cadreIds.add(cadreId);
                }
            }
        }
        Map<Long, LocalizedText> units = sheets.unitNames();
        LocalizedText speaker = new LocalizedText(
                messages.getMessage("documents.role.speaker", null, Locale.CHINA),
                messages.getMessage("documents.role.speaker", null, Locale.ENGLISH));
        return cadreIds.stream()
                .flatMap(id -> directory.cadre(id).stream())
                .map(cadre -> new Participant(
                        cadre.id(),
                        cadre.staffNumber(),
                        cadre.name(),
                        cadre.nameEn(),
                        units.getOrDefault(cadre.unitId(), new LocalizedText("", "")),
                        cadre.position(),
                        speaker,
                        "",
                        null))
                .toList();
    }
}
