-- The yearly self-evaluation campaign of the indicators module (issue 13, item 3): the national administrator opens
-- the campaign of a year with its three deadlines; each campus holding a current label then has one self-evaluation,
-- rated on the five QualÉduc themes, drafted by its operational director, reviewed by the academic referent and
-- validated by the regional strategic committee (recorded by the regional coordinator), then read nationally.

-- Published by the campus module for other modules' SQL (read-only): each campus with its région, main académie
-- and label, and every académie it covers (main and others). Other modules read these views, never campus's tables.
create view campus_published as
select c.id as campus_id, c.name, c.region_code, c.academy_code, c.label_status, c.label_valid_from, c.label_valid_until
  from campus c;

create view campus_published_academy as
select c.id as campus_id, c.academy_code from campus c
union all
select o.campus_id, o.academy_code from campus_other_academy o;

create table self_evaluation_campaign (
    year            integer      primary key check (year between 2000 and 2100),
    -- the campaign's audit trail is kept under this id
    id              uuid         not null unique,
    submission_due  date         not null,
    review_due      date         not null,
    validation_due  date         not null,
    opened_at       timestamptz  not null,
    opened_by       varchar(150) not null,
    closed_at       timestamptz,
    closed_by       varchar(150),
    version         bigint       not null default 0,
    constraint self_evaluation_campaign_order_chk check (submission_due <= review_due and review_due <= validation_due)
);

create table self_evaluation (
    id                      uuid         primary key,
    campaign_year           integer      not null references self_evaluation_campaign (year),
    campus_id               uuid         not null references campus (id) on delete cascade,
    status                  varchar(20)  not null
        check (status in ('DRAFT', 'RETURNED', 'AT_ACADEMY', 'AT_REGION', 'VALIDATED')),
    -- who sent it back last (ACADEMY or REGION), while it is RETURNED
    returned_by             varchar(10)  check (returned_by in ('ACADEMY', 'REGION')),
    -- deadlines extended for this campus alone (null: the campaign's)
    submission_due          date,
    review_due              date,
    validation_due          date,
    submitted_at            timestamptz,
    validated_at            timestamptz,
    committee_met_on        date,
    read_nationally_at      timestamptz,
    read_nationally_by      varchar(150),
    created_at              timestamptz  not null,
    version                 bigint       not null default 0,
    constraint self_evaluation_campus_year_uq unique (campaign_year, campus_id)
);
create index self_evaluation_campaign_status_idx on self_evaluation (campaign_year, status);
create index self_evaluation_campus_idx on self_evaluation (campus_id);

create table self_evaluation_theme (
    self_evaluation_id  uuid        not null references self_evaluation (id) on delete cascade,
    theme               varchar(30) not null
        check (theme in ('GOVERNANCE', 'INNOVATION', 'SCHOOL_BUSINESS', 'PATHWAYS', 'CULTURE_MOBILITY')),
    rating              integer     check (rating between 1 and 4),
    strengths           text,
    progress_areas      text,
    planned_actions     text,
    primary key (self_evaluation_id, theme)
);

-- Actions of the campus's action plan (governance module, by id through its API) planned under a theme.
create table self_evaluation_planned_action (
    self_evaluation_id  uuid        not null references self_evaluation (id) on delete cascade,
    theme               varchar(30) not null,
    action_id           uuid        not null,
    primary key (self_evaluation_id, theme, action_id)
);

-- The steps of its workflow, shown on its page and in its PDF.
create table self_evaluation_step (
    self_evaluation_id  uuid         not null references self_evaluation (id) on delete cascade,
    position            integer      not null,
    occurred_at         timestamptz  not null,
    actor_name          varchar(255) not null,
    act                 varchar(30)  not null,
    comment             text,
    committee_met_on    date,
    primary key (self_evaluation_id, position)
);

-- Reminders sent, each once per self-evaluation, stage, due date and milestone (7 or 1 day before).
create table self_evaluation_reminder (
    self_evaluation_id  uuid        not null references self_evaluation (id) on delete cascade,
    stage               varchar(12) not null check (stage in ('SUBMISSION', 'REVIEW', 'VALIDATION')),
    due_on              date        not null,
    days_before         integer     not null,
    sent_at             timestamptz not null,
    primary key (self_evaluation_id, stage, due_on, days_before)
);
