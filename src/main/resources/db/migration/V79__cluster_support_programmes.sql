-- Multi-session support programmes of a cluster in cohorts (issue 14, item 5; source 004 « Fiche 2 »: « deux groupes
-- de six entreprises … six demi-journées en collectif … ensuite accompagné les entreprises individuellement »): the
-- programme, its cohorts of active member companies, their collective sessions with attendance per company, and each
-- company's individual follow-up sessions. Owned by the clusters module (sub-package support).

create table support_programme (
    id           uuid          primary key,
    cluster_id   uuid          not null references cluster (id) on delete cascade,
    title        varchar(200)  not null,
    theme        varchar(300),
    description  text,
    partners     varchar(1000),
    version      bigint        not null default 0,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null
);
create index support_programme_cluster_idx on support_programme (cluster_id, created_at desc);

create table support_cohort (
    id            uuid          primary key,
    programme_id  uuid          not null references support_programme (id) on delete cascade,
    name          varchar(200)  not null,
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null
);
create index support_cohort_programme_idx on support_cohort (programme_id, created_at);

create table support_cohort_company (
    cohort_id        uuid         not null references support_cohort (id) on delete cascade,
    organisation_id  uuid         not null references organisation (id),
    added_at         timestamptz  not null,
    primary key (cohort_id, organisation_id)
);
create index support_cohort_company_organisation_idx on support_cohort_company (organisation_id);

create table support_cohort_session (
    id         uuid          primary key,
    cohort_id  uuid          not null references support_cohort (id) on delete cascade,
    starts_at  timestamp     not null,
    ends_at    timestamp     not null,
    place      varchar(300),
    topic      varchar(300)  not null,
    attendance_recorded boolean not null default false,
    created_at timestamptz   not null,
    check (ends_at > starts_at)
);
create index support_cohort_session_idx on support_cohort_session (cohort_id, starts_at);

create table support_cohort_attendance (
    session_id       uuid     not null references support_cohort_session (id) on delete cascade,
    organisation_id  uuid     not null references organisation (id),
    present          boolean  not null,
    primary key (session_id, organisation_id)
);

create table support_follow_up (
    id               uuid          primary key,
    cohort_id        uuid          not null references support_cohort (id) on delete cascade,
    organisation_id  uuid          not null references organisation (id),
    held_on          date          not null,
    consultant       varchar(200)  not null,
    notes            varchar(5000),
    created_at       timestamptz   not null
);
create index support_follow_up_idx on support_follow_up (cohort_id, organisation_id, held_on);
