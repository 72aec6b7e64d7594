-- Partnership agreements (conventions de partenariat) between a campus and a partner organisation, with their signed file.
create table partnership_agreement (
    id              uuid         primary key,
    campus_id       uuid         not null references campus (id) on delete cascade,
    organisation_id uuid         not null references organisation (id),
    title           varchar(255) not null,
    signed_on       date,
    valid_from      date,
    valid_until     date,
    signatories     varchar(1000),
    file_name       varchar(255) not null,
    content_type    varchar(100) not null,
    file_size       bigint       not null,
    file_data       bytea        not null,
    created_at      timestamptz  not null,
    constraint partnership_agreement_dates_chk check (valid_until is null or valid_from is null or valid_until >= valid_from)
);
create index partnership_agreement_campus_idx on partnership_agreement (campus_id);
