-- Trade sheets enriched by a campus or a cluster for its sector (issue 12, item 3): the owner's selection of ROME
-- fiches, in the order it shows them, each with its own content in French and, when translated, in English. The
-- sheet keeps the ROME trade code only (never a release): a code that leaves the current release keeps its sheet,
-- which the pages flag. New tables only: no existing row is touched.

create table curated_trade_sheet (
    id                     uuid         primary key,
    owner_kind             varchar(10)  not null check (owner_kind in ('CAMPUS', 'CLUSTER')),
    owner_id               uuid         not null,   -- campus.id, or directory organisation.id of kind CLUSTER
    trade_code             varchar(5)   not null,
    position               integer      not null,   -- 0, 1, 2… in the owner's selection
    -- What does not depend on the language.
    pay_beginner_min       integer      check (pay_beginner_min >= 0),     -- gross monthly, euros
    pay_beginner_max       integer      check (pay_beginner_max >= 0),
    pay_experienced_min    integer      check (pay_experienced_min >= 0),
    pay_experienced_max    integer      check (pay_experienced_max >= 0),
    required_level         integer      check (required_level between 3 and 8), -- national framework of certifications
    -- French content.
    missions_fr            text,
    functions_fr           text,
    nature_fr              text,
    environment_fr         text,
    know_how_fr            text,        -- savoir-faire highlighted, beyond the ROME skills picked
    soft_skills_fr         text,        -- savoir-être highlighted, beyond the ROME skills picked
    prospects_fr           text,        -- évolutions
    -- English content; null when the sheet is not translated.
    missions_en            text,
    functions_en           text,
    nature_en              text,
    environment_en         text,
    know_how_en            text,
    soft_skills_en         text,
    prospects_en           text,
    reviewed_on            date,        -- the last yearly review
    reviewed_by            varchar(200),
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    version                bigint       not null default 0,
    unique (owner_kind, owner_id, trade_code)
);
create index curated_trade_sheet_owner on curated_trade_sheet (owner_kind, owner_id, position);
create index curated_trade_sheet_trade on curated_trade_sheet (trade_code);

-- The ROME skills (savoir-faire and savoir-être, by OGR code) the owner highlights, in the order chosen.
create table curated_trade_sheet_skill (
    sheet_id  uuid    not null references curated_trade_sheet (id) on delete cascade,
    position  integer not null,
    ogr       integer not null,
    primary key (sheet_id, position)
);
