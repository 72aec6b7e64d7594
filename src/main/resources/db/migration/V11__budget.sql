-- One budget per campus and year: planned and actual lines, partners' contributions, and funding requests.
create table budget (
    id        uuid    primary key,
    campus_id uuid    not null references campus (id) on delete cascade,
    year      integer not null,
    version   bigint  not null default 0,
    constraint budget_campus_year_uq unique (campus_id, year)
);

create table budget_line (
    id        uuid           primary key,
    budget_id uuid           not null references budget (id) on delete cascade,
    side      varchar(10)    not null,
    category  varchar(30)    not null,
    label     varchar(255)   not null,
    planned   numeric(14, 2) not null check (planned >= 0),
    actual    numeric(14, 2) check (actual >= 0)
);
create index budget_line_budget_idx on budget_line (budget_id);

create table contribution (
    id              uuid           primary key,
    budget_id       uuid           not null references budget (id) on delete cascade,
    organisation_id uuid           not null references organisation (id),
    kind            varchar(20)    not null,
    description     varchar(500)   not null,
    valuation       numeric(14, 2) not null check (valuation >= 0)
);
create index contribution_budget_idx on contribution (budget_id);

create table funding_request (
    id             uuid           primary key,
    campus_id      uuid           not null references campus (id) on delete cascade,
    year           integer        not null,
    funder         varchar(30)    not null,
    programme      varchar(255)   not null,
    amount_asked   numeric(14, 2) not null check (amount_asked > 0),
    status         varchar(20)    not null,
    amount_granted numeric(14, 2) check (amount_granted >= 0)
);
create index funding_request_campus_idx on funding_request (campus_id, year);
