-- Accounts, their role and the scope the role applies to.
create table account (
    id              uuid         primary key,
    username        varchar(100) not null unique,
    email           varchar(255) not null unique,
    display_name    varchar(150) not null,
    password_hash   varchar(255),
    role            varchar(40)  not null,
    region_code     varchar(3)   references region (code),
    academy_code    varchar(3)   references academy (code),
    campus_id       uuid         references campus (id),
    organisation_id uuid         references organisation (id),
    enabled         boolean      not null default true,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now()
);
