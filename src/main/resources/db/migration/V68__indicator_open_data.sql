-- Open data of the indicators module (issue 13, item 6): a snapshot of the values of the public indicators, per campus
-- and year, that are neither masked (counted from too few rows) nor blank. Computing every campus live on each request
-- is too slow at national scale: a daily job (once across nodes) and the national administrator on demand replace the
-- whole snapshot in one transaction; the CSV is streamed from it and the API paginates it in SQL. Self-contained (the
-- indicator's and the campus's names are copied at publication) so that reading it joins nothing.
create table indicator_open_value (
    indicator_code     varchar(40)  not null,
    campus_id          uuid         not null,
    year               integer      not null check (year between 2000 and 2100),
    value              numeric      not null,
    -- the catalogue's order (theme, then position), to list a campus's indicators as the catalogue does
    indicator_position integer      not null,
    indicator_name     varchar(255) not null,
    theme              varchar(30)  not null,
    unit               varchar(20)  not null,
    period             varchar(20)  not null,
    campus_slug        varchar(200) not null,
    campus_name        varchar(300) not null,
    region_code        varchar(3)   not null,
    region_name        varchar(100) not null,
    academy_code       varchar(3)   not null,
    academy_name       varchar(100) not null,
    primary key (indicator_code, campus_id, year)
);
-- the API's and the CSV's order, filtered by year, then région or académie or campus
create index indicator_open_value_order_idx on indicator_open_value (year, campus_name, campus_id, indicator_position);
create index indicator_open_value_region_idx on indicator_open_value (region_code, year);
create index indicator_open_value_academy_idx on indicator_open_value (academy_code, year);
create index indicator_open_value_campus_idx on indicator_open_value (campus_slug, year);

-- Each publication of the snapshot: when, how many values, and by whom (null: the daily job).
create table indicator_open_publication (
    id               uuid         primary key,
    published_at     timestamptz  not null,
    values_published integer      not null,
    published_by     varchar(150)
);
create index indicator_open_publication_at_idx on indicator_open_publication (published_at desc);
