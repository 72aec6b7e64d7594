-- The label lifecycle: calls for projects, application dossiers and their review chain up to the decision.

create table call_for_projects (
    id                 uuid         primary key,
    year               integer      not null,
    title              varchar(255) not null,
    opens_on           date         not null,
    closes_on          date         not null,
    expectations       text,
    standard_open      boolean      not null,
    excellence_open    boolean      not null,
    published_at       timestamptz,
    created_at         timestamptz  not null,
    version            bigint       not null default 0,
    constraint call_dates_chk check (closes_on >= opens_on),
    constraint call_categories_chk check (standard_open or excellence_open)
);
create unique index call_year_title_uq on call_for_projects (year, lower(title));

-- Guidance the call gives for each of the 11 criteria (and the Excellence requirements).
create table call_criterion (
    call_id   uuid        not null references call_for_projects (id) on delete cascade,
    criterion varchar(40) not null,
    guidance  text,
    primary key (call_id, criterion)
);

create table call_required_document (
    id          uuid         primary key,
    call_id     uuid         not null references call_for_projects (id) on delete cascade,
    position    integer      not null,
    label       varchar(255) not null,
    description varchar(1000),
    mandatory   boolean      not null
);
create index call_required_document_call_idx on call_required_document (call_id, position);

create table application (
    id               uuid         primary key,
    call_id          uuid         not null references call_for_projects (id),
    campus_id        uuid         references campus (id),
    kind             varchar(20)  not null,
    category         varchar(20)  not null,
    project_name     varchar(255) not null,
    sector           varchar(60)  not null,
    region_code      varchar(3)   not null references region (code),
    academy_code     varchar(3)   not null references academy (code),
    previous_id      uuid         references application (id),
    status           varchar(30)  not null,
    round            integer      not null default 0,
    created_by       varchar(150) not null,
    created_at       timestamptz  not null,
    submitted_at     timestamptz,
    status_since     timestamptz  not null,
    version          bigint       not null default 0
);
create index application_call_idx on application (call_id, status);
create index application_campus_idx on application (campus_id);
create index application_region_idx on application (region_code);

-- The promoters' working text, one per criterion.
create table application_section (
    application_id uuid         not null references application (id) on delete cascade,
    criterion      varchar(40)  not null,
    text           text,
    revision       integer      not null default 0,
    updated_at     timestamptz,
    updated_by     varchar(150),
    primary key (application_id, criterion)
);

-- What the promoters submitted at each round: the texts, the live data of the campus and the attachments, frozen.
create table application_version (
    application_id uuid         not null references application (id) on delete cascade,
    number         integer      not null,
    submitted_at   timestamptz  not null,
    submitted_by   varchar(150) not null,
    content        jsonb        not null,
    primary key (application_id, number)
);

create table application_attachment (
    id                   uuid         primary key,
    application_id       uuid         not null references application (id) on delete cascade,
    required_document_id uuid         references call_required_document (id) on delete set null,
    file_name            varchar(255) not null,
    content_type         varchar(150) not null,
    file_size            bigint       not null,
    file_data            bytea        not null,
    uploaded_at          timestamptz  not null,
    uploaded_by          varchar(150) not null
);
create index application_attachment_idx on application_attachment (application_id);

-- Opinions of the CAEN, the Crefop, the expert group (synthesis) and the CNEE.
create table application_opinion (
    id             uuid          primary key,
    application_id uuid          not null references application (id) on delete cascade,
    body           varchar(20)   not null,
    round          integer       not null,
    verdict        varchar(20)   not null,
    given_on       date          not null,
    reasons        text          not null,
    file_name      varchar(255),
    content_type   varchar(150),
    file_data      bytea,
    recorded_by    varchar(150)  not null,
    recorded_at    timestamptz   not null
);
create unique index application_opinion_uq on application_opinion (application_id, body, round);

create table expert_assignment (
    application_id uuid         not null references application (id) on delete cascade,
    expert_id      uuid         not null references account (id),
    assigned_at    timestamptz  not null,
    assigned_by    varchar(150) not null,
    declined_at    timestamptz,
    decline_reason varchar(1000),
    primary key (application_id, expert_id)
);
create index expert_assignment_expert_idx on expert_assignment (expert_id);

-- One expert's review of one round: a score from 0 to 4 and a comment per criterion.
create table expert_review (
    id             uuid         primary key,
    application_id uuid         not null references application (id) on delete cascade,
    expert_id      uuid         not null references account (id),
    round          integer      not null,
    submitted_at   timestamptz,
    version        bigint       not null default 0,
    constraint expert_review_uq unique (application_id, expert_id, round)
);

create table expert_score (
    review_id uuid        not null references expert_review (id) on delete cascade,
    criterion varchar(40) not null,
    score     smallint,
    comment   text,
    primary key (review_id, criterion),
    constraint expert_score_chk check (score is null or score between 0 and 4)
);

-- Navettes: the reviewers' request for changes and the promoters' answer, which opens the next round.
create table review_exchange (
    id             uuid         primary key,
    application_id uuid         not null references application (id) on delete cascade,
    round          integer      not null,
    requested_by   varchar(150) not null,
    requested_at   timestamptz  not null,
    request        text         not null,
    answered_at    timestamptz,
    answer         text
);
create index review_exchange_application_idx on review_exchange (application_id, round);

create table label_decision (
    application_id uuid         primary key references application (id) on delete cascade,
    outcome        varchar(20)  not null,
    category       varchar(20),
    decided_on     date         not null,
    valid_from     date,
    valid_until    date,
    reasons        text,
    decided_by     varchar(150) not null,
    recorded_at    timestamptz  not null,
    constraint label_decision_validity_chk check (outcome <> 'GRANTED' or (valid_from is not null and valid_until > valid_from))
);

-- Every step of the chain, for the timeline of a dossier and the time spent per step.
create table application_step (
    id             bigserial    primary key,
    application_id uuid         not null references application (id) on delete cascade,
    status         varchar(30)  not null,
    entered_at     timestamptz  not null,
    actor          varchar(150) not null,
    note           varchar(1000)
);
create index application_step_idx on application_step (application_id, entered_at);
