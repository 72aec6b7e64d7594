-- Regional co-piloting (see docs/adr/0011): a governing body hangs from exactly one of a campus, a région (the regional
-- strategic committee, the regional cell, the directors' working group) or a national thematic network of campuses.
-- Their meetings, attendance, minutes and invitations are those of campus bodies: same tables, same rules.
create table campus_network (
    id                           uuid         primary key,
    name                         varchar(255) not null,
    sector                       varchar(40)  not null,
    representative_person_id     uuid         references person (id),
    created_at                   timestamptz  not null,
    version                      bigint       not null default 0
);
create unique index campus_network_name_idx on campus_network (lower(name));

create table campus_network_member (
    network_id uuid not null references campus_network (id) on delete cascade,
    campus_id  uuid not null references campus (id) on delete cascade,
    primary key (network_id, campus_id)
);
create index campus_network_member_campus_idx on campus_network_member (campus_id);

alter table governing_body alter column campus_id drop not null;
alter table governing_body add column region_code varchar(3) references region (code);
alter table governing_body add column network_id uuid references campus_network (id) on delete cascade;
alter table governing_body add constraint governing_body_one_scope_chk check (num_nonnulls(campus_id, region_code, network_id) = 1);
create index governing_body_region_idx on governing_body (region_code) where region_code is not null;
create index governing_body_network_idx on governing_body (network_id) where network_id is not null;

-- The seat a member holds on a regional body or in a network (recteur, président·e de région, DREETS, DAFPIC/DAET,
-- directeur opérationnel, représentant·e national·e).
alter table body_member add column regional_seat varchar(40);

-- The regional bodies' and networks' own documents (minutes files stay in meeting_minutes_file).
create table body_document (
    id           uuid         primary key,
    body_id      uuid         not null references governing_body (id) on delete cascade,
    title        varchar(255) not null,
    file_name    varchar(255) not null,
    file_type    varchar(20)  not null,
    size         bigint       not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null,
    uploaded_by  varchar(255) not null
);
create index body_document_body_idx on body_document (body_id, uploaded_at desc);
