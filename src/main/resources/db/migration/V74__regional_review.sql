-- The regional strategic committee's yearly review of the région's campuses and its validation of their indicators
-- (source 001: « dresser un bilan annuel des actions menées » and « valider des indicateurs permettant de mesurer la
-- plus-value effective de chacun campus »). Owned by indicators (indicators.regional).

-- One review per région and year, held at a meeting of the région's strategic committee (a governance meeting, known
-- by its id through governance's API; its date and body are copied here as the committee's record).
create table regional_review (
    id              uuid         primary key,
    region_code     varchar(3)   not null references region (code),
    year            integer      not null check (year between 2000 and 2100),
    meeting_id      uuid,
    meeting_text    varchar(300),
    conclusion      text,
    status          varchar(10)  not null check (status in ('OPEN', 'CLOSED')),
    created_at      timestamptz  not null,
    created_by      varchar(150) not null,
    closed_at       timestamptz,
    closed_by       varchar(150),
    version         bigint       not null default 0,
    constraint regional_review_once unique (region_code, year)
);

-- The committee's appreciation of one campus in the review, on the scale « conforme aux engagements / points de
-- vigilance / situation préoccupante », with its comment and recommendations.
create table regional_review_appreciation (
    id              uuid         primary key,
    review_id       uuid         not null references regional_review (id) on delete cascade,
    campus_id       uuid         not null references campus (id) on delete cascade,
    appreciation    varchar(12)  not null check (appreciation in ('CONFORM', 'VIGILANCE', 'CONCERNING')),
    comment         text,
    recommendations text,
    recorded_at     timestamptz  not null,
    recorded_by     varchar(150) not null,
    version         bigint       not null default 0,
    constraint regional_review_appreciation_once unique (review_id, campus_id)
);
create index regional_review_appreciation_campus_idx on regional_review_appreciation (campus_id);

-- Each validation of the indicators by the committee: who recorded it, when, at which meeting. A correction reopens
-- the review (reason kept here) and a new validation is kept beside the old one.
create table regional_indicator_validation (
    id              uuid         primary key,
    review_id       uuid         not null references regional_review (id) on delete cascade,
    validated_at    timestamptz  not null,
    validated_by    varchar(150) not null,
    meeting_id      uuid,
    meeting_text    varchar(300),
    reopened_at     timestamptz,
    reopened_by     varchar(150),
    reopen_reason   varchar(2000)
);
create index regional_indicator_validation_review_idx on regional_indicator_validation (review_id, validated_at desc);

-- The snapshot: every tracked indicator's value per campus of the région at the moment of validation, as computed,
-- declared or imported then, whatever happens to the live values afterwards.
create table regional_indicator_validated_value (
    validation_id   uuid         not null references regional_indicator_validation (id) on delete cascade,
    campus_id       uuid         not null references campus (id) on delete cascade,
    campus_name     varchar(300) not null,
    indicator_code  varchar(60)  not null,
    indicator_name  varchar(300) not null,
    year            integer      not null,
    value           numeric(18, 4),
    masked          boolean      not null,
    counted_rows    bigint       not null,
    primary key (validation_id, campus_id, indicator_code)
);
create index regional_indicator_validated_value_campus_idx on regional_indicator_validated_value (campus_id, year);
