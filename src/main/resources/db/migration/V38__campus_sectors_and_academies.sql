-- A campus, and a dossier, may cover several sectors and several académies (« campus multi-filières »,
-- « campus interacadémiques »). The existing single columns stay the MAIN sector and the MAIN académie, so every
-- existing row keeps its meaning unchanged; these tables hold the OTHER sectors and the OTHER académies (never the
-- main one again). The other académies are of the main académie's région, which the services check.

create table campus_other_sector (
    campus_id uuid        not null references campus (id) on delete cascade,
    sector    varchar(40) not null,
    primary key (campus_id, sector)
);

create table campus_other_academy (
    campus_id    uuid       not null references campus (id) on delete cascade,
    academy_code varchar(3) not null references academy (code),
    primary key (campus_id, academy_code)
);

-- The académie's referent finds the campuses where it is one of the others.
create index campus_other_academy_code_idx on campus_other_academy (academy_code);

create table application_other_sector (
    application_id uuid        not null references application (id) on delete cascade,
    sector         varchar(60) not null,
    primary key (application_id, sector)
);

create table application_other_academy (
    application_id uuid       not null references application (id) on delete cascade,
    academy_code   varchar(3) not null references academy (code),
    primary key (application_id, academy_code)
);

create index application_other_academy_code_idx on application_other_academy (academy_code);
