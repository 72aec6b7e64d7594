-- The showcase counter of the campus module: how many times the public pages of a campus (/campus/{slug} and its
-- public sub-pages) were shown each day (Europe/Paris), counted without cookie nor anything of the visitor (no IP, no
-- user agent kept): one upsert per page shown, safe with several nodes.
create table campus_page_view (
    campus_id uuid    not null references campus (id) on delete cascade,
    day       date    not null,
    views     bigint  not null check (views > 0),
    primary key (campus_id, day)
);

-- published by campus for indicators: the daily views of each campus's public pages.
create view indicator_source_page_view as
select campus_id, day, views from campus_page_view;
comment on view indicator_source_page_view is 'published by campus for indicators';
