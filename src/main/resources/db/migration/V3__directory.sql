-- Organisations, people and their memberships of campuses.
create table organisation (
    id                uuid         primary key,
    kind              varchar(30)  not null,
    name              varchar(255) not null,
    acronym           varchar(50),
    uai               varchar(8)   unique,
    siret             varchar(14)  unique,
    address_line      varchar(255),
    postal_code       varchar(5),
    municipality_code varchar(5)   references municipality (code),
    website           varchar(255),
    email             varchar(255),
    phone             varchar(30),
    description       text,
    version           bigint       not null default 0,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now()
);
create index organisation_kind_idx on organisation (kind);
create index organisation_name_idx on organisation (lower(name));

create table person (
    id              uuid         primary key,
    first_name      varchar(100) not null,
    last_name       varchar(100) not null,
    email           varchar(255),
    phone           varchar(30),
    job_title       varchar(150),
    organisation_id uuid         references organisation (id),
    version         bigint       not null default 0
);
create index person_organisation_idx on person (organisation_id);

create table membership (
    id              uuid        primary key,
    campus_id       uuid        not null,
    organisation_id uuid        references organisation (id),
    person_id       uuid        references person (id),
    role            varchar(30) not null,
    since           date,
    until           date,
    created_at      timestamptz not null default now(),
    constraint membership_member_chk check (organisation_id is not null or person_id is not null),
    constraint membership_dates_chk check (until is null or since is null or until >= since)
);
create index membership_campus_idx on membership (campus_id);
create index membership_organisation_idx on membership (organisation_id);
create unique index membership_campus_organisation_uq on membership (campus_id, organisation_id, role) where organisation_id is not null;
