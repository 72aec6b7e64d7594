-- The attendance view the indicators module reads, rewritten so that a filter on the campus or the meeting reaches
-- each branch of the union (a drill-down of one campus no longer expands every meeting of the country first).
-- Same rows as V54's: who was expected at a meeting (on its body that day) and who is in its attendance, with the status.
create or replace view indicator_source_attendance as
select m.id as meeting_id, b.campus_id, bm.person_id, a.status
  from meeting m
  join governing_body b on b.id = m.body_id
  join body_member bm on bm.body_id = m.body_id
                     and bm.started_on <= m.starts_at::date and (bm.ended_on is null or bm.ended_on >= m.starts_at::date)
  left join attendance a on a.meeting_id = m.id and a.person_id = bm.person_id
union
select m.id, b.campus_id, a.person_id, a.status
  from attendance a
  join meeting m on m.id = a.meeting_id
  join governing_body b on b.id = m.body_id;
comment on view indicator_source_attendance is 'published by governance for indicators';
