-- "Mot de passe oublié": links e-mailed to the owner of a local account, valid one hour, used once. Only a SHA-256
-- hash of the link's random token is kept, so that a copy of this table opens no account. A new request voids the
-- links not used yet; the rows of the last hour bound how many e-mails one account, or one address, can cause.
create table password_reset (
    id             uuid         primary key,
    account_id     uuid         not null references account (id) on delete cascade,
    token_hash     char(64)     not null unique,
    requested_at   timestamptz  not null,
    expires_at     timestamptz  not null,
    used_at        timestamptz,
    voided_at      timestamptz,
    requested_from varchar(200),
    constraint password_reset_expiry_chk check (expires_at > requested_at)
);

create index password_reset_account on password_reset (account_id, requested_at);
create index password_reset_address on password_reset (requested_from, requested_at);

-- How many times the account's password was set: a session opened with an older password is closed on its next request.
alter table account add column password_version integer not null default 0;
