-- A cadre's name in English (romanised, e.g. "Hu Xiaomei"), for English news and documents; optional.
alter table cadre add column name_en varchar(100) not null default '';
alter table import_cadre_row add column name_en varchar(100);
