package org.cadretraining.enrolment;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.cadretraining.shared.DomainException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The places-per-unit page's request for a preview: pasted {@code lines}, an uploaded spreadsheet ({@code file}),
 * or the same {@code places} for every unit directly below {@code parentUnitId}.
 */
record QuotaListForm(String source, String lines, MultipartFile file, Long parentUnitId, String places) {

    QuotaListForm {
        source = source == null || source.isBlank() ? "paste" : source;
        lines = lines == null ? "" : lines;
        places = places == null ? "" : places.strip();
    }

    List<QuotaList.Given> given(QuotaLists lists) throws IOException {
        return switch (source) {
            case "xlsx" -> XlsxList.upload(file, QuotaList::read);
            case "same" -> {
                if (parentUnitId == null) {
                    throw DomainException.invalid("parentUnitId", "enrolment.quotaList.noUnitsBelow");
                }
                yield lists.sameForUnitsOf(parentUnitId, places);
            }
            default -> QuotaList.parse(lines);
        };
    }

    /** What the page shows again with a refusal, as typed. */
    Map<String, String> input() {
        return Map.of(
                "lines", lines, "places", places, "parentUnitId", parentUnitId == null ? "" : parentUnitId.toString());
    }
}
