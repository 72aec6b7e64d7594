-- Failed logins counted by the name typed (existing account or not) and by client address, shared by every node:
-- after a few failures in a row, attempts are refused for a delay that doubles with each further failure. An attempt
-- is counted when it is let through to the password check, and given back if it succeeds.
create table login_throttle (
    kind            varchar(10)  not null check (kind in ('ACCOUNT', 'ADDRESS')),
    value           varchar(200) not null,
    failures        integer      not null,
    last_attempt_at timestamptz  not null,
    blocked_until   timestamptz,
    primary key (kind, value)
);

create index login_throttle_last_attempt on login_throttle (last_attempt_at);
