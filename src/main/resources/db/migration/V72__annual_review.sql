-- The annual review of a campus's actions (« bilan annuel des actions », source 001; issue 13, item 4), in the
-- indicators module: generated from the action plan, the budget and the indicators of a year, with the operational
-- director's commentary; submitted to the academic referent of the campus's main académie, who acknowledges it or
-- sends it back. The generated part is frozen at submission.

-- published by governance for indicators: the actions of the action plans with their dates, place and funding (the
-- funder of the budget's resource line that funds the action wins over the action's own).
create view indicator_source_action_detail as
select a.id as action_id, a.campus_id, a.year, a.type, a.status, a.abandon_cause, a.title, a.starts_on, a.ends_on, a.place,
       a.teachers, a.cost, coalesce(case when bl.side = 'RESOURCE' then bl.category end, a.funder) as funder
  from campus_action a
  left join budget_line bl on bl.id = a.budget_line_id;
comment on view indicator_source_action_detail is 'published by governance for indicators';

-- published by governance for indicators: the partner organisations of each action.
create view indicator_source_action_partner as
select p.action_id, a.campus_id, a.year, p.organisation_id
  from action_partner p
  join campus_action a on a.id = p.action_id;
comment on view indicator_source_action_partner is 'published by governance for indicators';

-- published by governance for indicators: the lines of the yearly budgets, planned and executed.
create view indicator_source_budget_line as
select l.id as line_id, b.campus_id, b.year, l.side, l.category, l.label, l.planned, l.actual
  from budget_line l
  join budget b on b.id = l.budget_id;
comment on view indicator_source_budget_line is 'published by governance for indicators';

create table annual_review (
    id                uuid         primary key,
    campus_id         uuid         not null references campus (id) on delete cascade,
    year              integer      not null check (year between 2013 and 2100),
    status            varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACKNOWLEDGED')),
    submitted_at      timestamptz,
    acknowledged_at   timestamptz,
    created_at        timestamptz  not null,
    version           bigint       not null default 0,
    constraint annual_review_campus_year_uq unique (campus_id, year)
);
create index annual_review_year_status_idx on annual_review (year, status);

-- The director's commentary: the overall one, one per section of the generated part, one per action (key action-<id>).
create table annual_review_commentary (
    annual_review_id  uuid         not null references annual_review (id) on delete cascade,
    section           varchar(60)  not null,
    text              text         not null,
    primary key (annual_review_id, section)
);

-- The steps of its workflow, shown on its page and in its PDF.
create table annual_review_step (
    annual_review_id  uuid         not null references annual_review (id) on delete cascade,
    position          integer      not null,
    occurred_at       timestamptz  not null,
    actor_name        varchar(255) not null,
    act               varchar(30)  not null,
    comment           text,
    primary key (annual_review_id, position)
);

-- The generated part as it stood when the review was last submitted (JSON of the review's content), with its data date.
create table annual_review_snapshot (
    annual_review_id  uuid         primary key references annual_review (id) on delete cascade,
    generated_at      timestamptz  not null,
    content           jsonb        not null
);

-- Reminders of the due date sent, each once per campus, year and milestone (days before the due date).
create table annual_review_reminder (
    campus_id         uuid         not null references campus (id) on delete cascade,
    year              integer      not null,
    days_before       integer      not null,
    sent_at           timestamptz  not null,
    primary key (campus_id, year, days_before)
);
