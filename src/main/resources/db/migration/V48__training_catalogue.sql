-- The training catalogue, joined across the national files (see ../shared/data/README.md for sources and licences):
-- BCN diplomas (CFD) with their NSF specialty group, RNCP certifications and their ROME v3 codes, the Kit
-- apprentissage CFD↔RNCP table, the CPC list of professional diplomas, ONISEP Idéo initial trainings, the CFA list,
-- the lycées of Île-de-France and the InserJeunes outcomes per establishment. Filled by the importer
-- (fr.passerelle.training.catalogue.CatalogueImporter); every existing row of diploma is kept with its code.

-- The BCN diplomas gain their NSF specialty group and their CPC; the importer updates the rows it finds.
alter table diploma add column nsf_code varchar(3);
alter table diploma add column cpc varchar(150);
alter table diploma add column cpc_sector varchar(150);
alter table diploma add column cpc_rncp_code varchar(12);
alter table diploma add column imported_at timestamp with time zone;

-- The specialty groups of the Nomenclature des spécialités de formation (NSF): a group (3 digits) belongs to a domain
-- (its first 2 digits); the domain rows are the groups whose code ends in 9 ("DO22 : TRANSFORMATIONS").
create table training_specialty_group (
    code        varchar(3)   primary key,
    domain_code varchar(2)   not null,
    label       varchar(150) not null
);

-- A certification registered in the Répertoire national des certifications professionnelles (France compétences).
create table catalogue_rncp (
    code           varchar(12)   primary key,  -- RNCP1234
    label          varchar(1000) not null,
    national_level smallint      check (national_level between 1 and 8),
    active         boolean       not null,
    type_code      varchar(40),                -- BTS, TP, MASTER…
    type_label     varchar(200),
    registration   varchar(100),               -- enregistrement de droit / sur demande
    ends_on        date
);

-- The ROME v3 codes an RNCP certification leads to; reached to ROME 4.0 through rome_current_trade.parent_code.
create table catalogue_rncp_rome (
    rncp_code varchar(12) not null,
    rome_code varchar(5)  not null,
    primary key (rncp_code, rome_code)
);
create index catalogue_rncp_rome_code on catalogue_rncp_rome (rome_code);

-- The Kit apprentissage: which RNCP fiche a CFD matches, and whether the fiche is open to apprenticeship.
create table catalogue_kit (
    cfd            varchar(8)  not null,
    rncp_code      varchar(12) not null,
    national_level smallint    check (national_level between 1 and 8),
    apprenticeship boolean,    -- "oui" / "non"; null when the Kit says "NR"
    active         boolean,
    primary key (cfd, rncp_code)
);

-- ONISEP Idéo initial trainings, as published.
create table catalogue_onisep (
    onisep_id      varchar(20)   primary key,  -- FOR.6913, from the link to onisep.fr
    type_label     varchar(200),
    label          varchar(1000) not null,
    duration       varchar(40),
    rncp_code      varchar(12),
    national_level smallint      check (national_level between 1 and 8),
    domain         varchar(500),
    url            varchar(300)  not null
);
create index catalogue_onisep_rncp on catalogue_onisep (rncp_code);

-- A training of the catalogue: a BCN diploma (code = its CFD), else an RNCP certification (code = RNCP…), else an
-- ONISEP initial training without RNCP code (code = its ONISEP id FOR.…).
create table catalogue_training (
    id                    uuid          primary key,
    code                  varchar(20)   not null unique,
    kind                  varchar(15)   not null check (kind in ('DIPLOMA', 'CERTIFICATION', 'ONISEP')),
    cfd                   varchar(8),
    rncp_code             varchar(12),
    type_label            varchar(200),
    label                 varchar(1000) not null,
    national_level        smallint      check (national_level between 1 and 8),
    nsf_code              varchar(3),
    domain                varchar(500),            -- ONISEP domain/sub-domain
    duration              varchar(40),
    cpc                   varchar(150),
    cpc_sector            varchar(150),
    onisep_url            varchar(300),
    rncp_active           boolean,
    apprenticeship_access boolean,
    routes                varchar(60)   not null default '',  -- TrainingRoute names, comma separated
    region_codes          varchar(200)  not null default '',  -- régions of the establishments that deliver it
    imported_at           timestamp with time zone not null,
    version               bigint        not null default 0
);
create index catalogue_training_cfd_idx on catalogue_training (cfd);
create index catalogue_training_rncp_idx on catalogue_training (rncp_code);

-- Every RNCP certification a training matches (a CFD can have several in the Kit apprentissage).
create table catalogue_training_rncp (
    training_id uuid        not null references catalogue_training (id) on delete cascade,
    rncp_code   varchar(12) not null,
    primary key (training_id, rncp_code)
);
create index catalogue_training_rncp_code on catalogue_training_rncp (rncp_code);

-- An establishment known by its UAI: a CFA (list of CFA), a lycée (Île-de-France), or a lycée pro or CFA of InserJeunes.
create table catalogue_establishment (
    uai          varchar(8)   primary key,
    name         varchar(300) not null,
    kind         varchar(10)  not null check (kind in ('CFA', 'LYCEE')),
    siret        varchar(14),
    address      varchar(300),
    postal_code  varchar(10),
    commune_code varchar(5),
    commune_name varchar(150),
    region_name  varchar(100),
    latitude     double precision,
    longitude    double precision,
    phone        varchar(30),
    website      varchar(300),
    email        varchar(200)
);

-- InserJeunes outcomes of an establishment for one school year: every leaver (ALL, "ensemble"), apprentices only
-- (APPRENTICES, "dont apprentis") or pupils of the school route only (STUDENTS, "dont élèves en voie pro sco").
-- Rates and shares in percent; null where the source leaves them blank or writes "nd" (never 0).
create table catalogue_outcome (
    uai                      varchar(8)   not null,
    school_year              varchar(9)   not null,  -- 2022-2023
    source                   varchar(20)  not null check (source in ('INSERJEUNES_LP', 'INSERJEUNES_CFA')),
    population               varchar(12)  not null check (population in ('ALL', 'APPRENTICES', 'STUDENTS')),
    establishment_name       varchar(300),
    region_name              varchar(100),
    further_study_rate       smallint,
    employment_rate          smallint,   -- taux d'emploi 6 mois après la sortie
    expected_employment_rate smallint,
    value_added              smallint,
    share_further_study      smallint,
    share_employed           smallint,
    share_other              smallint,
    primary key (uai, school_year, source, population)
);
