-- Imports of the training catalogue, kept in PostgreSQL so that every node shows the same progress, and the labels
-- clusters give to trainings (new or being restructured).

create table catalogue_import (
    id            uuid          primary key,
    origin        varchar(10)   not null check (origin in ('FOLDER', 'UPLOAD')),
    started_by    varchar(200)  not null,
    state         varchar(10)   not null check (state in ('WAITING', 'RUNNING', 'DONE', 'FAILED')),
    fingerprint   varchar(64),
    current_file  varchar(200),
    files_done    int           not null default 0,
    files_total   int           not null default 0,
    rows_kept     int           not null default 0,
    rows_rejected int           not null default 0,
    message       varchar(1000),
    created_at    timestamp with time zone not null,
    finished_at   timestamp with time zone
);
create index catalogue_import_created on catalogue_import (created_at desc);

-- The files of an upload, kept until the import ran (any node can run it).
create table catalogue_import_file (
    import_id uuid         not null references catalogue_import (id) on delete cascade,
    name      varchar(200) not null,
    content   bytea        not null,
    primary key (import_id, name)
);

-- A rejected row: file, line (1 = header), column and the French reason.
create table catalogue_import_rejection (
    id          bigserial     primary key,
    import_id   uuid          not null references catalogue_import (id) on delete cascade,
    file        varchar(200)  not null,
    line        int           not null,
    column_name varchar(200),
    message     varchar(1000) not null
);
create index catalogue_import_rejection_import on catalogue_import_rejection (import_id, id);

-- A cluster's label on a training.
create table catalogue_training_label (
    id          uuid         primary key,
    training_id uuid         not null references catalogue_training (id) on delete cascade,
    cluster_id  uuid         not null references organisation (id) on delete cascade,
    nature      varchar(15)  not null check (nature in ('NEW', 'RESTRUCTURED')),
    status      varchar(15)  not null check (status in ('IN_PROGRESS', 'GRANTED', 'WITHDRAWN')),
    labelled_on date         not null,
    note        varchar(500),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint       not null default 0,
    constraint catalogue_training_label_unique unique (training_id, cluster_id)
);
