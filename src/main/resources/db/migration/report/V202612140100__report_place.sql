-- Each trainee place of a held course with what the statistics count of it (issue 15): what the statistics used to
-- work out for every place on every request (the days, the course 学时 from the latest ledger entries, completion,
-- approved leaves, withdrawal, and whether the holder earned any 学时 in the course's year) is written once by that
-- same definition (StatisticsSql's live places) when something it reads changes. The cadre's unit, rank and category
-- are kept beside it, so a subtree's places are read by unit without joining every cadre.
create table report_place (
    course_id      bigint      not null,
    cadre_id       bigint      not null,
    starts_on      date        not null,
    unit_id        bigint      not null,
    rank_code      varchar(32),
    category       varchar(100) not null,
    days           int         not null,
    hours          numeric     not null,
    completed      boolean,
    leaves         bigint      not null,
    withdrawn      boolean     not null,
    earned_in_year boolean     not null,
    primary key (course_id, cadre_id)
);
create index report_place_cadre_idx on report_place (cadre_id);
create index report_place_unit_idx on report_place (unit_id, starts_on);

-- Courses and cadres whose places the other modules' writes made stale, marked in the writer's transaction. Until
-- the report module folds them, a reader counts those places live, so a figure is exact in every snapshot. A key
-- may be marked twice: writers never wait for each other here.
create table report_place_stale (
    course_id bigint,
    cadre_id  bigint,
    constraint report_place_stale_one_key check (num_nonnulls(course_id, cadre_id) = 1)
);
create index report_place_stale_course_idx on report_place_stale (course_id);
create index report_place_stale_cadre_idx on report_place_stale (cadre_id);
-- every course with places is marked: readers count them live until the first fold fills their rows
insert into report_place_stale (course_id) select distinct course_id from enrolment;

-- Marks the keys of the changed rows. Arguments: the column of report_place_stale to mark; the expression over a
-- changed row r giving that key; for an update, what of the row matters (a row whose values there are unchanged
-- marks nothing); for an insert or delete, which rows matter.
create function report_place_mark() returns trigger language plpgsql as $$
declare
    marked text := tg_argv[0];
    key text := tg_argv[1];
    watched text := tg_argv[2];
    counts text := coalesce(tg_argv[3], 'true');
begin
    if tg_op in ('INSERT', 'DELETE') then
        execute format('insert into report_place_stale (%I) select distinct k from'
                       || ' (select %s as k from %I r where %s) x where k is not null', marked, key,
                       case tg_op when 'INSERT' then 'new_rows' else 'old_rows' end, counts);
    else
        execute format('insert into report_place_stale (%1$I) select distinct k from'
                       || ' ((select %2$s as k, %3$s from new_rows r except all select %2$s, %3$s from old_rows r)'
                       || ' union all'
                       || ' (select %2$s, %3$s from old_rows r except all select %2$s, %3$s from new_rows r)) x'
                       || ' where k is not null', marked, key, watched);
    end if;
    return null;
end $$;

-- Creates the statement triggers of a table that mark places: after each of the events, with the marking function's
-- arguments. Only for this migration.
create function report_place_watch(source text, events text[], marked text, key text, watched text,
                                   counts text default 'true') returns void language plpgsql as $$
declare
    event text;
begin
    foreach event in array events loop
        execute format('create trigger %I after %s on %I referencing %s for each statement'
                       || ' execute function report_place_mark(%L, %L, %L, %L)',
                       'report_place_on_' || source || '_' || lower(event), event, source,
                       case event when 'INSERT' then 'new table as new_rows'
                                  when 'DELETE' then 'old table as old_rows'
                                  else 'old table as old_rows new table as new_rows' end,
                       marked, key, watched, counts);
    end loop;
end $$;

select report_place_watch('enrolment', array['INSERT', 'UPDATE', 'DELETE'], 'cadre_id', 'r.cadre_id',
                          'r.id, r.course_id, r.status, r.course_role');
select report_place_watch('enrolment_cohort', array['INSERT', 'UPDATE', 'DELETE'], 'cadre_id',
                          '(select e.cadre_id from enrolment e where e.id = r.enrolment_id)', 'r.enrolment_id, r.cohort');
select report_place_watch('course', array['UPDATE'], 'course_id', 'r.id', 'r.status, r.starts_on, r.ends_on');
select report_place_watch('course_cohort', array['INSERT', 'UPDATE', 'DELETE'], 'course_id', 'r.course_id',
                          'r.position, r.starts_on, r.ends_on');
select report_place_watch('course_completion', array['INSERT', 'UPDATE', 'DELETE'], 'cadre_id', 'r.cadre_id',
                          'r.course_id, r.completed');
select report_place_watch('leave_request', array['INSERT', 'UPDATE', 'DELETE'], 'cadre_id', 'r.cadre_id',
                          'r.id, r.course_id, r.status', 'r.status = ''APPROVED''');
select report_place_watch('course_withdrawal', array['INSERT', 'UPDATE', 'DELETE'], 'cadre_id', 'r.cadre_id',
                          'r.course_id');
select report_place_watch('cadre', array['UPDATE'], 'cadre_id', 'r.id',
                          'r.unit_id, r.rank_code, r.category, r.active');

drop function report_place_watch(text, text[], text, text, text, text);

-- The ledger's tables are written with every 学时 recorded: their marks are static statements, planned once per
-- session, rather than built for each statement as above.

-- the ledger only grows: an entry of a course, or one correcting another, may change a place's course 学时
create function report_place_mark_entries() returns trigger language plpgsql as $$
begin
    insert into report_place_stale (cadre_id)
    select distinct r.cadre_id from new_rows r where r.course_id is not null or r.corrects_id is not null;
    return null;
end $$;
create trigger report_place_on_credit_entry_insert after insert on credit_entry referencing new table as new_rows
    for each statement execute function report_place_mark_entries();

-- whether the holder earned any full-time or online 学时 in a year changes only when its sum crosses zero
create function report_place_mark_years() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into report_place_stale (cadre_id)
        select distinct r.cadre_id from new_rows r where r.full_time + r.online > 0;
    elsif tg_op = 'DELETE' then
        insert into report_place_stale (cadre_id)
        select distinct r.cadre_id from old_rows r where r.full_time + r.online > 0;
    else
        insert into report_place_stale (cadre_id)
        select distinct k from ((select r.cadre_id as k, r.year, r.full_time + r.online > 0 as earned from new_rows r
                                 except all select r.cadre_id, r.year, r.full_time + r.online > 0 from old_rows r)
                                union all
                                (select r.cadre_id, r.year, r.full_time + r.online > 0 from old_rows r
                                 except all select r.cadre_id, r.year, r.full_time + r.online > 0 from new_rows r)) x;
    end if;
    return null;
end $$;
create trigger report_place_on_credit_year_total_insert after insert on credit_year_total
    referencing new table as new_rows for each statement execute function report_place_mark_years();
create trigger report_place_on_credit_year_total_update after update on credit_year_total
    referencing old table as old_rows new table as new_rows for each statement execute function report_place_mark_years();
create trigger report_place_on_credit_year_total_delete after delete on credit_year_total
    referencing old table as old_rows for each statement execute function report_place_mark_years();
