package org.cadretraining.plan;

import java.io.IOException;
import java.util.List;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.FileType;
import org.cadretraining.shared.TableRows;
import org.cadretraining.shared.TableRows.TableRow;
import org.springframework.web.multipart.MultipartFile;

/**
 * The plan's bulk entry: a workbook, or rows pasted from a spreadsheet (which is also how the page keeps an uploaded
 * workbook between the preview and the import), and the reason once the plan is approved.
 */
class PlanImportForm {

    private MultipartFile file;
    private String table = "";
    private String reason = "";

    /** The rows given: the workbook's when one was chosen, else the pasted ones. */
    List<TableRow> rows() {
        if (file != null && !file.isEmpty()) {
            try {
                byte[] bytes = file.getBytes();
                if (FileType.of(bytes).filter(type -> type == FileType.XLSX).isEmpty()) {
                    throw DomainException.invalid("file", "plan.import.fileType");
                }
                return TableRows.ofXlsx(bytes);
            } catch (IOException unreadable) {
                throw DomainException.invalid("file", "plan.import.fileType");
            }
        }
        return TableRows.ofPaste(table);
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table == null ? "" : table;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason;
    }
}
