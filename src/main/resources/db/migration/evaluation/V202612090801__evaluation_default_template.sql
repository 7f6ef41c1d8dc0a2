-- The default questionnaire, in line with common practice at Party schools: the course as a whole (content,
-- methods, organisation, logistics, overall satisfaction, what was gained, length, suggestions) and each evaluated
-- item with its lecturer (content, delivery, usefulness). Written by the migration, so every node finds it once.
insert into evaluation_template (title_zh, title_en, is_default, created_at, created_by)
values ('培训质量评估问卷（默认）', 'Training quality questionnaire (default)', true, now(), 'system');

insert into evaluation_question (template_id, position, scope, kind, text_zh, text_en, required)
select t.id, q.position, q.scope, q.kind, q.text_zh, q.text_en, q.required
from evaluation_template t,
     (values (0, 'COURSE', 'SATISFACTION', '培训内容的针对性和实用性', 'Training content: relevance and practical value', true),
             (1, 'COURSE', 'SATISFACTION', '培训方式方法（专题讲授、研讨交流、现场教学等）', 'Training methods (lectures, discussions, field study)', true),
             (2, 'COURSE', 'SATISFACTION', '培训组织管理', 'Organisation and management of the course', true),
             (3, 'COURSE', 'SATISFACTION', '后勤服务保障（食宿、交通、场地）', 'Logistics (meals, lodging, transport, venues)', true),
             (4, 'COURSE', 'SATISFACTION', '对本期培训的总体满意度', 'Overall satisfaction with the course', true),
             (5, 'COURSE', 'MULTIPLE_CHOICE', '您认为本期培训收获较大的方面（可多选）', 'Where you gained most (choose any)', false),
             (6, 'COURSE', 'SINGLE_CHOICE', '您认为本期培训的时长', 'The length of the course was', true),
             (7, 'COURSE', 'FREE_TEXT', '对改进培训工作的意见和建议', 'Suggestions for improving the training', false),
             (8, 'ITEM', 'RATING', '教学内容（观点正确、内容充实、联系实际）', 'Content (sound, substantial, related to practice)', true),
             (9, 'ITEM', 'RATING', '授课效果（讲解清晰、互动充分）', 'Delivery (clear explanation, good interaction)', true),
             (10, 'ITEM', 'RATING', '对实际工作的帮助', 'Usefulness for your work', true))
         as q (position, scope, kind, text_zh, text_en, required)
where t.is_default;

insert into evaluation_question_option (template_id, position, option_no, label_zh, label_en)
select t.id, o.position, o.option_no, o.label_zh, o.label_en
from evaluation_template t,
     (values (5, 0, '理论素养', 'Theoretical grounding'),
             (5, 1, '党性修养', 'Party spirit'),
             (5, 2, '履职能力', 'Ability to do the job'),
             (5, 3, '知识视野', 'Breadth of knowledge'),
             (6, 0, '偏短', 'Too short'),
             (6, 1, '适中', 'About right'),
             (6, 2, '偏长', 'Too long'))
         as o (position, option_no, label_zh, label_en)
where t.is_default;
