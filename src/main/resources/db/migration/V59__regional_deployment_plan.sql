-- The regional deployment plan of a région for a year (labelling.deployment): its priority sectors, the projects of
-- campuses prepared for the next calls (an existing dossier of the région or a project entered in the plan), and per
-- project its support calendar towards the label (DREETS or Carif-Oref studies, partners' meetings, support letters,
-- passage before the Crefop and the CAEN, submission).

create table deployment_plan (
    id          uuid        primary key,
    region_code varchar(3)  not null references region (code),
    year        integer     not null,
    status      varchar(20) not null,
    adopted_on  date,
    comment     text,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0,
    constraint deployment_plan_uq unique (region_code, year),
    constraint deployment_plan_adopted_chk check (status <> 'ADOPTED' or adopted_on is not null)
);

-- The priority sectors of a plan, in the order the région gives them, each with its rationale.
create table deployment_priority (
    plan_id   uuid          not null references deployment_plan (id) on delete cascade,
    position  integer       not null,
    sector    varchar(40)   not null,
    rationale varchar(2000) not null,
    primary key (plan_id, position)
);

create table deployment_project (
    id                   uuid         primary key,
    plan_id              uuid         not null references deployment_plan (id) on delete cascade,
    application_id       uuid         references application (id) on delete set null,
    name                 varchar(255) not null,
    sector               varchar(40)  not null,
    lead_organisation_id uuid         references organisation (id) on delete set null,
    municipality_code    varchar(5),
    expected_call_year   integer      not null,
    comment              varchar(2000),
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0
);
-- The projects list of a plan is sorted by name and paged in SQL.
create index deployment_project_plan_idx on deployment_project (plan_id, lower(name), id);
create unique index deployment_project_application_uq on deployment_project (plan_id, application_id) where application_id is not null;

create table deployment_project_academy (
    project_id   uuid       not null references deployment_project (id) on delete cascade,
    academy_code varchar(3) not null references academy (code),
    primary key (project_id, academy_code)
);

create table deployment_milestone (
    id         uuid          primary key,
    project_id uuid          not null references deployment_project (id) on delete cascade,
    kind       varchar(30)   not null,
    planned_on date          not null,
    done_on    date,
    signatory  varchar(255),
    note       varchar(2000),
    created_at timestamptz   not null,
    updated_at timestamptz   not null,
    version    bigint        not null default 0
);
create index deployment_milestone_project_idx on deployment_milestone (project_id, planned_on);

-- The support letter itself, when one was joined to its milestone.
create table deployment_milestone_file (
    milestone_id uuid         primary key references deployment_milestone (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(150) not null,
    size_bytes   bigint       not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null,
    uploaded_by  varchar(150) not null
);
