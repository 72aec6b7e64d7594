-- Surveys and barometers of clusters (issue 14, item 4): campaigns a cluster runs among its member companies (a
-- quarterly barometer, a yearly HR survey, a yearly observatory, a half-yearly panel), the trades (ROME job titles)
-- each asks about, the panel of companies invited, one answer per company per campaign with its lines per trade, and
-- the reminders sent. Owned by the clusters module (sub-package surveys).

create table survey_campaign (
    id             uuid         primary key,
    cluster_id     uuid         not null references cluster (id) on delete cascade,
    kind           varchar(20)  not null check (kind in ('BAROMETER', 'HR_SURVEY', 'OBSERVATORY', 'PANEL')),
    title          varchar(200) not null,
    opens_on       date         not null,
    closes_on      date         not null,
    min_answers    integer      not null default 5 check (min_answers between 1 and 100),
    reminder_days  integer      not null default 7 check (reminder_days between 0 and 60),
    whole_panel    boolean      not null default true,
    citable        boolean      not null default false,
    invited_at     timestamptz,
    version        bigint       not null default 0,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    check (closes_on >= opens_on)
);
create index survey_campaign_cluster_idx on survey_campaign (cluster_id, kind, opens_on desc);
create index survey_campaign_citable_idx on survey_campaign (closes_on) where citable;

-- The trades a campaign asks about: ROME job titles (appellations, by OGR code) with their label and fiche at the time.
create table survey_campaign_trade (
    campaign_id    uuid         not null references survey_campaign (id) on delete cascade,
    job_title_ogr  integer      not null,
    label          varchar(300) not null,
    trade_code     varchar(5)   not null,
    primary key (campaign_id, job_title_ogr)
);

-- The companies (or institutions) invited to answer: every active member at the time, or those the staff chose.
create table survey_invitation (
    campaign_id      uuid  not null references survey_campaign (id) on delete cascade,
    organisation_id  uuid  not null references organisation (id),
    primary key (campaign_id, organisation_id)
);
create index survey_invitation_organisation_idx on survey_invitation (organisation_id);

-- One answer per company per campaign; company-level questions depend on the campaign's kind (null when not asked).
create table survey_answer (
    id                uuid         primary key,
    campaign_id       uuid         not null references survey_campaign (id) on delete cascade,
    organisation_id   uuid         not null references organisation (id),
    jobs              integer      check (jobs >= 0),
    turnover_band     varchar(20),
    confidence        integer      check (confidence between 0 and 100),
    open_unfilled     integer      check (open_unfilled >= 0),
    creation_forecast integer      check (creation_forecast >= 0),
    answered_by       varchar(200) not null,
    answered_at       timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0,
    unique (campaign_id, organisation_id)
);

-- Per trade of the campaign: hiring needs, difficulty (1 to 4), unfilled jobs, 3-year forecast, most sought skills.
create table survey_answer_trade (
    answer_id      uuid         not null references survey_answer (id) on delete cascade,
    job_title_ogr  integer      not null,
    hiring_needs   integer      check (hiring_needs >= 0),
    difficulty     integer      check (difficulty between 1 and 4),
    unfilled       integer      check (unfilled >= 0),
    forecast       integer      check (forecast >= 0),
    skills         varchar(500),
    primary key (answer_id, job_title_ogr)
);

-- The reminders sent, one per campaign, company and day (the job runs once a day across nodes).
create table survey_reminder (
    campaign_id      uuid  not null references survey_campaign (id) on delete cascade,
    organisation_id  uuid  not null references organisation (id),
    sent_on          date  not null,
    primary key (campaign_id, organisation_id, sent_on)
);
