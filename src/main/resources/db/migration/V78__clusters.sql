-- Clusters as networks (issue 14): a cluster is a directory organisation of kind CLUSTER with its profile, its
-- business sub-clusters (branches) and its dated memberships. Owned by the clusters module.

create table cluster (
    id                     uuid         primary key references organisation (id),
    kind                   varchar(40)  not null check (kind in ('COMPETITIVENESS_CLUSTER', 'BUSINESS_CLUSTER', 'REGIONAL_CLUSTER',
                                                                 'ECONOMIC_COOPERATION_HUB', 'ACCELERATOR', 'INCUBATOR')),
    slug                   varchar(120) not null unique,
    region_code            varchar(3)   not null,
    territory              varchar(300),
    sectors                varchar(40)[] not null default '{}',
    chair_organisation_id  uuid         references organisation (id),
    jobs_represented       integer      check (jobs_represented >= 0),
    figures_year           integer,
    founded_year           integer,
    matrix_refresh_months  integer      not null default 12 check (matrix_refresh_months between 1 and 60),
    published              boolean      not null default true,
    version                bigint       not null default 0,
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null
);
create index cluster_region_idx on cluster (region_code);
create index cluster_sectors_idx on cluster using gin (sectors);

-- Business sub-clusters (Neopolia has five: « Aerospace », « Marine », « Oil & Gas », « Rail », « EMR »).
create table cluster_branch (
    id           uuid         primary key,
    cluster_id   uuid         not null references cluster (id) on delete cascade,
    name         varchar(150) not null,
    description  text,
    position     integer      not null default 0,
    unique (cluster_id, name)
);

-- A company or an institution member of a cluster, from `since` to `until` (both included; open when null).
-- Active on a day when since <= day and (until is null or until >= day): every members-only right rests on it.
create table cluster_membership (
    id               uuid         primary key,
    cluster_id       uuid         not null references cluster (id) on delete cascade,
    organisation_id  uuid         not null references organisation (id),
    branch_id        uuid         references cluster_branch (id) on delete set null,
    since            date         not null,
    until            date,
    listed           boolean      not null default false,
    version          bigint       not null default 0,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    check (until is null or until >= since),
    check (organisation_id <> cluster_id)
);
create index cluster_membership_cluster_idx on cluster_membership (cluster_id, until);
create index cluster_membership_organisation_idx on cluster_membership (organisation_id, until);

-- Published by directory for the lists of other modules (clusters' members, skills matrix, job offers), which
-- filter, sort and paginate organisations by name in SQL: the public card of each organisation, nothing personal.
create view directory_organisation as
select id as organisation_id, kind, name, acronym, siret, uai, municipality_code, website
  from organisation;
comment on view directory_organisation is 'published by directory for other modules'' lists';
