package org.cadretraining.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cadretraining.course.TrainingForm;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.organisation.Rank;
import org.cadretraining.organisation.Ranks;
import org.cadretraining.shared.TableRows.TableRow;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Plan items given as a table (pasted rows or an XLSX workbook, read by {@code TableRows} as the programme import
 * reads them), one item a row in the column order of {@link #COLUMNS}; a first row naming the columns is skipped.
 * Each row is bound and checked exactly as the item form is, so a row is refused with the same sentence as the form.
 */
@Component
class PlanSheet {

    static final List<String> COLUMNS = List.of(
            "titleZh",
            "titleEn",
            "rankCodes",
            "cadreCategories",
            "placesPerUnit",
            "firstMonth",
            "lastMonth",
            "budget",
            "trainingForm",
            "serves",
            "plannedHours");

    /** A row read: the item it gives, or the sentences that say what is wrong with it. */
    record Line(int row, PlanItemForm form, List<String> problems) {

        public boolean good() {
            return problems.isEmpty();
        }
    }

    private final Ranks ranks;
    private final MessageSource messages;
    private final Validator validator;

    /** The application's validator, which names each field by its label as on the item form. */
    PlanSheet(Ranks ranks, MessageSource messages, LocalValidatorFactoryBean validator) {
        this.ranks = ranks;
        this.messages = messages;
        this.validator = validator;
    }

    List<Line> read(List<TableRow> table, Locale locale) {
        List<Line> lines = new ArrayList<>();
        for (TableRow row : table) {
            if (lines.isEmpty() && isHeader(row, locale)) {
                continue;
            }
            lines.add(line(row, locale));
        }
        return lines;
    }

    private Line line(TableRow row, Locale locale) {
        PlanItemForm form = new PlanItemForm();
        DataBinder binder = new DataBinder(form, "planItemForm");
        binder.setValidator(validator);
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            protected Object[] getArgumentsForBindError(String objectName, String field) {
                return new Object[] {
                    new DefaultMessageSourceResolvable(new String[] {"label.planItemForm." + field}, field)
                };
            }
        });
        MutablePropertyValues values = new MutablePropertyValues();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            String column = COLUMNS.get(i);
            String cell = row.cell(i).strip();
            switch (column) {
                case "rankCodes" -> values.add(column, rankCodes(cell, problems, locale));
                case "trainingForm" -> values.add(column, choice(cell, TrainingForm.values(), "course.trainingForm."));
                case "serves" -> values.add(column, choice(cell, CreditCategory.values(), "plan.serves.short."));
                default -> values.add(column, cell);
            }
        }
        binder.bind(values);
        binder.validate();
        BindingResult result = binder.getBindingResult();
        PlanItemChecks.check(form, result);
        for (FieldError error : result.getFieldErrors()) {
            problems.add(messages.getMessage(error, locale));
        }
        return new Line(row.number(), form, problems);
    }

    private List<String> rankCodes(String cell, List<String> problems, Locale locale) {
        List<String> codes = new ArrayList<>();
        for (String name :
                Arrays.stream(cell.split("[,，、;；]+")).map(String::strip).toList()) {
            if (name.isEmpty() || name.equals(messages.getMessage("plan.item.allRanks", null, locale))) {
                continue;
            }
            Optional<Rank> rank = ranks.find(name);
            if (rank.isPresent()) {
                codes.add(rank.get().code());
            } else {
                problems.add(messages.getMessage("plan.item.rankUnknown", new Object[] {name}, locale));
            }
        }
        return codes;
    }

    /** The constant a cell names by its code or its label in either language; the cell itself when none matches. */
    private <E extends Enum<E>> String choice(String cell, E[] constants, String labelPrefix) {
        if (cell.isEmpty()) {
            return constants[0].name();
        }
        for (E constant : constants) {
            String key = labelPrefix + constant.name();
            if (constant.name().equalsIgnoreCase(cell)
                    || messages.getMessage(key, null, Locale.CHINESE).equals(cell)
                    || messages.getMessage(key, null, Locale.ENGLISH).equalsIgnoreCase(cell)) {
                return constant.name();
            }
        }
        return cell;
    }

    private boolean isHeader(TableRow row, Locale locale) {
        String first = row.cell(0).strip();
        return first.equals(messages.getMessage("label.planItemForm.titleZh", null, Locale.CHINESE))
                || first.equalsIgnoreCase(messages.getMessage("label.planItemForm.titleZh", null, Locale.ENGLISH))
                || first.equalsIgnoreCase("titleZh");
    }
}
