package org.cadretraining.credit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.springframework.validation.BindingResult;

/** The requirements table as the administrator edits it: one row per rank tier and category. */
class RequirementsForm {

    private List<Row> rows = new ArrayList<>();

    static RequirementsForm of(List<Requirement> requirements) {
        RequirementsForm form = new RequirementsForm();
        for (Requirement r : requirements) {
            Row row = new Row();
            row.setTier(r.tier());
            row.setCategory(r.category());
            row.setHours(r.hours().value());
            row.setPeriodYears(r.periodYears());
            row.setDays(r.days());
            form.rows.add(row);
        }
        return form;
    }

    /** Checks every row, putting each problem next to its field, and returns the requirements when all are good. */
    List<Requirement> check(BindingResult errors, List<Requirement> known) {
        List<Requirement> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            boolean exists =
                    known.stream().anyMatch(r -> r.tier().equals(row.getTier()) && r.category() == row.getCategory());
            if (!exists) {
                errors.reject("problem.invalid");
                continue;
            }
            if (!CreditHours.isValid(row.getHours())) {
                errors.rejectValue("rows[" + i + "].hours", "credit.requirements.hoursInvalid");
            }
            if (row.getPeriodYears() == null || row.getPeriodYears() < 1 || row.getPeriodYears() > 10) {
                errors.rejectValue("rows[" + i + "].periodYears", "credit.requirements.periodInvalid");
            }
            // days may meet a full-time requirement only; left empty, only hours do
            Integer days = row.getCategory() == CreditCategory.FULL_TIME ? row.getDays() : null;
            if (days != null && (days < 1 || days > 3660)) {
                errors.rejectValue("rows[" + i + "].days", "credit.requirements.daysInvalid");
            }
            if (!errors.hasErrors()) {
                checked.add(new Requirement(
                        row.getTier(), row.getCategory(), CreditHours.of(row.getHours()), row.getPeriodYears(), days));
            }
        }
        return checked;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    public static class Row {
        private String tier;
        private CreditCategory category;
        private BigDecimal hours;
        private Integer periodYears;
        private Integer days;

        public Integer getDays() {
            return days;
        }

        public void setDays(Integer days) {
            this.days = days;
        }

        public String getTier() {
            return tier;
        }

        public void setTier(String tier) {
            this.tier = tier;
        }

        public CreditCategory getCategory() {
            return category;
        }

        public void setCategory(CreditCategory category) {
            this.category = category;
        }

        public BigDecimal getHours() {
            return hours;
        }

        public void setHours(BigDecimal hours) {
            this.hours = hours;
        }

        public Integer getPeriodYears() {
            return periodYears;
        }

        public void setPeriodYears(Integer periodYears) {
            this.periodYears = periodYears;
        }
    }
}
