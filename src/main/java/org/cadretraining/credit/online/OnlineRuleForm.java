package org.cadretraining.credit.online;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cadretraining.shared.CreditHours;
import org.springframework.validation.BindingResult;

/**
 * The online rule as the organiser edits it: the rows (from how many minutes, how many 学时), with two empty rows to
 * add more, and the bonus for a passed test. A row left empty is dropped.
 */
class OnlineRuleForm {

    static final int EMPTY_ROWS = 2;

    private List<RowForm> rows = new ArrayList<>();
    private BigDecimal testBonus;

    static OnlineRuleForm of(OnlineRule rule) {
        OnlineRuleForm form = new OnlineRuleForm();
        rule.rows()
                .forEach(
                        r -> form.rows.add(new RowForm(r.minMinutes(), r.hours().value())));
        for (int i = 0; i < EMPTY_ROWS; i++) {
            form.rows.add(new RowForm(null, null));
        }
        form.testBonus = rule.testBonus().value();
        return form;
    }

    /** Puts each problem next to its field; the rule is good when nothing was rejected. */
    void check(BindingResult errors) {
        Set<Integer> thresholds = new HashSet<>();
        boolean startsAtZero = false;
        for (int i = 0; i < rows.size(); i++) {
            RowForm row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            if (row.minMinutes() == null || row.minMinutes() < 0 || row.minMinutes() > 100_000) {
                errors.rejectValue("rows[" + i + "].minMinutes", "credit.online.rule.minutesInvalid");
            } else if (!thresholds.add(row.minMinutes())) {
                errors.rejectValue("rows[" + i + "].minMinutes", "credit.online.rule.minutesTwice");
            } else if (row.minMinutes() == 0) {
                startsAtZero = true;
            }
            if (row.hours() == null || row.hours().signum() <= 0 || !CreditHours.isValid(row.hours())) {
                errors.rejectValue("rows[" + i + "].hours", "credit.online.rule.hoursInvalid");
            }
        }
        if (!startsAtZero && !errors.hasErrors()) {
            errors.reject("credit.online.rule.needsZero");
        }
        if (testBonus == null || !CreditHours.isValid(testBonus)) {
            errors.rejectValue("testBonus", "credit.online.rule.bonusInvalid");
        }
    }

    /** The rows that are filled in, longest courses first: the order in which they are numbered. */
    List<RowForm> sortedRows() {
        return rows.stream()
                .filter(r -> !r.isEmpty())
                .sorted(Comparator.comparing(RowForm::minMinutes).reversed())
                .toList();
    }

    public List<RowForm> getRows() {
        return rows;
    }

    public void setRows(List<RowForm> rows) {
        this.rows = rows;
    }

    public BigDecimal getTestBonus() {
        return testBonus;
    }

    public void setTestBonus(BigDecimal testBonus) {
        this.testBonus = testBonus;
    }

    BigDecimal testBonus() {
        return testBonus;
    }

    /** A row of the table as typed; a mutable bean so that the form binds {@code rows[i].minMinutes}. */
    public static class RowForm {
        private Integer minMinutes;
        private BigDecimal hours;

        public RowForm() {}

        RowForm(Integer minMinutes, BigDecimal hours) {
            this.minMinutes = minMinutes;
            this.hours = hours;
        }

        boolean isEmpty() {
            return minMinutes == null && hours == null;
        }

        Integer minMinutes() {
            return minMinutes;
        }

        BigDecimal hours() {
            return hours;
        }

        public Integer getMinMinutes() {
            return minMinutes;
        }

        public void setMinMinutes(Integer minMinutes) {
            this.minMinutes = minMinutes;
        }

        public BigDecimal getHours() {
            return hours;
        }

        public void setHours(BigDecimal hours) {
            this.hours = hours;
        }
    }
}
