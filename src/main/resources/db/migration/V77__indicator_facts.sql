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
