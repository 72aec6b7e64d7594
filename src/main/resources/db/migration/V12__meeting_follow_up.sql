-- Who may see a meeting: the members of its body only (default), the campus's partners, or everyone.
alter table meeting add column visibility varchar(20) not null default 'BODY';

-- The minutes of a meeting as a file (signed PDF, word-processor document), besides the minutes typed in.
create table meeting_minutes_file (
    meeting_id   uuid         primary key references meeting (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(150) not null,
    file_size    bigint       not null,
    file_data    bytea        not null,
    uploaded_at  timestamptz  not null,
    uploaded_by  varchar(150) not null
);

-- Satisfaction survey sent to members after a meeting: one secret link per member, one score from 1 to 5.
create table meeting_survey (
    id          uuid         primary key,
    meeting_id  uuid         not null references meeting (id) on delete cascade,
    person_id   uuid         not null references person (id) on delete cascade,
    token       varchar(64)  not null unique,
    sent_at     timestamptz  not null,
    score       smallint,
    comment     text,
    answered_at timestamptz,
    constraint meeting_survey_person_uq unique (meeting_id, person_id),
    constraint meeting_survey_score_chk check (score is null or score between 1 and 5)
);
