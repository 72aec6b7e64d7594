-- Reviewer tooling: the board's chosen columns, reviewers' tags and private annotations, the message thread of a dossier.

-- The columns each account chose for the board of dossiers (comma-separated column keys).
create table board_preference (
    account_id uuid          primary key references account (id) on delete cascade,
    columns    varchar(1000) not null,
    updated_at timestamptz   not null
);

-- Free labels shared among the reviewers of a dossier (national administration and its active experts).
create table dossier_tag (
    application_id uuid         not null references application (id) on delete cascade,
    tag            varchar(40)  not null,
    added_by       varchar(150) not null,
    added_at       timestamptz  not null,
    primary key (application_id, tag)
);
create index dossier_tag_tag_idx on dossier_tag (lower(tag));

-- Private notes of the reviewers on a dossier; never shown to its promoters.
create table dossier_annotation (
    id             uuid         primary key,
    application_id uuid         not null references application (id) on delete cascade,
    author_id      uuid         not null references account (id),
    author_name    varchar(150) not null,
    body           text         not null,
    written_at     timestamptz  not null
);
create index dossier_annotation_idx on dossier_annotation (application_id, written_at);

-- The thread between promoters and reviewers; SYSTEM messages are written by the platform (reminders).
create table dossier_message (
    id             uuid         primary key,
    application_id uuid         not null references application (id) on delete cascade,
    side           varchar(20)  not null,
    author_id      uuid         references account (id),
    author_name    varchar(150) not null,
    body           text         not null,
    posted_at      timestamptz  not null,
    file_name      varchar(255),
    content_type   varchar(150),
    file_size      bigint,
    file_data      bytea,
    constraint dossier_message_side_chk check (side in ('PROMOTERS', 'REVIEWERS', 'SYSTEM')),
    constraint dossier_message_file_chk check ((file_name is null) = (file_data is null))
);
create index dossier_message_idx on dossier_message (application_id, posted_at);
