package org.cadretraining.attendance;

import java.util.List;
import java.util.Map;
import org.cadretraining.organisation.OrganisationDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refusal as a sentence in the reader's language; a scan id used for two people names them both ("this scan id
 * was used for 李明; it cannot also check in 王芳").
 */
@Component
class RefusalTexts {

    private final MessageSource messages;
    private final OrganisationDirectory directory;

    RefusalTexts(MessageSource messages, OrganisationDirectory directory) {
        this.messages = messages;
        this.directory = directory;
    }

    String sentence(ScanResult result) {
        return sentence(result.refusal(), result.cadreId(), result.otherCadreId());
    }

    String sentence(CheckInRefusal refusal, Long cadreId, Long otherCadreId) {
        if (refusal == CheckInRefusal.SCAN_ID_CONFLICT && otherCadreId != null && cadreId != null) {
            Map<Long, OrganisationDirectory.CadreSummary> people = directory.cadres(List.of(cadreId, otherCadreId));
            return messages.getMessage(
                    "attendance.refusal.scan_id_conflict.named",
                    new Object[] {name(people, otherCadreId), name(people, cadreId)},
                    LocaleContextHolder.getLocale());
        }
        return text(refusal.messageKey());
    }

    String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String name(Map<Long, OrganisationDirectory.CadreSummary> people, long cadreId) {
        OrganisationDirectory.CadreSummary person = people.get(cadreId);
        return person == null ? "#" + cadreId : person.nameIn(LocaleContextHolder.getLocale());
    }
}
