-- Training routes include the validation des acquis de l'expérience (VAE), and every diploma carries its level in the
-- national framework of certifications (cadre national des certifications professionnelles, décret n° 2019-14 du
-- 8 janvier 2019: levels 1 to 8), up to the doctorate (level 8). Every existing row is kept.

alter table campus_training drop constraint campus_training_route_check;
alter table campus_training add constraint campus_training_route_check
    check (route in ('SCHOOL', 'APPRENTICESHIP', 'CONTINUING', 'VAE'));

-- The level of the framework, from the BCN level (first digit of NIVEAU_FORMATION_DIPLOME, the former levels V to I):
-- V (5xx) is level 3, IV (4xx) level 4, III (3xx) level 5, II (2xx) level 6, I (1xx) level 7; the mentions
-- complémentaires (010) are level 3 or 4 as their short label says (MC3, MC4).
alter table diploma add column national_level smallint check (national_level between 1 and 8);
update diploma set national_level = case
    when level_code = '010' and short_label like 'MC3%' then 3
    when level_code = '010' and short_label like 'MC4%' then 4
    when level_code like '5%' then 3
    when level_code like '4%' then 4
    when level_code like '3%' then 5
    when level_code like '2%' then 6
    when level_code like '1%' then 7
end;

-- The doctorate: a national university diploma that the BCN table copied in V22 (N_FORMATION_DIPLOME, the diplomas
-- prepared in secondary schools and intermediate training) does not list, so it has no CFD. It is kept under the code
-- DOCTORAT, which no CFD can take (a CFD holds digits).
insert into diploma (code, level_code, level_label, short_label, label, opened_on, closed_on, national_level)
values ('DOCTORAT', 'DOC', 'Doctorat', 'DOCTORAT', 'Diplôme national de doctorat, toutes spécialités', null, null, 8);
