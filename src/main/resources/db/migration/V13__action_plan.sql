-- The action plan of a campus: its actions by year, the partners involved, the learners reached by audience and
-- sex, and the evidence files kept in the database.
create table campus_action (
    id             uuid           primary key,
    campus_id      uuid           not null references campus (id) on delete cascade,
    year           integer        not null check (year between 2013 and 2100),
    type           varchar(30)    not null,
    title          varchar(255)   not null,
    description    text,
    status         varchar(20)    not null,
    abandon_cause  varchar(1000),
    starts_on      date,
    ends_on        date,
    place          varchar(255),
    visibility     varchar(20)    not null,
    teachers       integer        not null default 0 check (teachers >= 0),
    cost           numeric(14, 2) check (cost >= 0),
    funder         varchar(30),
    budget_line_id uuid           references budget_line (id) on delete set null,
    version        bigint         not null default 0,
    constraint campus_action_dates_ck check (ends_on is null or (starts_on is not null and ends_on >= starts_on)),
    constraint campus_action_abandon_ck check (status <> 'ABANDONED' or abandon_cause is not null)
);
create index campus_action_campus_year_idx on campus_action (campus_id, year);
create index campus_action_dates_idx on campus_action (campus_id, starts_on);

create table action_partner (
    action_id       uuid not null references campus_action (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    primary key (action_id, organisation_id)
);

create table action_learners (
    action_id   uuid        not null references campus_action (id) on delete cascade,
    audience    varchar(30) not null,
    girls       integer     not null default 0 check (girls >= 0),
    boys        integer     not null default 0 check (boys >= 0),
    unspecified integer     not null default 0 check (unspecified >= 0),
    primary key (action_id, audience)
);

create table action_evidence (
    id           uuid         primary key,
    action_id    uuid         not null references campus_action (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null,
    uploaded_by  varchar(100) not null
);
create index action_evidence_action_idx on action_evidence (action_id);
