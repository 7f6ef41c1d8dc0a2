package org.cadretraining.enrolment;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;

/**
 * The bulk enrolment page's request for a preview: who is wanted, from the directory ({@code cadreId}), pasted
 * lines, or an uploaded spreadsheet ({@code file}, required when that is the source), in which role and cohort.
 */
record BulkPreviewForm(
        String source, List<Long> cadreId, String lines, MultipartFile file, CourseRole role, Integer cohort) {

    BulkPreviewForm {
        source = source == null || source.isBlank() ? "paste" : source;
        lines = lines == null ? "" : lines;
        role = role == null ? CourseRole.PARTICIPANT : role;
    }

    /** The people wanted, as the source names them; an upload chosen without a file is refused naming the field. */
    List<Wanted> wanted() throws IOException {
        return switch (source) {
            case "directory" ->
                cadreId == null
                        ? List.of()
                        : cadreId.stream().map(Wanted::chosen).toList();
            case "xlsx" -> XlsxList.upload(file, XlsxList::read);
            default -> PastedList.parse(lines);
        };
    }

    /** What the page shows again with a refusal, as typed. */
    Map<String, String> input() {
        return Map.of(
                "lines",
                lines,
                "role",
                role.name(),
                "source",
                source,
                "cohort",
                cohort == null ? "" : cohort.toString());
    }
}
