-- Each cadre's hours within the windows of the requirements, as of one year: what compliance reads, one row per
-- cadre. Kept in the same transaction as every ledger write (through the yearly totals); rebuilt from the yearly
-- totals when the year turns or a requirement's period changes (the basis says which year and periods it holds).
create table credit_standing (
    cadre_id        bigint primary key references cadre (id),
    ft_county       numeric(12, 2) not null default 0,
    ft_section      numeric(12, 2) not null default 0,
    online_county   numeric(12, 2) not null default 0,
    online_section  numeric(12, 2) not null default 0
);

create table credit_standing_basis (
    id                  int primary key check (id = 1),
    as_of_year          int not null,
    ft_county_years     int not null,
    ft_section_years    int not null,
    online_county_years int not null,
    online_section_years int not null
);
-- year 0: out of date, so the first compliance report builds the standing
insert into credit_standing_basis values (1, 0, 5, 1, 1, 1);
