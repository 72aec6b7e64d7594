-- The views each module publishes for the indicators module: the rows its indicators count, without reading another
-- module's tables. Each view is owned by the module whose tables it reads (said in its comment and in that module's
-- package-info); indicators reads the views only. One row per counted item, keyed by campus, so that a value is one
-- aggregate over an index and a consolidation per académie, région or nation is the same aggregate grouped otherwise.

-- published by governance for indicators: every meeting of a campus's bodies with its participation by the platform's
-- one definition (governance.Participation): members = people whose seat ran on the meeting's day plus anyone in its
-- attendance; present = attendance PRESENT; recorded = attendance taken.
create view indicator_source_meeting as
select m.id                                  as meeting_id,
       b.campus_id,
       b.id                                  as body_id,
       b.kind                                as body_kind,
       b.name                                as body_name,
       m.starts_at,
       m.cancelled_at is not null            as cancelled,
       exists (select 1 from attendance a where a.meeting_id = m.id) as recorded,
       (select count(*) from attendance a where a.meeting_id = m.id and a.status = 'PRESENT') as present,
       (select count(*) from (select bm.person_id from body_member bm
                               where bm.body_id = b.id and bm.started_on <= m.starts_at::date
                                 and (bm.ended_on is null or bm.ended_on >= m.starts_at::date)
                              union
                              select a.person_id from attendance a where a.meeting_id = m.id) seated) as members
  from meeting m
  join governing_body b on b.id = m.body_id;
comment on view indicator_source_meeting is 'published by governance for indicators';

-- published by governance for indicators: who was expected at a meeting and what the attendance says of them
-- (status null: on the body that day, attendance not taken for them).
create view indicator_source_attendance as
select seated.meeting_id, b.campus_id, seated.person_id, a.status
  from (select m.id as meeting_id, bm.person_id
          from meeting m join body_member bm on bm.body_id = m.body_id
         where bm.started_on <= m.starts_at::date and (bm.ended_on is null or bm.ended_on >= m.starts_at::date)
        union
        select a.meeting_id, a.person_id from attendance a) seated
  join meeting m on m.id = seated.meeting_id
  join governing_body b on b.id = m.body_id
  left join attendance a on a.meeting_id = seated.meeting_id and a.person_id = seated.person_id;
comment on view indicator_source_attendance is 'published by governance for indicators';

-- published by governance for indicators: the answers to the satisfaction surveys of meetings held (never who answered).
create view indicator_source_survey_answer as
select s.id as answer_id, b.campus_id, m.id as meeting_id, b.kind as body_kind, b.name as body_name, m.starts_at, s.score
  from meeting_survey s
  join meeting m on m.id = s.meeting_id
  join governing_body b on b.id = m.body_id
 where s.score is not null and m.cancelled_at is null;
comment on view indicator_source_survey_answer is 'published by governance for indicators';

-- published by governance for indicators: the actions of the action plans, with how many partners and learners each has.
create view indicator_source_action as
select a.id as action_id, a.campus_id, a.year, a.type, a.status, a.abandon_cause, a.title, a.teachers,
       (select count(*) from action_partner p where p.action_id = a.id) as partners,
       coalesce((select sum(l.girls + l.boys + l.unspecified) from action_learners l where l.action_id = a.id), 0) as learners
  from campus_action a;
comment on view indicator_source_action is 'published by governance for indicators';

-- published by governance for indicators: the learners each action reaches, by audience.
create view indicator_source_action_learners as
select l.action_id, a.campus_id, a.year, a.type, a.status, a.title, l.audience, l.girls, l.boys, l.unspecified,
       l.girls + l.boys + l.unspecified as learners
  from action_learners l
  join campus_action a on a.id = l.action_id;
comment on view indicator_source_action_learners is 'published by governance for indicators';

-- published by governance for indicators: the funding requests of the budgets.
create view indicator_source_funding_request as
select id as request_id, campus_id, year, funder, programme, status, amount_asked from funding_request;
comment on view indicator_source_funding_request is 'published by governance for indicators';

-- published by governance for indicators: the documents of the campus's library, with the day (Paris) they were added.
create view indicator_source_document as
select id as document_id, campus_id, title, visibility, (created_at at time zone 'Europe/Paris')::date as added_on from document;
comment on view indicator_source_document is 'published by governance for indicators';
create index document_campus_created_idx on document (campus_id, created_at);

-- published by directory for indicators: the organisations (name, kind, UAI of a school).
create view indicator_source_organisation as
select id as organisation_id, name, kind, uai from organisation;
comment on view indicator_source_organisation is 'published by directory for indicators';

-- published by directory for indicators: the memberships of organisations in campuses (contacts, who are people, apart).
create view indicator_source_membership as
select id as membership_id, campus_id, organisation_id, role, since, until
  from membership
 where organisation_id is not null and role <> 'CONTACT';
comment on view indicator_source_membership is 'published by directory for indicators';

-- published by directory for indicators: the people (their names), for the attendance behind a participation rate.
create view indicator_source_person as
select id as person_id, first_name, last_name from person;
comment on view indicator_source_person is 'published by directory for indicators';

-- published by directory for indicators: the partnership agreements, with the days they run (from their validity, or
-- their signature, or their recording when no date is known; open-ended without an end).
create view indicator_source_partnership_agreement as
select id as agreement_id, campus_id, title,
       coalesce(valid_from, signed_on, (created_at at time zone 'Europe/Paris')::date) as runs_from,
       valid_until as runs_until
  from partnership_agreement;
comment on view indicator_source_partnership_agreement is 'published by directory for indicators';

-- published by campus for indicators: the framework agreement of each campus, with the days it runs.
create view indicator_source_framework_agreement as
select id as agreement_id, campus_id, title,
       coalesce(effective_from, signed_on, (updated_at at time zone 'Europe/Paris')::date) as runs_from,
       effective_until as runs_until
  from framework_agreement;
comment on view indicator_source_framework_agreement is 'published by campus for indicators';

-- published by training for indicators: the trainings of each campus (diploma, establishment, route, opening year).
create view indicator_source_campus_training as
select t.id as training_id, t.campus_id, t.diploma_code, d.level_label as diploma_level, d.label as diploma_label,
       t.organisation_id, t.route, t.since_year
  from campus_training t
  join diploma d on d.code = t.diploma_code;
comment on view indicator_source_campus_training is 'published by training for indicators';

-- published by training for indicators: the InserJeunes outcomes per establishment (UAI), school year (« 2022-2023 »),
-- file (lycées professionnels or CFA) and population (ALL, APPRENTICES, STUDENTS); null where the source is blank.
create view indicator_source_outcome as
select uai, school_year, case source when 'INSERJEUNES_LP' then 'LP' else 'CFA' end as source, population, establishment_name,
       further_study_rate, employment_rate, expected_employment_rate, value_added
  from catalogue_outcome;
comment on view indicator_source_outcome is 'published by training for indicators';
