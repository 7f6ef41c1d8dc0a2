-- The institution's training rules as edited on /admin/training-rules. Each save is a new version; the latest is
-- in force and the earlier ones stay as the record of who changed what and when. With no row, the defaults of
-- app.credit.* apply.
create table training_rules_version (
    id                        bigserial primary key,
    hours_per_half_day        numeric(6, 2) not null check (hours_per_half_day > 0),
    hours_per_day             numeric(6, 2) not null check (hours_per_day > 0),
    minutes_per_half_day      int not null check (minutes_per_half_day > 0),
    afternoon_starts          time not null,
    evening_starts            time not null,
    minimum_attended_percent  int not null check (minimum_attended_percent between 0 and 100),
    leave_cap_numerator       int not null check (leave_cap_numerator >= 0),
    leave_cap_denominator     int not null check (leave_cap_denominator > 0),
    late_after_minutes        int not null check (late_after_minutes >= 0),
    early_leave_minutes       int not null check (early_leave_minutes >= 0),
    saved_at                  timestamptz not null,
    saved_by                  varchar(64) not null,
    constraint training_rules_afternoon_before_evening check (afternoon_starts < evening_starts)
);
