-- What the trade search indexes: the fiches and job titles of the current release, one row per stable code, so that
-- the search index (Hibernate Search) can load them by a single-column key. Switching the current release changes
-- what these views show; the trades module then rebuilds its index (RomeReleaseMadeCurrent).

create view rome_search_trade as
select t.code,
       t.label,
       t.parent_code,
       t.domain_code,
       coalesce(d.grand_domain_code, left(t.domain_code, 1)) as grand_domain_code,
       t.ecological_transition,
       coalesce(t.digital_transition, false)     as digital_transition,
       coalesce(t.demographic_transition, false) as demographic_transition,
       coalesce(t.regulated, false)              as regulated,
       coalesce(t.executive, false)              as executive,
       t.riasec_major
from rome_trade t
join rome_release r on r.id = t.release_id and r.is_current
left join rome_professional_domain d on d.release_id = t.release_id and d.code = t.domain_code;

create view rome_search_job_title as
select j.ogr,
       j.label,
       j.short_label,
       j.trade_code,
       t.label as trade_label,
       j.principal,
       j.rarely_used
from rome_job_title j
join rome_release r on r.id = j.release_id and r.is_current
join rome_trade t on t.release_id = j.release_id and t.code = j.trade_code;

-- The sectors of activity of a fiche, at the top level (a sub-sector counts for its sector).
create view rome_search_trade_sector as
select distinct ts.trade_code, coalesce(s.parent_code, ts.sector_code) as sector_code
from rome_trade_sector ts
join rome_release r on r.id = ts.release_id and r.is_current
left join rome_sector s on s.release_id = ts.release_id and s.code = ts.sector_code;
