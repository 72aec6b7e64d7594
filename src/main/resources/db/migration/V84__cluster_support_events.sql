-- HR support of a cluster (issue 14, source 004 section 2 and « Fiche 2 »): collective events (workshops, HR
-- breakfasts, conferences, seminars, monthly clubs) for the people of its member companies, with their charter and
-- confidentiality rule, partners, registrations, attendance and satisfaction; the secret links of its iCal feed.
-- Owned by the clusters module (sub-package support).

create table support_event (
    id                    uuid          primary key,
    cluster_id            uuid          not null references cluster (id) on delete cascade,
    kind                  varchar(20)   not null check (kind in ('WORKSHOP', 'HR_BREAKFAST', 'CONFERENCE', 'SEMINAR', 'CLUB')),
    title                 varchar(200)  not null,
    theme                 varchar(300),
    description           text,
    -- wall-clock time of Europe/Paris, as the governance calendar keeps its meetings
    starts_at             timestamp     not null,
    ends_at               timestamp     not null,
    place                 varchar(300),
    online                boolean       not null default false,
    capacity              integer       not null check (capacity between 1 and 2000),
    -- the club's charter and its confidentiality rule (« ce qui se dit ici reste ici »): shown to participants, each
    -- registration then records its acceptance
    charter               text,
    confidentiality_rule  text,
    speakers              varchar(1000),
    cancelled_at          timestamptz,
    cancellation_reason   varchar(500),
    version               bigint        not null default 0,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    check (ends_at > starts_at),
    check (online or place is not null)
);
create index support_event_cluster_idx on support_event (cluster_id, starts_at);

-- The organisations of the directory that partner an event (Apec, CTEF, the région…) and their role.
create table support_event_partner (
    event_id         uuid          not null references support_event (id) on delete cascade,
    organisation_id  uuid          not null references organisation (id),
    role             varchar(150)  not null,
    primary key (event_id, organisation_id)
);

-- A person of a member company registered to an event, by themselves (account_id) or by the cluster's staff.
create table support_registration (
    id                    uuid          primary key,
    event_id              uuid          not null references support_event (id) on delete cascade,
    organisation_id       uuid          not null references organisation (id),
    account_id            uuid,
    full_name             varchar(200)  not null,
    email                 varchar(254)  not null,
    charter_accepted_at   timestamptz,
    registered_by         varchar(100)  not null,
    registered_at         timestamptz   not null,
    cancelled_at          timestamptz,
    -- null until the staff record attendance after the event
    attended              boolean,
    satisfaction_score    smallint      check (satisfaction_score between 1 and 5),
    satisfaction_comment  varchar(2000),
    answered_at           timestamptz
);
create unique index support_registration_person_idx on support_registration (event_id, lower(email)) where cancelled_at is null;
create index support_registration_event_idx on support_registration (event_id, cancelled_at);
create index support_registration_account_idx on support_registration (account_id);

-- Secret links to the iCal feed of a cluster's events: whoever holds one subscribes without logging in; the staff
-- revoke it by issuing another.
create table support_feed (
    id          uuid          primary key,
    cluster_id  uuid          not null references cluster (id) on delete cascade,
    token       varchar(64)   not null unique,
    created_at  timestamptz   not null,
    revoked_at  timestamptz
);
create index support_feed_cluster_idx on support_feed (cluster_id) where revoked_at is null;
