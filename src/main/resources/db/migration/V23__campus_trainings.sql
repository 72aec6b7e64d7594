-- The trainings of a campus: which diploma a partner establishment delivers, and by which route.
create table campus_training (
    id              uuid        primary key,
    campus_id       uuid        not null references campus (id) on delete cascade,
    diploma_code    varchar(8)  not null references diploma (code),
    organisation_id uuid        not null references organisation (id) on delete cascade,
    route           varchar(20) not null check (route in ('SCHOOL', 'APPRENTICESHIP', 'CONTINUING')),
    since_year      int,
    created_at      timestamp with time zone not null default now(),
    version         bigint      not null default 0,
    constraint campus_training_unique unique (campus_id, diploma_code, organisation_id, route)
);

create index campus_training_campus on campus_training (campus_id);
