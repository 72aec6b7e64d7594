-- The most sought skills of a trade in a survey answer become ROME skills (issue 14, item 4), chosen with the skills
-- picker and kept as their OGR codes (labels come from trades' public API when shown). The skills written in the
-- company's own words before (column skills) are kept as given: shown read-only on the answer, still counted in the
-- results beside the ROME skills, never written again by the form. Owned by the clusters module (sub-package surveys).
alter table survey_answer_trade add column skill_ogrs integer[] not null default '{}';
comment on column survey_answer_trade.skills is 'Most sought skills in the company''s words, from answers given before ROME skills (read-only)';
comment on column survey_answer_trade.skill_ogrs is 'Most sought skills: ROME skills (OGR codes), five at most';
