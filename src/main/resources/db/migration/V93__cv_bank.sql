-- The members-only CV bank (jobs.cvbank): what its search needs on the candidates' table, and the log of who viewed
-- which profile, which the candidate reads in their space and which is erased with them.

-- Searched by skill and by diploma as by job title (V91 indexed job titles only): GIN indexes on the arrays.
create index candidate_skills on candidate using gin (skills);
create index candidate_diplomas on candidate using gin (diplomas);

-- Copies of reference data the search filters on, kept by the database whenever the commune or the diplomas change:
-- the centre of the commune of the mobility area, and the highest level (national framework, 1 to 8) of the diplomas.
alter table candidate add column mobility_latitude double precision;
alter table candidate add column mobility_longitude double precision;
alter table candidate add column highest_level smallint;

create function candidate_search_fields() returns trigger language plpgsql as $$
begin
    select m.latitude, m.longitude into new.mobility_latitude, new.mobility_longitude
    from municipality m where m.code = new.mobility_municipality;
    if new.mobility_municipality is null then
        new.mobility_latitude := null;
        new.mobility_longitude := null;
    end if;
    select max(d.national_level) into new.highest_level from diploma d where d.code = any(new.diplomas);
    return new;
end $$;

create trigger candidate_search_fields before insert or update of mobility_municipality, diplomas on candidate
    for each row execute function candidate_search_fields();

update candidate set mobility_municipality = mobility_municipality;

create index candidate_mobility_place on candidate (mobility_latitude, mobility_longitude) where mobility_latitude is not null;
create index candidate_highest_level on candidate (highest_level) where highest_level is not null;

-- Every view of a profile in the CV bank (its page, its CV file, an export naming the candidate): by whom, for which company, when. Deleted with the
-- candidate (erasure); the recruiter's account may go, the company's name at the time stays.
create table candidate_profile_view (
    id                bigint       generated always as identity primary key,
    candidate_id      uuid         not null references candidate (id) on delete cascade,
    viewer_account_id uuid         references account (id) on delete set null,
    company_id        uuid         not null,
    company_name      varchar(300) not null,
    what              varchar(10)  not null constraint candidate_profile_view_what_chk check (what in ('PROFILE', 'CV', 'EXPORT')),
    viewed_at         timestamptz  not null
);
create index candidate_profile_view_candidate on candidate_profile_view (candidate_id, viewed_at desc, id desc);
