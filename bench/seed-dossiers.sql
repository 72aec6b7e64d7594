-- Copies every demo dossier (with its texts, steps, opinions and expert assignments) :n times, to measure the
-- labelling pages with many dossiers. Run on a throw-away demo database only:
--   psql -h localhost -p "$PORT" -U postgres -d passerelle -v n=200 -f bench/seed-dossiers.sql
create temporary table copy_map as
select a.id as source, gen_random_uuid() as target, k
  from application a cross join generate_series(1, :n) as k
 where a.kind <> 'PROGRESS_REPORT';

insert into application (id, call_id, campus_id, kind, category, project_name, sector, region_code, academy_code, previous_id, status,
                         round, created_by, created_at, submitted_at, status_since, version)
select m.target, a.call_id, null, 'NEW_CAMPUS', a.category, a.project_name || ' — copie ' || m.k, a.sector, a.region_code, a.academy_code,
       null, a.status, a.round, a.created_by, a.created_at, a.submitted_at, a.status_since, 0
  from copy_map m join application a on a.id = m.source;

insert into application_section (application_id, criterion, text, revision, updated_at, updated_by)
select m.target, s.criterion, s.text, s.revision, s.updated_at, s.updated_by
  from copy_map m join application_section s on s.application_id = m.source;

insert into application_step (application_id, status, entered_at, actor, note)
select m.target, s.status, s.entered_at, s.actor, s.note from copy_map m join application_step s on s.application_id = m.source;

insert into application_opinion (id, application_id, body, round, verdict, given_on, reasons, recorded_by, recorded_at)
select gen_random_uuid(), m.target, o.body, o.round, o.verdict, o.given_on, o.reasons, o.recorded_by, o.recorded_at
  from copy_map m join application_opinion o on o.application_id = m.source;

insert into expert_assignment (application_id, expert_id, assigned_at, assigned_by, declined_at, decline_reason)
select m.target, e.expert_id, e.assigned_at, e.assigned_by, e.declined_at, e.decline_reason
  from copy_map m join expert_assignment e on e.application_id = m.source;

select count(*) as dossiers from application;
