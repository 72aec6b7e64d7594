-- Governing bodies as the sources set them. A seat on a body has dates: it runs from started_on to ended_on, so that
-- the participation in a past meeting counts the members of that day and appointing someone today changes nothing to
-- it. Existing seats are backfilled from the earliest known date of their body (its creation, or its first meeting if
-- that came before): every member counted in a past meeting's rate before this migration is still counted.
alter table body_member add column started_on date;
update body_member m
   set started_on = (select least((b.created_at at time zone 'Europe/Paris')::date,
                                  (select min(mt.starts_at)::date from meeting mt where mt.body_id = b.id))
                       from governing_body b where b.id = m.body_id);
alter table body_member alter column started_on set not null;
alter table body_member add constraint body_member_dates_chk check (ended_on is null or ended_on >= started_on);
-- A person may sit again on a body after their seat ended: a seat is known by its start.
alter table body_member drop constraint body_member_pkey;
alter table body_member add primary key (body_id, person_id, started_on);

-- The expected seat a member holds on a strategic orientation committee (recteur d'académie, président du conseil
-- régional, représentant des filières économiques, chef de l'établissement support, directeur opérationnel), and the
-- college a member of a steering committee sits in (formation et recherche, monde économique, territoires).
alter table body_member add column seat varchar(40);
alter table body_member add column college varchar(30);

-- A body's chair, one of its members, and how many meetings it should hold a year.
alter table governing_body add column chair_person_id uuid references person (id);
alter table governing_body add column meetings_per_year integer check (meetings_per_year between 1 and 52);
