-- The promoters' team of a dossier beyond the territory's staff: the future operational director of a new campus.
create table application_team (
    application_id uuid         not null references application (id) on delete cascade,
    account_id     uuid         not null references account (id) on delete cascade,
    added_at       timestamptz  not null,
    added_by       varchar(150) not null,
    primary key (application_id, account_id)
);
create index application_team_account_idx on application_team (account_id);
