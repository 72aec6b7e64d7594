-- Reference geography: INSEE COG codes for régions, départements and communes; MENJ codes for académies.
create table region (
    code       varchar(3)   primary key,
    name       varchar(100) not null,
    overseas   boolean      not null default false
);

create table academy (
    code        varchar(3)   primary key,
    name        varchar(100) not null,
    region_code varchar(3)   not null references region (code)
);
create index academy_region_idx on academy (region_code);

create table department (
    code         varchar(3)   primary key,
    name         varchar(100) not null,
    region_code  varchar(3)   not null references region (code),
    academy_code varchar(3)   not null references academy (code)
);
create index department_region_idx on department (region_code);
create index department_academy_idx on department (academy_code);

create table municipality (
    code            varchar(5)   primary key,
    name            varchar(150) not null,
    department_code varchar(3)   not null references department (code),
    postal_codes    varchar(400),
    latitude        double precision,
    longitude       double precision
);
create index municipality_department_idx on municipality (department_code);
create index municipality_name_idx on municipality (lower(name));
