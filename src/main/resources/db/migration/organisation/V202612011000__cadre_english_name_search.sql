-- Part of an English name ("xiaomei", "Hu X") finds the cadre as part of a Chinese name does.
create index cadre_name_en_trgm_idx on cadre using gin (name_en gin_trgm_ops);
