package org.cadretraining.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cadretraining.course.TrainingForm;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plans, their items, their change history and the courses created from them, in the plan module's tables. */
@Repository
class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AnnualPlan> plan(int year) {
        return jdbc.sql("select * from training_plan where plan_year = :year")
                .param("year", year)
                .query((rs, n) -> new AnnualPlan(
                        rs.getInt("plan_year"),
                        PlanStatus.valueOf(rs.getString("status")),
                        rs.getString("drafted_by"),
                        instant(rs, "drafted_at"),
                        rs.getString("submitted_by"),
                        instant(rs, "submitted_at"),
                        rs.getString("approving_body"),
                        rs.getObject("approved_on", java.time.LocalDate.class),
                        rs.getString("approval_recorded_by"),
                        instant(rs, "approval_recorded_at")))
                .optional();
    }

    /** Locks the year's plan row, so that two changes of one plan are written one after the other. */
    Optional<AnnualPlan> lock(int year) {
        jdbc.sql("select plan_year from training_plan where plan_year = :year for update")
                .param("year", year)
                .query(Integer.class)
                .optional();
        return plan(year);
    }

    void save(AnnualPlan plan) {
        jdbc.sql("""
                        insert into training_plan (plan_year, status, drafted_by, drafted_at, submitted_by, submitted_at,
                                                   approving_body, approved_on, approval_recorded_by, approval_recorded_at)
                        values (:year, :status, :draftedBy, :draftedAt, :submittedBy, :submittedAt,
                                :body, :on, :recordedBy, :recordedAt)
                        on conflict (plan_year) do update set status = excluded.status,
                            submitted_by = excluded.submitted_by, submitted_at = excluded.submitted_at,
                            approving_body = excluded.approving_body, approved_on = excluded.approved_on,
                            approval_recorded_by = excluded.approval_recorded_by,
                            approval_recorded_at = excluded.approval_recorded_at
                        """)
                .param("year", plan.year())
                .param("status", plan.status().name())
                .param("draftedBy", plan.draftedBy())
                .param("draftedAt", timestamp(plan.draftedAt()))
                .param("submittedBy", plan.submittedBy())
                .param("submittedAt", timestamp(plan.submittedAt()))
                .param("body", plan.approvingBody())
                .param("on", plan.approvedOn())
                .param("recordedBy", plan.approvalRecordedBy())
                .param("recordedAt", timestamp(plan.approvalRecordedAt()))
                .update();
    }

    List<PlanItem> items(int year) {
        return jdbc.sql("select * from plan_item where plan_year = :year and not withdrawn order by first_month, id")
                .param("year", year)
                .query(PlanStore::item)
                .list();
    }

    Optional<PlanItem> item(long id) {
        return jdbc.sql("select * from plan_item where id = :id and not withdrawn")
                .param("id", id)
                .query(PlanStore::item)
                .optional();
    }

    long insert(PlanItem item) {
        return jdbc.sql("""
                        insert into plan_item (plan_year, title_zh, title_en, rank_codes, cadre_categories,
                            places_per_unit, first_month, last_month, budget, training_form, serves, planned_hours)
                        values (:year, :titleZh, :titleEn, :ranks, :categories, :places, :first, :last, :budget,
                            :form, :serves, :hours)
                        returning id
                        """).params(columns(item)).query(Long.class).single();
    }

    void update(PlanItem item) {
        jdbc.sql("""
                        update plan_item set title_zh = :titleZh, title_en = :titleEn, rank_codes = :ranks,
                            cadre_categories = :categories, places_per_unit = :places, first_month = :first,
                            last_month = :last, budget = :budget, training_form = :form, serves = :serves,
                            planned_hours = :hours
                        where id = :id
                        """).params(columns(item)).param("id", item.id()).update();
    }

    void withdraw(long itemId) {
        jdbc.sql("update plan_item set withdrawn = true where id = :id")
                .param("id", itemId)
                .update();
    }

    void record(
            int year,
            Long itemId,
            String reason,
            org.cadretraining.shared.LocalizedText summary,
            String by,
            Instant at) {
        jdbc.sql("""
                        insert into plan_change (plan_year, item_id, reason, summary, summary_en, changed_by,
                                                 changed_at)
                        values (:year, :item, :reason, :summary, :summaryEn, :by, :at)
                        """)
                .param("year", year)
                .param("item", itemId)
                .param("reason", reason)
                .param("summary", summary.zh())
                .param("summaryEn", summary.en())
                .param("by", by)
                .param("at", timestamp(at))
                .update();
    }

    List<PlanChange> changes(int year) {
        return jdbc.sql("select * from plan_change where plan_year = :year order by changed_at desc, id desc")
                .param("year", year)
                .query((rs, n) -> new PlanChange(
                        rs.getObject("item_id", Long.class),
                        rs.getString("reason"),
                        new org.cadretraining.shared.LocalizedText(rs.getString("summary"), rs.getString("summary_en")),
                        rs.getString("changed_by"),
                        instant(rs, "changed_at")))
                .list();
    }

    private static java.util.Map<String, Object> columns(PlanItem item) {
        java.util.Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("year", item.year());
        columns.put("titleZh", item.title().zh());
        columns.put("titleEn", item.title().en());
        columns.put("ranks", String.join(",", item.rankCodes()));
        columns.put("categories", String.join(",", item.cadreCategories()));
        columns.put("places", item.placesPerUnit());
        columns.put("first", item.firstMonth());
        columns.put("last", item.lastMonth());
        columns.put("budget", item.budget());
        columns.put("form", item.trainingForm().name());
        columns.put("serves", item.serves().name());
        columns.put("hours", item.plannedHours().value());
        return columns;
    }

    private static PlanItem item(ResultSet rs, int row) throws SQLException {
        return new PlanItem(
                rs.getLong("id"),
                rs.getInt("plan_year"),
                new LocalizedText(rs.getString("title_zh"), rs.getString("title_en")),
                split(rs.getString("rank_codes")),
                split(rs.getString("cadre_categories")),
                rs.getInt("places_per_unit"),
                rs.getInt("first_month"),
                rs.getInt("last_month"),
                rs.getBigDecimal("budget"),
                TrainingForm.valueOf(rs.getString("training_form")),
                CreditCategory.valueOf(rs.getString("serves")),
                CreditHours.of(rs.getBigDecimal("planned_hours")));
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
