-- ROME 4.0 (France Travail, Licence Ouverte), the referential of trades: every release is imported beside the
-- others; exactly one is current. Every table below is keyed by the release, so a new release never disturbs the
-- pages reading the current one until it is switched, and two releases can be compared (added, renamed, removed).
-- Other modules refer to ROME by its stable codes (trade code "A1101", OGR codes of job titles, skills and
-- knowledge), never by release.

create table rome_release (
    id             uuid         primary key,
    version        integer      not null unique,  -- "Numero de version : 60" of version.txt
    title          varchar(300),                  -- "ROME 4.0 version 60 - 25M09"
    published_on   date,
    source         varchar(500) not null,         -- the folder or file it was read from
    status         varchar(20)  not null,         -- IMPORTING, IMPORTED, FAILED
    is_current     boolean      not null default false,
    step           varchar(200),                  -- what the import is doing, for the progress page
    rows_done      integer      not null default 0,
    rows_total     integer      not null default 0,
    problems       jsonb        not null default '[]', -- rejected rows: file, line, column, message
    error          text,
    started_at     timestamptz  not null,
    finished_at    timestamptz,
    started_by     uuid,                          -- the account that started it; null at start-up
    heartbeat_at   timestamptz                    -- the node running it touches this; a stale one means the node died
);
create unique index rome_release_one_current on rome_release (is_current) where is_current;

create table rome_grand_domain (
    release_id uuid         not null references rome_release (id) on delete cascade,
    code       varchar(1)   not null,
    label      varchar(300) not null,
    primary key (release_id, code)
);

create table rome_professional_domain (
    release_id        uuid         not null references rome_release (id) on delete cascade,
    code              varchar(3)   not null,
    label             varchar(300) not null,
    grand_domain_code varchar(1)   not null,
    primary key (release_id, code)
);

-- A fiche métier.
create table rome_trade (
    release_id             uuid          not null references rome_release (id) on delete cascade,
    code                   varchar(5)    not null,  -- A1101
    ogr                    integer       not null,
    sheet_number           integer,                 -- code_fiche_metier
    label                  varchar(300)  not null,
    parent_code            varchar(5),              -- the ROME v3 fiche it comes from
    domain_code            varchar(3),              -- professional domain (A11)
    ecological_transition  varchar(100),            -- "Emploi Vert", "Emploi Brun", "Emploi stratégique pour la Transition écologique", "Emploi Blanc"
    digital_transition     boolean,
    demographic_transition boolean,
    regulated              boolean,
    executive              boolean,
    riasec_major           varchar(1),
    riasec_minor           varchar(1),
    definition             text,                    -- sentences of block 3, in order, one per line
    access                 text,                    -- sentences of block 4 (accès au métier), one per line
    primary key (release_id, code)
);
create index rome_trade_parent on rome_trade (release_id, parent_code);

-- An appellation (job title).
create table rome_job_title (
    release_id             uuid         not null references rome_release (id) on delete cascade,
    ogr                    integer      not null,
    label                  varchar(300) not null,  -- libelle_appellation_long
    short_label            varchar(300),
    trade_code             varchar(5)   not null,
    ecological_transition  varchar(100),
    digital_transition     boolean,
    demographic_transition boolean,
    regulated              boolean,
    executive              boolean,
    principal              boolean      not null,  -- classification PRINCIPALE (one per fiche) or SYNONYME
    rarely_used            boolean      not null,  -- peu_usite
    primary key (release_id, ogr)
);
create index rome_job_title_trade on rome_job_title (release_id, trade_code);

-- A skill (savoir-faire, or savoir-être professionnel) or a macro-skill. The macro-skill code (e.g. 1C101) encodes
-- the tree: domain (1) → stake (1C) → objective (1C1) → macro-skill (1C101).
create table rome_skill (
    release_id            uuid         not null references rome_release (id) on delete cascade,
    ogr                   integer      not null,
    macro                 boolean      not null,   -- nature "Macro-compétence"
    label                 varchar(500) not null,
    definition            text,
    macro_ogr             integer,                 -- for a skill: its macro-skill
    macro_code            varchar(10),             -- for a macro-skill: its code in the tree
    category              varchar(100),            -- Savoir-faire, Savoir-être professionnel
    subcategory           varchar(100),            -- Technique, Technique expert, Transverse
    ecological_transition boolean,
    digital_transition    boolean,
    heterogeneity         varchar(100),
    riasec_major          varchar(1),              -- for a macro-skill
    riasec_minor          varchar(1),
    primary key (release_id, ogr)
);
create index rome_skill_macro on rome_skill (release_id, macro_ogr);

-- A savoir (knowledge); certifications and licences are its category "Certifications et habilitations".
create table rome_knowledge (
    release_id            uuid         not null references rome_release (id) on delete cascade,
    ogr                   integer      not null,
    label                 varchar(500) not null,
    category              varchar(100),
    subcategory           varchar(100),
    ecological_transition boolean,
    digital_transition    boolean,
    primary key (release_id, ogr)
);

create table rome_work_context (
    release_id uuid         not null references rome_release (id) on delete cascade,
    ogr        integer      not null,
    label      varchar(500) not null,
    type_code  varchar(10),
    type_label varchar(200),
    primary key (release_id, ogr)
);

-- Every link between a fiche and an item of its blocks: job titles (block 2), skills, savoir-être and knowledge
-- (block 5, rubrics 1, 2, 3), work contexts (block 6); with the core/emerging flag of the coherence file.
create table rome_trade_item (
    release_id uuid        not null references rome_release (id) on delete cascade,
    trade_code varchar(5)  not null,
    block      smallint    not null,
    rubric     smallint,
    ogr        integer     not null,
    core       varchar(10),             -- CORE (Principale), EMERGING (Émergente), null
    primary key (release_id, trade_code, block, ogr)
);
create index rome_trade_item_ogr on rome_trade_item (release_id, ogr);

create table rome_mobility (
    release_id  uuid       not null references rome_release (id) on delete cascade,
    trade_code  varchar(5) not null,
    target_code varchar(5) not null,
    rank        integer,
    primary key (release_id, trade_code, target_code)
);

-- Sectors of activity (with their sub-sectors), NAF sectors, themes and centres of interest, and their fiches.
create table rome_sector (
    release_id  uuid         not null references rome_release (id) on delete cascade,
    code        varchar(10)  not null,
    label       varchar(300) not null,
    definition  text,
    parent_code varchar(10),            -- for a sub-sector
    primary key (release_id, code)
);

create table rome_trade_sector (
    release_id  uuid        not null references rome_release (id) on delete cascade,
    trade_code  varchar(5)  not null,
    sector_code varchar(10) not null,
    principal   boolean     not null,
    primary key (release_id, trade_code, sector_code)
);

create table rome_naf_sector (
    release_id uuid         not null references rome_release (id) on delete cascade,
    code       varchar(10)  not null,
    label      varchar(300) not null,
    primary key (release_id, code)
);

create table rome_trade_naf (
    release_id uuid        not null references rome_release (id) on delete cascade,
    trade_code varchar(5)  not null,
    naf_code   varchar(10) not null,
    primary key (release_id, trade_code, naf_code)
);

create table rome_theme (
    release_id uuid         not null references rome_release (id) on delete cascade,
    code       varchar(10)  not null,
    label      varchar(300) not null,
    definition text,
    primary key (release_id, code)
);

create table rome_trade_theme (
    release_id uuid        not null references rome_release (id) on delete cascade,
    trade_code varchar(5)  not null,
    theme_code varchar(10) not null,
    primary key (release_id, trade_code, theme_code)
);

create table rome_interest (
    release_id uuid         not null references rome_release (id) on delete cascade,
    code       varchar(10)  not null,
    label      varchar(300) not null,
    definition text,
    primary key (release_id, code)
);

create table rome_trade_interest (
    release_id    uuid        not null references rome_release (id) on delete cascade,
    trade_code    varchar(5)  not null,
    interest_code varchar(10) not null,
    principal     boolean     not null,
    primary key (release_id, trade_code, interest_code)
);

-- What other modules may read of ROME in SQL: the fiches of the current release, with their ROME v3 parent code
-- (RNCP certifications still point at v3 codes; a v3 code reaches its 4.0 fiches through it).
create view rome_current_trade as
select t.code, t.label, t.parent_code, t.domain_code
from rome_trade t join rome_release r on r.id = t.release_id and r.is_current;
