-- The expert group's support while a project is written ("appui à leur construction"): experts attached to a draft by
-- the national administration, and the advice thread between them and the promoters. Kept apart from the formal
-- review (expert_assignment, expert_review, expert_score): nothing here counts in a review.
create table application_advisor (
    application_id uuid         not null references application (id) on delete cascade,
    expert_id      uuid         not null references account (id),
    attached_at    timestamptz  not null,
    attached_by    varchar(150) not null,
    primary key (application_id, expert_id)
);
create index application_advisor_expert_idx on application_advisor (expert_id);

create table application_advice (
    id             uuid         primary key,
    application_id uuid         not null references application (id) on delete cascade,
    author_id      uuid         references account (id),
    author_name    varchar(150) not null,
    from_advisor   boolean      not null,
    written_at     timestamptz  not null,
    body           text         not null
);
create index application_advice_idx on application_advice (application_id, written_at);
