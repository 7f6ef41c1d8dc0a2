package org.cadretraining.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.course.TrainingForm;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;

/**
 * A planned course as the organiser enters it, with the reason for a change once the plan is approved. The rules
 * Bean Validation cannot say are {@link PlanItemChecks}; how the audience typed becomes the item's is {@link PlanAudience}.
 */
class PlanItemForm {

    @NotBlank
    @Size(max = 300)
    private String titleZh;

    @Size(max = 300)
    private String titleEn = "";

    private List<String> rankCodes = new ArrayList<>();

    @Size(max = 500)
    private String cadreCategories = "";

    @NotNull
    @Min(0)
    @Max(10000)
    private Integer placesPerUnit;

    @NotNull
    @Min(1)
    @Max(12)
    private Integer firstMonth;

    @NotNull
    @Min(1)
    @Max(12)
    private Integer lastMonth;

    @NotNull
    private BigDecimal budget;

    @NotNull
    private TrainingForm trainingForm = TrainingForm.FULL_TIME;

    @NotNull
    private CreditCategory serves = CreditCategory.FULL_TIME;

    @NotNull
    private BigDecimal plannedHours;

    @Size(max = 1000)
    private String reason = "";

    PlanItem toItem(Long id, int year) {
        return new PlanItem(
                id,
                year,
                new LocalizedText(titleZh, titleEn),
                PlanAudience.rankCodes(rankCodes),
                PlanAudience.categories(cadreCategories),
                placesPerUnit,
                firstMonth,
                lastMonth,
                budget.setScale(2, RoundingMode.UNNECESSARY),
                trainingForm,
                serves,
                CreditHours.of(plannedHours));
    }

    static PlanItemForm of(PlanItem item) {
        PlanItemForm form = new PlanItemForm();
        form.titleZh = item.title().zh();
        form.titleEn = item.title().en();
        form.rankCodes = new ArrayList<>(item.rankCodes());
        form.cadreCategories = PlanAudience.categoriesText(item.cadreCategories());
        form.placesPerUnit = item.placesPerUnit();
        form.firstMonth = item.firstMonth();
        form.lastMonth = item.lastMonth();
        form.budget = item.budget();
        form.trainingForm = item.trainingForm();
        form.serves = item.serves();
        form.plannedHours = item.plannedHours().value();
        return form;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public List<String> getRankCodes() {
        return rankCodes;
    }

    public void setRankCodes(List<String> rankCodes) {
        this.rankCodes = rankCodes;
    }

    public String getCadreCategories() {
        return cadreCategories;
    }

    public void setCadreCategories(String cadreCategories) {
        this.cadreCategories = cadreCategories;
    }

    public Integer getPlacesPerUnit() {
        return placesPerUnit;
    }

    public void setPlacesPerUnit(Integer placesPerUnit) {
        this.placesPerUnit = placesPerUnit;
    }

    public Integer getFirstMonth() {
        return firstMonth;
    }

    public void setFirstMonth(Integer firstMonth) {
        this.firstMonth = firstMonth;
    }

    public Integer getLastMonth() {
        return lastMonth;
    }

    public void setLastMonth(Integer lastMonth) {
        this.lastMonth = lastMonth;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public TrainingForm getTrainingForm() {
        return trainingForm;
    }

    public void setTrainingForm(TrainingForm trainingForm) {
        this.trainingForm = trainingForm;
    }

    public CreditCategory getServes() {
        return serves;
    }

    public void setServes(CreditCategory serves) {
        this.serves = serves;
    }

    public BigDecimal getPlannedHours() {
        return plannedHours;
    }

    public void setPlannedHours(BigDecimal plannedHours) {
        this.plannedHours = plannedHours;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
