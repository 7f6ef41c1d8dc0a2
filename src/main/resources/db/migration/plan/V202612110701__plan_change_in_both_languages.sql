-- The change history in both languages (plan/PlanItemWords): summary holds the Chinese sentence, summary_en the
-- English one; a change kept before had one line for both.
alter table plan_change add column summary_en varchar(2000);
update plan_change set summary_en = summary;
alter table plan_change alter column summary_en set not null;
