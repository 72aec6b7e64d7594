-- The skills matrix of a cluster (issue 14, source 004 « Fiche 1 »): four axes per member company — its trades (ROME
-- job titles, by OGR code), its key skills (taken from ROME skills, curated per cluster), its activities and its
-- markets (lists the cluster defines). Owned by the clusters module.

-- The cluster's own lists: key skills (each a ROME skill, by OGR code), activities and markets, in the cluster's order.
create table cluster_matrix_item (
    id          uuid         primary key,
    cluster_id  uuid         not null references cluster (id) on delete cascade,
    axis        varchar(10)  not null check (axis in ('SKILL', 'ACTIVITY', 'MARKET')),
    label       varchar(300) not null,
    skill_ogr   integer,
    position    integer      not null default 0,
    created_at  timestamptz  not null,
    check ((axis = 'SKILL') = (skill_ogr is not null)),
    unique (cluster_id, axis, label)
);
create unique index cluster_matrix_item_skill_idx on cluster_matrix_item (cluster_id, skill_ogr) where skill_ogr is not null;
create index cluster_matrix_item_cluster_idx on cluster_matrix_item (cluster_id, axis, position);

-- One entry per member company: the ids of what is ticked on each axis as arrays, each with a GIN index, so that
-- the cross search (AND across axes, OR within one: `skills && :ids`) and the counts per value stay in SQL at tens
-- of thousands of companies. Filled in by the cluster's staff (filled_at), validated by the company (validated_at,
-- validated_by), or a correction asked by the company with a comment.
create table cluster_matrix_entry (
    id                       uuid          primary key,
    cluster_id               uuid          not null references cluster (id) on delete cascade,
    organisation_id          uuid          not null references organisation (id),
    job_titles               integer[]     not null default '{}',
    skills                   uuid[]        not null default '{}',
    activities               uuid[]        not null default '{}',
    markets                  uuid[]        not null default '{}',
    filled_at                timestamptz   not null,
    filled_by                varchar(200)  not null,
    validated_at             timestamptz,
    validated_by             varchar(200),
    correction_requested_at  timestamptz,
    correction_requested_by  varchar(200),
    correction_comment       varchar(2000),
    version                  bigint        not null default 0,
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null,
    unique (cluster_id, organisation_id)
);
create index cluster_matrix_entry_job_titles_idx on cluster_matrix_entry using gin (job_titles);
create index cluster_matrix_entry_skills_idx on cluster_matrix_entry using gin (skills);
create index cluster_matrix_entry_activities_idx on cluster_matrix_entry using gin (activities);
create index cluster_matrix_entry_markets_idx on cluster_matrix_entry using gin (markets);
create index cluster_matrix_entry_organisation_idx on cluster_matrix_entry (organisation_id);
