package org.cadretraining.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The page's form for recording a past course: a note and the lines of "everyone was present except …". Every field
 * is taken as text and read here, so that a value the page cannot read becomes a problem next to its line in the
 * user's words, never a binding error; lines left entirely blank are ignored.
 */
public class PastAttendanceForm {

    private String note = "";
    private List<Line> lines = new ArrayList<>(List.of(new Line()));

    /** One line as typed: {@code scope} is empty (whole course), {@code day:2024-11-14} or {@code item:12}. */
    public static class Line {
        private String cadreId = "";
        private String scope = "";
        private String status = "";
        private String at = "";

        public String getCadreId() {
            return cadreId;
        }

        public void setCadreId(String cadreId) {
            this.cadreId = cadreId == null ? "" : cadreId.strip();
        }

        public String getScope() {
            return scope;
        }

        public void setScope(String scope) {
            this.scope = scope == null ? "" : scope.strip();
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status == null ? "" : status.strip();
        }

        public String getAt() {
            return at;
        }

        public void setAt(String at) {
            this.at = at == null ? "" : at.strip();
        }

        boolean blank() {
            return cadreId.isEmpty() && status.isEmpty() && at.isEmpty();
        }

        PastException exception() {
            Long item = scope.startsWith("item:") ? FormText.number(scope.substring(5), -1L) : null;
            LocalDate day = scope.startsWith("day:") ? FormText.date(scope.substring(4)) : null;
            if (!scope.isEmpty() && item == null && day == null) {
                item = -1L; // not an item of any course: refused as such
            }
            return new PastException(
                    FormText.number(cadreId, null), item, day, FormText.status(status), FormText.time(at));
        }
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines == null ? new ArrayList<>() : lines;
    }

    /** The lines that say something, in their order; the index of each is its place among these. */
    List<PastException> exceptions() {
        lines.removeIf(line -> line == null || line.blank());
        return lines.stream().map(Line::exception).toList();
    }
}
