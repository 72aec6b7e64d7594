-- A person taken out of the directory is kept, with the day of removal, so that the meetings they attended and the
-- surveys they answered keep naming them; their seats on governing bodies end that day instead of vanishing.
alter table person add column removed_on date;
alter table body_member add column ended_on date;
create index body_member_person_idx on body_member (person_id);

-- Deleting a person can no longer erase, silently, what they took part in.
alter table body_member drop constraint body_member_person_id_fkey;
alter table body_member add constraint body_member_person_id_fkey foreign key (person_id) references person (id) on delete restrict;
alter table attendance drop constraint attendance_person_id_fkey;
alter table attendance add constraint attendance_person_id_fkey foreign key (person_id) references person (id) on delete restrict;
alter table meeting_survey drop constraint meeting_survey_person_id_fkey;
alter table meeting_survey add constraint meeting_survey_person_id_fkey foreign key (person_id) references person (id) on delete restrict;

-- A record's history is paged newest first by (occurred_at, id).
drop index audit_entry_entity_idx;
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, occurred_at desc, id desc);
