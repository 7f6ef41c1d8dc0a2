package org.cadretraining.enrolment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.OrganisationDirectory.CadreSummary;
import org.cadretraining.organisation.UnitNode;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Places, quotas and groups with the names people read, for pages and the API. */
@Component
class Roster {

    /**
     * A place with its cadre's name and unit, the unit whose quota it uses (and whether that unit's liaison nominated
     * it), its study group and the number of its
     * cohort (null when it takes part throughout the course).
     */
    record Entry(
            long id,
            long courseId,
            long cadreId,
            String staffNumber,
            String name,
            String nameEn,
            LocalizedText unit,
            LocalizedText position,
            Long quotaUnitId,
            LocalizedText quotaUnit,
            boolean nominated,
            EnrolmentStatus status,
            CourseRole role,
            Long replacesId,
            String reason,
            Instant decidedAt,
            String decidedBy,
            String group,
            Integer cohort) {

        /** The name to show a reader of the locale: the English name on English pages where there is one. */
        public String nameIn(Locale locale) {
            return new LocalizedText(name, nameEn).in(locale);
        }

        /** Why the place stands as it does: a withdrawal (退学) was recorded in both languages, read in one. */
        public String reasonIn(Locale locale) {
            if (reason == null) {
                return null;
            }
            return status == EnrolmentStatus.DISCONTINUED
                    ? LocalizedText.ofRecorded(reason).in(locale)
                    : reason;
        }
    }

    record Quota(long unitId, LocalizedText unit, int places, int used, int remaining, int withdrawn) {}

    /** A study group; {@code people} are its members' names in both languages, {@code members} the names as registered. */
    record Group(long id, String name, @JsonIgnore List<LocalizedText> people) {

        @JsonProperty
        public List<String> members() {
            return people.stream().map(LocalizedText::zh).toList();
        }
    }

    private final OrganisationDirectory directory;
    private final JdbcClient jdbc;

    Roster(OrganisationDirectory directory, JdbcClient jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<Entry> entries(List<Enrolment> enrolments) {
        Map<Long, UnitNode> units = units();
        Map<Long, String> groups = enrolments.isEmpty()
                ? Map.of()
                : jdbc
                        .sql("""
                                select m.enrolment_id, g.name from study_group_member m
                                join study_group g on g.id = m.group_id where m.enrolment_id = any(?)
                                """)
                        .param(enrolments.stream().map(Enrolment::id).toArray(Long[]::new))
                        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                        .list()
                        .stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<Long, Integer> cohorts = cohorts(enrolments);
        // the cadres in one read: a class of 2,000 is read on every check-in burst's re-judging
        Map<Long, CadreSummary> cadres =
                directory.cadres(enrolments.stream().map(Enrolment::cadreId).toList());
        return enrolments.stream()
                .map(e -> entry(e, cadres.get(e.cadreId()), units, groups, cohorts.get(e.id())))
                .toList();
    }

    Entry entry(Enrolment e) {
        return entries(List.of(e)).getFirst();
    }

    @Transactional(readOnly = true)
    List<Quota> quotas(List<QuotaRow> rows) {
        Map<Long, UnitNode> units = units();
        return rows.stream()
                .map(q -> new Quota(
                        q.unitId(), name(units, q.unitId()), q.places(), q.used(), q.remaining(), q.withdrawn()))
                .toList();
    }

    @Transactional(readOnly = true)
    List<Group> groups(long courseId) {
        List<Group> groups = jdbc.sql(StudyGroups.IN_ORDER_MADE)
                .param(courseId)
                .query((rs, n) -> new Group(rs.getLong(1), rs.getString(2), List.of()))
                .list();
        return groups.stream()
                .map(g -> new Group(
                        g.id(),
                        g.name(),
                        jdbc
                                .sql(
                                        "select e.cadre_id from study_group_member m join enrolment e on e.id = m.enrolment_id "
                                                + "where m.group_id = ? and e.status in ('NOMINATED', 'APPROVED') order by e.id")
                                .param(g.id())
                                .query(Long.class)
                                .list()
                                .stream()
                                .map(id -> directory
                                        .cadre(id)
                                        .map(c -> new LocalizedText(c.name(), c.nameEn()))
                                        .orElse(new LocalizedText("?", "?")))
                                .toList()))
                .toList();
    }

    Map<Long, UnitNode> units() {
        return directory.allUnits().stream().collect(Collectors.toMap(UnitNode::id, Function.identity()));
    }

    private Map<Long, Integer> cohorts(List<Enrolment> enrolments) {
        if (enrolments.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select enrolment_id, cohort from enrolment_cohort where enrolment_id in (:ids)")
                .param("ids", enrolments.stream().map(Enrolment::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Entry entry(
            Enrolment e, CadreSummary cadre, Map<Long, UnitNode> units, Map<Long, String> groups, Integer cohort) {
        return new Entry(
                e.id(),
                e.courseId(),
                e.cadreId(),
                cadre.staffNumber(),
                cadre.name(),
                cadre.nameEn(),
                name(units, cadre.unitId()),
                cadre.position(),
                e.quotaUnitId(),
                e.quotaUnitId() == null ? null : name(units, e.quotaUnitId()),
                e.nominated(),
                e.status(),
                e.role(),
                e.replacesId(),
                e.reason(),
                e.decidedAt(),
                e.decidedBy(),
                groups.get(e.id()),
                cohort);
    }

    private static LocalizedText name(Map<Long, UnitNode> units, long unitId) {
        UnitNode unit = units.get(unitId);
        return unit == null ? new LocalizedText("?", "?") : unit.name();
    }
}
