-- Generates :n organisations (a mix of kinds, fictitious names, no identifiers, spread over the communes) and makes
-- each a partner of one campus, to measure the registry at a larger directory size. For a throw-away database only:
--   psql -h localhost -p <port> -U postgres -d passerelle -v n=10000 -f bench/seed-organisations.sql
with communes as (select code, row_number() over (order by code) - 1 as k, count(*) over () as total from municipality)
insert into organisation (id, kind, name, municipality_code, description)
select gen_random_uuid(),
       (array['SCHOOL','APPRENTICE_CENTRE','COMPANY','COMPANY','COMPANY','CLUSTER','UNIVERSITY','LOCAL_AUTHORITY'])[1 + (i % 8)],
       'Organisation de charge n° ' || i, c.code, 'Organisation générée pour la mesure de performance'
from generate_series(1, :n) as i
join communes c on c.k = (i * 7919) % c.total;

with campuses as (select id, row_number() over (order by id) - 1 as k, count(*) over () as total from campus),
     generated as (select id, row_number() over (order by id) as r from organisation where name like 'Organisation de charge n° %')
insert into membership (id, campus_id, organisation_id, role)
select gen_random_uuid(), c.id, g.id, 'PARTNER' from generated g join campuses c on c.k = g.r % c.total;
