package org.cadretraining.course;

import java.io.IOException;
import java.util.List;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.FileType;
import org.cadretraining.shared.TableRows;
import org.cadretraining.shared.TableRows.TableRow;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page's form: a workbook, or rows pasted from a spreadsheet (which is also how the page keeps an uploaded
 * workbook between the preview and the import), and whether new names go into the registers.
 */
public class ProgrammeImportForm {

    private MultipartFile file;
    private String table = "";
    private boolean addLecturers = true;
    private boolean addSites = true;

    /** The rows given: the workbook's when one was chosen, else the pasted ones. */
    List<TableRow> rows() {
        if (file != null && !file.isEmpty()) {
            try {
                byte[] bytes = file.getBytes();
                if (FileType.of(bytes).filter(type -> type == FileType.XLSX).isEmpty()) {
                    throw DomainException.invalid("file", "course.import.fileType");
                }
                return TableRows.ofXlsx(bytes);
            } catch (IOException unreadable) {
                throw DomainException.invalid("file", "course.import.fileType");
            }
        }
        return TableRows.ofPaste(table);
    }

    ProgrammeImport.Options options() {
        return new ProgrammeImport.Options(addLecturers, addSites);
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

    public boolean isAddLecturers() {
        return addLecturers;
    }

    public void setAddLecturers(boolean addLecturers) {
        this.addLecturers = addLecturers;
    }

    public boolean isAddSites() {
        return addSites;
    }

    public void setAddSites(boolean addSites) {
        this.addSites = addSites;
    }
}
