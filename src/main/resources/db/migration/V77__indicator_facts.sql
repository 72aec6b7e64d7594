-- The yearly figure of each indicator for each campus, kept as a fact so that the consolidated dashboards of an
-- académie, a région and the nation sum or average rows instead of running every formula over every campus of the
-- scope. Written only by the indicators module from the same formulas as the campus dashboard (one definition of
-- each figure): a campus and year the formula gives no row for has no fact (a count then counts 0, a rate is blank).
create table indicator_fact (
    campus_id       uuid         not null references campus (id) on delete cascade,
    indicator_code  text         not null references indicator (code) on delete cascade,
    year            integer      not null,
    -- the formula's value (null when it gives a row without a value) and the number of rows it counts (masking)
    value           numeric,
    row_count       bigint       not null,
    -- when this value was last written (a refresh that finds the same value leaves the row alone)
    computed_at     timestamptz  not null,
    primary key (campus_id, indicator_code, year)
);
create index indicator_fact_year_idx on indicator_fact (year, indicator_code);

-- When the facts of every campus were last computed for a year: what the dashboards say of their freshness, and which
-- years the start-up computes when they never were.
create table indicator_fact_year (
    year            integer      primary key,
    computed_at     timestamptz  not null
);

-- The facts of the campuses of each région and main académie summed, per indicator and year, written with the facts
-- (same transaction): what the dashboards of the nation and of a région read, a few thousand rows instead of every
-- campus's facts. An académie's dashboard (campuses listing it among their other académies too) reads the facts.
create table indicator_fact_group (
    indicator_code  text         not null,
    year            integer      not null,
    region_code     varchar(3)   not null,
    academy_code    varchar(3)   not null,
    -- the campuses with a fact, those with a value, the sum of the values, those whose value is not zero, the rows counted
    facts           bigint       not null,
    valued          bigint       not null,
    total           numeric,
    non_zero        bigint       not null,
    row_count       bigint       not null,
    primary key (year, indicator_code, region_code, academy_code)
);
