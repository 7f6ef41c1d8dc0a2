package org.cadretraining.attendance;

import java.util.ArrayList;
import java.util.List;
import org.cadretraining.enrolment.ClassMember;

/**
 * The page's form for one item's paper sign-in sheet: a note and one row per trainee with the status read off the
 * sheet, present unless changed. Every field is taken as text and read here, so that a value the page cannot read
 * becomes a problem next to its row in the user's words, never a binding error.
 */
public class PaperSheetForm {

    static final String PRESENT = "PRESENT";

    private String note = "";
    private List<Row> rows = new ArrayList<>();

    /** One trainee's row as sent: {@code status} is PRESENT (or empty) or one of {@link PastStatus}. */
    public static class Row {
        private String cadreId = "";
        private String status = PRESENT;
        private String at = "";

        public String getCadreId() {
            return cadreId;
        }

        public void setCadreId(String cadreId) {
            this.cadreId = cadreId == null ? "" : cadreId.strip();
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

        boolean present() {
            return status.isEmpty() || status.equals(PRESENT);
        }

        PastException exception(long itemId) {
            return new PastException(cadre(), itemId, null, FormText.status(status), FormText.time(at));
        }

        Long cadre() {
            return FormText.number(cadreId, null);
        }
    }

    /** The sheet as it starts: every trainee present. */
    static PaperSheetForm allPresent(List<ClassMember> trainees) {
        PaperSheetForm form = new PaperSheetForm();
        for (ClassMember trainee : trainees) {
            Row row = new Row();
            row.setCadreId(String.valueOf(trainee.cadreId()));
            form.rows.add(row);
        }
        return form;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
    }

    /** The rows that are not "present", as exceptions at the item, in the order of the rows. */
    List<PastException> exceptions(long itemId) {
        return exceptionRows().stream().map(i -> rows.get(i).exception(itemId)).toList();
    }

    /** The row of each exception: the index of exception {@code n} among the rows is {@code exceptionRows().get(n)}. */
    List<Integer> exceptionRows() {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row != null && !row.present()) {
                indices.add(i);
            }
        }
        return indices;
    }
}
