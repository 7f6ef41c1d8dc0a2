-- What a check-in is judged against (who holds a place, who may run the check-in, a staff device's grant and its
-- holder's account, the items' times, the course's state, the institution's rules) changes rarely, while a burst of
-- check-ins reads it thousands of times a second. Each node keeps those facts in memory, and this one number says
-- whether they may have changed: it goes up once in every transaction that changes any of them, as the transaction
-- commits (a deferred trigger, so the row is locked only while committing). The check-in writer reads it in the
-- transaction that records a group of scans, and judges again, from the tables, every scan judged on facts older
-- than it: a node's memory can speed a check-in up, never change its outcome.
create table check_in_facts_version (
    only_row boolean primary key default true check (only_row),
    version  bigint not null
);
insert into check_in_facts_version (version) values (1);

create function check_in_facts_changed() returns trigger language plpgsql as $$
begin
    if current_setting('app.check_in_facts_changed', true) is distinct from 'yes' then
        update check_in_facts_version set version = version + 1;
        perform set_config('app.check_in_facts_changed', 'yes', true);
    end if;
    return null;
end
$$;

create constraint trigger enrolment_check_in_facts after insert or update or delete on enrolment
    deferrable initially deferred for each row execute function check_in_facts_changed();
create constraint trigger course_check_in_facts after insert or update or delete on course
    deferrable initially deferred for each row execute function check_in_facts_changed();
create constraint trigger agenda_item_check_in_facts after insert or update or delete on agenda_item
    deferrable initially deferred for each row execute function check_in_facts_changed();
create constraint trigger attendance_item_rule_check_in_facts after insert or update or delete on attendance_item_rule
    deferrable initially deferred for each row execute function check_in_facts_changed();
create constraint trigger training_rules_check_in_facts after insert or update or delete on training_rules_version
    deferrable initially deferred for each row execute function check_in_facts_changed();
create constraint trigger account_role_check_in_facts after insert or update or delete on account_role
    deferrable initially deferred for each row execute function check_in_facts_changed();
create constraint trigger account_check_in_facts after insert or delete on account
    deferrable initially deferred for each row execute function check_in_facts_changed();
-- an account's row is saved whole on many occasions: only who it is and whether it is enabled matter here
create constraint trigger account_standing_check_in_facts after update on account
    deferrable initially deferred for each row
    when (old.enabled is distinct from new.enabled
          or old.username is distinct from new.username
          or old.cadre_id is distinct from new.cadre_id
          or old.liaison_unit_id is distinct from new.liaison_unit_id)
    execute function check_in_facts_changed();
create constraint trigger device_grant_check_in_facts after insert or delete on attendance_device_grant
    deferrable initially deferred for each row execute function check_in_facts_changed();
-- "last used" is written once a minute while a device scans: not a change of the grant
create constraint trigger device_grant_standing_check_in_facts after update on attendance_device_grant
    deferrable initially deferred for each row
    when (old.revoked_at is distinct from new.revoked_at
          or old.expires_at is distinct from new.expires_at
          or old.account_id is distinct from new.account_id
          or old.course_id is distinct from new.course_id)
    execute function check_in_facts_changed();

-- a table emptied at once (as tests do) fires no row trigger
create function check_in_facts_emptied() returns trigger language plpgsql as $$
begin
    update check_in_facts_version set version = version + 1;
    return null;
end
$$;
create trigger enrolment_emptied after truncate on enrolment for each statement execute function check_in_facts_emptied();
create trigger course_emptied after truncate on course for each statement execute function check_in_facts_emptied();
create trigger agenda_item_emptied after truncate on agenda_item
    for each statement execute function check_in_facts_emptied();
create trigger account_emptied after truncate on account for each statement execute function check_in_facts_emptied();
create trigger device_grant_emptied after truncate on attendance_device_grant
    for each statement execute function check_in_facts_emptied();
