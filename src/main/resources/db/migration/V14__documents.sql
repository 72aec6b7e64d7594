-- The documents library of a campus: a flat list of folders, documents with an access level, and every version
-- of each document's file (the current one is the highest number). Files are kept in the database.
create table document_folder (
    id         uuid         primary key,
    campus_id  uuid         not null references campus (id) on delete cascade,
    name       varchar(120) not null,
    created_at timestamptz  not null,
    version    bigint       not null default 0
);
create unique index document_folder_name_uq on document_folder (campus_id, lower(name));

create table document (
    id          uuid          primary key,
    campus_id   uuid          not null references campus (id) on delete cascade,
    folder_id   uuid          references document_folder (id),
    title       varchar(255)  not null,
    description varchar(2000),
    -- title and description in lower case without accents, for the search
    search_text varchar(2300) not null,
    visibility  varchar(20)   not null,
    body_id     uuid          references governing_body (id),
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0,
    constraint document_visibility_chk check (visibility in ('PUBLIC', 'PARTNERS', 'BODY')),
    constraint document_body_chk check ((visibility = 'BODY') = (body_id is not null))
);
create index document_campus_idx on document (campus_id, folder_id);

create table document_version (
    id          uuid         primary key,
    document_id uuid         not null references document (id) on delete cascade,
    number      integer      not null,
    file_name   varchar(255) not null,
    file_type   varchar(20)  not null,
    size        bigint       not null,
    content     bytea        not null,
    note        varchar(500),
    uploaded_at timestamptz  not null,
    uploaded_by varchar(255) not null,
    constraint document_version_number_uq unique (document_id, number)
);
