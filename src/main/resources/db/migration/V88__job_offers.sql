-- Job offers (issue 15, part 1): posted free by the recruiters of a cluster's active member companies, or by the
-- cluster's staff for them; a draft, then published for 60 days (extendable), expired, or closed with how it was
-- filled. What the public board filters and shows is copied on the offer when it is written (company, cluster,
-- commune with its centre and région, ROME fiche and grand domain), so that the board reads one row and its index
-- one document. Owned by the jobs module (sub-package offers); the board searches the Hibernate Search index
-- "job_offer", rebuilt from this table at start-up.

create table job_offer (
    id                  uuid          primary key,
    company_id          uuid          not null,
    company_name        varchar(300)  not null,
    cluster_id          uuid          not null,
    cluster_name        varchar(300)  not null,
    title               varchar(200)  not null,
    description         text,
    job_title_ogr       integer       not null,
    job_title_label     varchar(300)  not null,
    trade_code          varchar(5)    not null,
    domain_code         varchar(1)    not null,
    contract            varchar(20)   not null check (contract in ('CDI', 'CDD', 'INTERIM', 'APPRENTICESHIP', 'PROFESSIONALISATION', 'INTERNSHIP', 'SEASONAL')),
    duration_months     integer       check (duration_months between 1 and 60),
    working_time        varchar(10)   not null check (working_time in ('FULL_TIME', 'PART_TIME')),
    hours_per_week      integer       check (hours_per_week between 1 and 48),
    municipality_code   varchar(5)    not null,
    municipality_name   varchar(200)  not null,
    region_code         varchar(3),
    latitude            double precision,
    longitude           double precision,
    level               varchar(10)   not null check (level in ('NONE', 'LEVEL_3', 'LEVEL_4', 'LEVEL_5', 'LEVEL_6', 'LEVEL_7', 'LEVEL_8')),
    -- gross yearly salary in euros
    salary_min          integer       check (salary_min between 0 and 1000000),
    salary_max          integer       check (salary_max between 0 and 1000000),
    starts_on           date,
    positions           integer       not null check (positions between 1 and 500),
    apply_email         varchar(254),
    apply_url           varchar(1000),
    apply_instructions  varchar(2000),
    status              varchar(10)   not null check (status in ('DRAFT', 'PUBLISHED', 'EXPIRED', 'CLOSED')),
    published_on        date,
    expires_on          date,
    -- the reminders before expiry, each sent once per expiry date (an extension sends them again)
    reminded_week_on    date,
    reminded_day_on     date,
    closed_on           date,
    filled              varchar(10)   check (filled in ('PLATFORM', 'OTHERWISE', 'NOT_FILLED')),
    posted_by           uuid          not null,
    posted_by_name      varchar(200)  not null,
    version             bigint        not null default 0,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    check (salary_min is null or salary_max is null or salary_min <= salary_max),
    check (apply_email is not null or apply_url is not null or apply_instructions is not null),
    check (status = 'DRAFT' or (published_on is not null and expires_on is not null)),
    check (status <> 'CLOSED' or (closed_on is not null and filled is not null))
);
create index job_offer_company_idx on job_offer (company_id, updated_at desc);
create index job_offer_cluster_idx on job_offer (cluster_id, updated_at desc);
-- the daily job: published offers by expiry date
create index job_offer_expiry_idx on job_offer (expires_on) where status = 'PUBLISHED';

-- The skills and savoirs an offer asks for (ROME OGR codes, labels as chosen), certifications and licences marked
-- required when the offer cannot do without them.
create table job_offer_skill (
    offer_id   uuid          not null references job_offer (id) on delete cascade,
    kind       varchar(10)   not null check (kind in ('SKILL', 'KNOWLEDGE')),
    ogr        integer       not null,
    label      varchar(500)  not null,
    required   boolean       not null default false,
    primary key (offer_id, kind, ogr)
);
