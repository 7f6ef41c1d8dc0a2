package org.cadretraining.course;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.PageOf;
import org.cadretraining.organisation.UnitNode;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds the courses a person may see, sorted and one page at a time. */
@Component
class CourseSearch {

    private static final LocalizedText NONE = new LocalizedText("", "");

    private final JdbcClient jdbc;
    private final OrganisationDirectory directory;

    private final Clock clock;

    CourseSearch(JdbcClient jdbc, OrganisationDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageOf<CourseRow> search(CourseCriteria criteria, CurrentUser user) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!CourseRights.mayPlan(user)) {
            conditions.add("c.status <> 'DRAFT'");
        }
        if (!criteria.q().isEmpty()) {
            conditions.add("(c.title_zh ilike ? or c.title_en ilike ?)");
            String pattern =
                    "%" + criteria.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(pattern);
            params.add(pattern);
        }
        if (criteria.status() != null) {
            conditions.add("c.status = ?");
            params.add(criteria.status().name());
        }
        if (criteria.category() != null) {
            conditions.add("c.category = ?");
            params.add(criteria.category().name());
        }
        if (criteria.form() != null) {
            conditions.add("c.training_form = ?");
            params.add(criteria.form().name());
        }
        if (criteria.year() != null) {
            // a course counts for every year it runs in
            conditions.add("c.starts_on <= ? and c.ends_on >= ?");
            params.add(LocalDate.of(criteria.year(), 12, 31));
            params.add(LocalDate.of(criteria.year(), 1, 1));
        }
        if (Boolean.TRUE.equals(criteria.late())) {
            // CourseSummary.lateToStart as a condition: the states that await 开班, from its first day on
            conditions.add("c.status = any(?::varchar[]) and c.starts_on <= ?");
            params.add(CourseStatus.awaitingStart().stream()
                    .map(CourseStatus::name)
                    .toArray(String[]::new));
            params.add(LocalDate.now(clock));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from course c" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(criteria.size());
        pageParams.add((long) criteria.page() * criteria.size());
        Map<Long, LocalizedText> units = unitNames();
        List<CourseRow> rows = jdbc.sql("""
                        select c.id, c.title_zh, c.title_en, c.starts_on, c.ends_on, c.status, c.category,
                               c.capacity, c.training_form, c.organiser_unit_id, c.host_unit_id, c.required_hours,
                               (select count(*) from agenda_item i where i.course_id = c.id) as items,
                               (select coalesce(sum(coalesce(i.credit_hours_override, i.credit_hours)), 0)
                                  from agenda_item i where i.course_id = c.id) as agenda_hours
                        from course c""" + where + " order by " + criteria.orderBy() + " limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> new CourseRow(
                        rs.getLong("id"),
                        new LocalizedText(rs.getString("title_zh"), rs.getString("title_en")),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        CourseStatus.valueOf(rs.getString("status")),
                        TrainingCategory.valueOf(rs.getString("category")),
                        TrainingForm.valueOf(rs.getString("training_form")),
                        rs.getInt("capacity"),
                        units.getOrDefault(rs.getLong("organiser_unit_id"), NONE),
                        units.getOrDefault(rs.getObject("host_unit_id", Long.class), NONE),
                        rs.getInt("items"),
                        CreditHours.of(rs.getBigDecimal("agenda_hours")),
                        CreditHours.of(rs.getBigDecimal("required_hours"))))
                .list();
        return new PageOf<>(rows, criteria.page(), criteria.size(), total);
    }

    private Map<Long, LocalizedText> unitNames() {
        Map<Long, LocalizedText> names = new HashMap<>();
        for (UnitNode unit : directory.allUnits()) {
            names.put(unit.id(), unit.name());
        }
        return names;
    }
}
