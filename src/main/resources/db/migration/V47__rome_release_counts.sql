-- What an import kept of a release (rows of each table, by name: trades, jobTitles, skills, …) and how many rows it
-- rejected in all (rome_release.problems keeps the first thousand of them, with file, line and column).
alter table rome_release add column counts jsonb not null default '{}';
alter table rome_release add column problem_count integer not null default 0;
