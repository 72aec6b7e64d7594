-- A person is a campus contact at most once.
create unique index membership_campus_person_uq on membership (campus_id, person_id) where person_id is not null;
create index membership_person_idx on membership (person_id);
