package org.cadretraining.credit.online;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.validation.BindingResult;

/**
 * An academy's name and, for each field, the header of the column in its files (as the organiser reads it in the
 * file's first row). A cadre must be found by staff number or by name and unit; a length by minutes or hours.
 */
class AcademyForm {

    private String name;
    private Map<RecordField, String> columns = new EnumMap<>(RecordField.class);

    static AcademyForm of(OnlineAcademy academy) {
        AcademyForm form = new AcademyForm();
        form.name = academy.name();
        form.columns = new EnumMap<>(RecordField.class);
        form.columns.putAll(academy.mapping());
        return form;
    }

    /** The mapping when every field is acceptable; each problem goes next to its field. */
    Map<RecordField, String> check(BindingResult errors) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            errors.rejectValue("name", "credit.online.academy.nameInvalid");
        }
        Map<RecordField, String> mapping = mapping();
        for (Map.Entry<RecordField, String> e : mapping.entrySet()) {
            if (e.getValue().length() > 100) {
                errors.rejectValue("columns[" + e.getKey() + "]", "credit.online.academy.headerTooLong");
            }
        }
        if (!mapping.containsKey(RecordField.TITLE)) {
            errors.rejectValue("columns[TITLE]", "credit.online.academy.titleRequired");
        }
        if (!mapping.containsKey(RecordField.COMPLETED_ON)) {
            errors.rejectValue("columns[COMPLETED_ON]", "credit.online.academy.completedRequired");
        }
        boolean findsCadre = mapping.containsKey(RecordField.STAFF_NUMBER)
                || (mapping.containsKey(RecordField.NAME) && mapping.containsKey(RecordField.UNIT));
        if (!findsCadre) {
            errors.rejectValue("columns[STAFF_NUMBER]", "credit.online.academy.cadreRequired");
        }
        if (!mapping.containsKey(RecordField.MINUTES) && !mapping.containsKey(RecordField.HOURS)) {
            errors.rejectValue("columns[MINUTES]", "credit.online.academy.lengthRequired");
        }
        return mapping;
    }

    /** The fields given a header, stripped; blank ones are left out. */
    Map<RecordField, String> mapping() {
        Map<RecordField, String> mapping = new EnumMap<>(RecordField.class);
        columns.forEach((field, header) -> {
            if (field != null && header != null && !header.isBlank()) {
                mapping.put(field, header.strip());
            }
        });
        return mapping;
    }

    String name() {
        return name == null ? "" : name.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Map<RecordField, String> getColumns() {
        return columns;
    }

    public void setColumns(Map<RecordField, String> columns) {
        this.columns = columns;
    }
}
