-- A make-up recorded by mistake can be withdrawn: the record stays, with who withdrew it, when and why, and no longer
-- meets the mandatory rule. The item may then be made up again, so a trainee holds one live make-up per item.
alter table completion_make_up
    add column withdrawn_at     timestamptz,
    add column withdrawn_by     varchar(64),
    add column withdrawal_reason varchar(1000),
    add constraint completion_make_up_withdrawal_whole
        check ((withdrawn_at is null) = (withdrawn_by is null) and (withdrawn_at is null) = (withdrawal_reason is null));
alter table completion_make_up drop constraint completion_make_up_pkey;
alter table completion_make_up add column id bigserial primary key;
create unique index completion_make_up_live on completion_make_up (course_id, cadre_id, agenda_item_id)
    where withdrawn_at is null;
