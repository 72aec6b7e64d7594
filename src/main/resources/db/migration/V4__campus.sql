-- The national registry of campuses.
create table campus (
    id                       uuid             primary key,
    slug                     varchar(160)     not null unique,
    name                     varchar(255)     not null unique,
    sector                   varchar(40)      not null,
    region_code              varchar(3)       not null references region (code),
    academy_code             varchar(3)       not null references academy (code),
    municipality_code        varchar(5)       references municipality (code),
    municipality_name        varchar(150),
    latitude                 double precision,
    longitude                double precision,
    support_establishment_id uuid             references organisation (id),
    category                 varchar(20)      not null,
    label_status             varchar(20)      not null,
    first_label_year         integer,
    label_valid_from         date,
    label_valid_until        date,
    website                  varchar(255),
    description              text,
    director_name            varchar(150),
    director_email           varchar(255),
    director_phone           varchar(30),
    -- Names of the campus's territory, sector and support establishment, kept for full-text search.
    search_keywords          text,
    version                  bigint           not null default 0,
    created_at               timestamptz      not null default now(),
    updated_at               timestamptz      not null default now(),
    constraint campus_validity_chk check (label_valid_until is null or label_valid_from is null or label_valid_until > label_valid_from),
    constraint campus_latitude_chk check (latitude is null or latitude between -90 and 90),
    constraint campus_longitude_chk check (longitude is null or longitude between -180 and 180)
);
create index campus_region_idx on campus (region_code);
create index campus_academy_idx on campus (academy_code);

alter table membership add constraint membership_campus_fk foreign key (campus_id) references campus (id) on delete cascade;
