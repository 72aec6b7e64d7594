-- The candidates of the job platform (jobs.candidates): one structured profile per candidate's account, its experiences,
-- an optional CV file, consents per purpose with their history, and the anonymous count of erased candidates.
create table candidate (
    id                       uuid         primary key,
    account_id               uuid         not null unique references account (id) on delete cascade,
    -- ROME 4.0 job titles (appellations), skills and savoirs by OGR code; diplomas by BCN code (CFD).
    job_titles               integer[]    not null default '{}',
    skills                   integer[]    not null default '{}',
    knowledge                integer[]    not null default '{}',
    diplomas                 varchar(8)[] not null default '{}',
    mobility_municipality    varchar(5)   references municipality (code),
    mobility_radius_km       integer      constraint candidate_radius_chk check (mobility_radius_km between 0 and 1000),
    available_from           date,
    created_at               timestamptz  not null,
    -- The last change of the profile: it is active for six months after it.
    updated_at               timestamptz  not null,
    -- The last sign of life (a visit of their space, a change): two years without one and the data is erased.
    last_activity_at         timestamptz  not null,
    -- The profile update a lapse reminder was e-mailed for (once per lapse).
    lapse_reminded_for       timestamptz,
    -- When the candidate was told their data would be erased for inactivity (cleared by any activity).
    inactivity_warned_at     timestamptz,
    version                  bigint       not null default 0
);
create index candidate_updated on candidate (updated_at);
create index candidate_activity on candidate (last_activity_at);
create index candidate_job_titles on candidate using gin (job_titles);

create table candidate_experience (
    candidate_id uuid         not null references candidate (id) on delete cascade,
    position     integer      not null,
    employer     varchar(200) not null,
    job          varchar(200) not null,
    started_on   date         not null,
    ended_on     date,
    primary key (candidate_id, position),
    constraint candidate_experience_dates_chk check (ended_on is null or ended_on >= started_on)
);

-- The CV file (PDF), downloadable by its owner only.
create table candidate_cv (
    candidate_id uuid         primary key references candidate (id) on delete cascade,
    file_name    varchar(200) not null,
    content      bytea        not null,
    size_bytes   integer      not null,
    uploaded_at  timestamptz  not null
);

-- Every consent given or withdrawn, with the version of the wording the candidate read: the latest row per purpose is
-- the current state, the others its history.
create table candidate_consent (
    id              bigint       generated always as identity primary key,
    candidate_id    uuid         not null references candidate (id) on delete cascade,
    purpose         varchar(20)  not null,
    wording_version integer      not null,
    given           boolean      not null,
    recorded_at     timestamptz  not null
);
create index candidate_consent_current on candidate_consent (candidate_id, purpose, id desc);

-- Statistics that survive erasure: how many candidates were erased per month and reason, nothing else.
create table candidate_erasure_count (
    month   date        not null,
    reason  varchar(20) not null,
    erased  integer     not null,
    primary key (month, reason)
);
