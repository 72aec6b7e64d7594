-- The framework agreement (« convention cadre ») between the Conseil régional and the rectorat(s) of a campus, with
-- its signatories and their initial financial commitments, and the legal structure carrying the campus (GIP,
-- association, support establishment or other). New tables: no existing row changes.

create table framework_agreement (
    id              uuid         primary key,
    campus_id       uuid         not null unique references campus (id) on delete cascade,
    title           varchar(255) not null,
    signed_on       date,
    effective_from  date,
    effective_until date,
    file_name       varchar(200),
    content_type    varchar(100),
    file_size       bigint,
    file_data       bytea,
    updated_at      timestamp with time zone not null,
    version         bigint       not null default 0,
    constraint framework_agreement_period check (effective_until is null or effective_from is null or effective_until > effective_from),
    constraint framework_agreement_file check ((file_name is null) = (file_data is null))
);

-- One signatory of the agreement, in the order of the agreement, with its initial financial commitment if any.
create table framework_agreement_signatory (
    agreement_id       uuid          not null references framework_agreement (id) on delete cascade,
    position           int           not null,
    party              varchar(255)  not null,
    signatory_name     varchar(150),
    signatory_function varchar(150),
    signed_on          date,
    commitment_amount  numeric(14, 2) check (commitment_amount is null or commitment_amount >= 0),
    commitment_purpose varchar(500),
    primary key (agreement_id, position)
);

create table carrying_structure (
    id                uuid         primary key,
    campus_id         uuid         not null unique references campus (id) on delete cascade,
    legal_form        varchar(30)  not null check (legal_form in ('GIP', 'ASSOCIATION', 'SUPPORT_ESTABLISHMENT', 'OTHER')),
    legal_form_detail varchar(150),
    organisation_id   uuid         references organisation (id) on delete set null,
    updated_at        timestamp with time zone not null,
    version           bigint       not null default 0
);

create index carrying_structure_organisation on carrying_structure (organisation_id);
