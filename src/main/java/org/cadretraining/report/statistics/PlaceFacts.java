package org.cadretraining.report.statistics;

/**
 * What a trainee place counts, written once ({@link #LIVE}): the days it is expected, its course 学时, whether it was
 * completed, its approved leaves, whether its holder was withdrawn, and whether the holder earned any 学时 in the
 * course's year. The same definition fills the kept rows ({@code report_place}, {@link KeptPlaces}) and counts the
 * places whose rows are marked stale (every course is marked until the rows are first filled), so the relation the
 * statistics read ({@link #READ}) is exact in every snapshot without waiting for anything to be folded.
 */
final class PlaceFacts {

    private PlaceFacts() {}

    /**
     * A trainee place of enrolment {@code e}: a place as participant, group leader or team leader (as completion
     * counts trainees), admitted, or admitted and then withdrawn from the course (退学), which the statistics count
     * among the withdrawals.
     */
    static final String TRAINEE_PLACE = "e.status in ('APPROVED', 'DISCONTINUED')"
            + " and e.course_role in ('PARTICIPANT', 'GROUP_LEADER', 'TEAM_LEADER')";

    static final String COLUMNS =
            "course_id, cadre_id, starts_on, unit_id, rank_code, category, days, hours, completed, leaves, withdrawn,"
                    + " earned_in_year";

    /** The trainee places of held courses and active cadres among the enrolments {@code e} that {@code %s} keeps. */
    static final String LIVE = """
            select e.course_id, e.cadre_id, c.starts_on, d.unit_id, d.rank_code, d.category,
                   -- a place in a cohort (期/批次) is expected on its cohort's days only (cohort n at position n - 1)
                   coalesce(k.ends_on - k.starts_on, c.ends_on - c.starts_on) + 1 as days,
                   -- the latest entry of each correction chain counts
                   coalesce((select sum(l.hours) from credit_entry l where l.cadre_id = e.cadre_id
                             and l.course_id = e.course_id and l.source = 'COURSE'
                             and not exists (select 1 from credit_entry x where x.corrects_id = l.id)), 0.00) as hours,
                   cc.completed as completed,
                   (select count(*) from leave_request q where q.course_id = e.course_id
                    and q.cadre_id = e.cadre_id and q.status = 'APPROVED') as leaves,
                   exists (select 1 from course_withdrawal w where w.course_id = e.course_id
                           and w.cadre_id = e.cadre_id) as withdrawn,
                   exists (select 1 from credit_year_total t where t.cadre_id = e.cadre_id
                           and t.year = extract(year from c.starts_on)::int
                           and t.full_time + t.online > 0) as earned_in_year
            from enrolment e
            -- a course is held when it was not cancelled or only planned
            join course c on c.id = e.course_id and c.status in ('IN_PROGRESS', 'COMPLETED', 'ARCHIVED')
            join cadre d on d.id = e.cadre_id and d.active
            left join course_completion cc on cc.course_id = e.course_id and cc.cadre_id = e.cadre_id
            left join enrolment_cohort ec on ec.enrolment_id = e.id
            left join course_cohort k on k.course_id = e.course_id and k.position = ec.cohort - 1
            where %s and (%s)
            """.formatted(TRAINEE_PLACE, "%s");

    /**
     * The enrolments of the courses {@code %1$s} and the cadres {@code %2$s} (arrays): found through the enrolments'
     * indexes on both, however many rows the planner guesses the marks have.
     */
    static final String OF_KEYS = "e.course_id = any(%1$s) or e.cadre_id = any(%2$s)";

    /** The enrolments of the marked courses and cadres. */
    private static final String MARKED = OF_KEYS.formatted(
            "array(select m.course_id from report_place_stale m where m.course_id is not null)",
            "array(select m.cadre_id from report_place_stale m where m.cadre_id is not null)");

    private static final String SELECTED =
            "course_id, cadre_id, rank_code, category, days, hours, completed, leaves, withdrawn, earned_in_year";

    /** The kept rows of the scope ({@code :path}, the units' path followed by %) in the period. */
    private static final String KEPT_ROWS =
            "select " + SELECTED + " from report_place p join unit u on u.id = p.unit_id"
                    + " where u.path like :path and p.starts_on between :from and :to";

    /**
     * The trainee places of the scope in courses starting in the period ({@code :from}, {@code :to}) when the
     * reader's snapshot holds no mark: the kept rows are exact.
     */
    static final String READ_KEPT = KEPT_ROWS;

    /**
     * The same when marks may be seen: the kept rows of keys not marked, and the places of the marked keys counted
     * live. The marks are few: each is looked for in a hash of them, not by a scan per place.
     */
    static final String READ = KEPT_ROWS + """

              and p.course_id not in (select m.course_id from report_place_stale m where m.course_id is not null)
              and p.cadre_id not in (select m.cadre_id from report_place_stale m where m.cadre_id is not null)
            union all
            select %1$s from (%2$s) l join unit u on u.id = l.unit_id
            -- checked once: with nothing marked, the live count is not started at all
            where u.path like :path and l.starts_on between :from and :to and exists (select from report_place_stale)
            """.formatted(SELECTED, LIVE.formatted(MARKED));
}
