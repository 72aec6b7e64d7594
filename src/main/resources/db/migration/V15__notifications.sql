-- Notifications: what a step of a process tells the people it concerns, kept for the in-app list and e-mailed
-- at once or in a daily digest.
create table notification (
    id             uuid         primary key,
    account_id     uuid         not null references account (id) on delete cascade,
    category       varchar(60)  not null,
    category_label varchar(150) not null,
    subject        varchar(300) not null,
    body           text         not null,
    link           varchar(1000),
    created_at     timestamptz  not null,
    read_at        timestamptz,
    emailed_at     timestamptz
);
create index notification_account_created on notification (account_id, created_at desc);
-- The unread badge of every page and the digest both look for a small subset.
create index notification_unread on notification (account_id) where read_at is null;
create index notification_not_emailed on notification (account_id) where emailed_at is null;

-- How a person wants to be e-mailed; no row means "at once".
create table notification_preference (
    account_id   uuid        primary key references account (id) on delete cascade,
    daily_digest boolean     not null default false,
    updated_at   timestamptz not null
);

-- Scheduled jobs safe on several nodes: the node that inserts the row of a (job, period) runs it, others skip.
create table scheduled_job_run (
    job         varchar(100) not null,
    period      varchar(40)  not null,
    node        varchar(200) not null,
    started_at  timestamptz  not null,
    finished_at timestamptz,
    primary key (job, period)
);
