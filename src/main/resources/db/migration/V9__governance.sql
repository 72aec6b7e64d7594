-- Governing bodies of a campus, their members (people of the directory), meetings and attendance.
create table governing_body (
    id         uuid         primary key,
    campus_id  uuid         not null references campus (id) on delete cascade,
    kind       varchar(30)  not null,
    name       varchar(255) not null,
    created_at timestamptz  not null,
    version    bigint       not null default 0
);
create index governing_body_campus_idx on governing_body (campus_id);

create table body_member (
    body_id   uuid not null references governing_body (id) on delete cascade,
    person_id uuid not null references person (id) on delete cascade,
    primary key (body_id, person_id)
);

create table meeting (
    id                  uuid         primary key,
    body_id             uuid         not null references governing_body (id) on delete cascade,
    starts_at           timestamp    not null,
    ends_at             timestamp    not null,
    place               varchar(255),
    video_link          varchar(500),
    agenda              text,
    minutes             text,
    decisions           text,
    invitations_sent_at timestamptz,
    version             bigint       not null default 0,
    constraint meeting_dates_chk check (ends_at > starts_at)
);
create index meeting_body_idx on meeting (body_id, starts_at);

create table attendance (
    meeting_id uuid        not null references meeting (id) on delete cascade,
    person_id  uuid        not null references person (id) on delete cascade,
    status     varchar(20) not null,
    primary key (meeting_id, person_id)
);
