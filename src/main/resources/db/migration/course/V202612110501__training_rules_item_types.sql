-- How each kind of agenda item earns 学时, as part of a version of the training rules: by the day and half-day rule
-- (the default for every kind), by its length in minutes (so many minutes a 学时, to the nearest 0.25), a fixed
-- figure, or nothing. A kind without a row in a version counts by the day and half-day rule.
create table training_rules_item_type (
    version_id        bigint not null references training_rules_version (id),
    item_type         varchar(32) not null,
    counted           varchar(16) not null check (counted in ('DAY_RULE', 'BY_LENGTH', 'FIXED', 'NONE')),
    minutes_per_hour  int not null check (minutes_per_hour between 1 and 600),
    fixed_hours       numeric(6, 2) not null check (fixed_hours >= 0 and fixed_hours <= 24
                                                   and fixed_hours * 4 = trunc(fixed_hours * 4)),
    primary key (version_id, item_type)
);
