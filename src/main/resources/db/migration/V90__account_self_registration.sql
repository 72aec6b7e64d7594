-- Accounts people open themselves (candidates of the job platform): the account logs in only once its owner has
-- confirmed its e-mail address through a link e-mailed to them. Accounts opened by the administration are confirmed
-- when opened; every existing account is.
alter table account add column email_confirmed_at timestamptz;
update account set email_confirmed_at = created_at;

-- Links confirming the e-mail address of a self-registered account, valid 48 hours, used once. Only a SHA-256 hash of
-- the link's random token is kept. A new link voids the ones not used yet; the rows of the last hour bound how many
-- registrations and e-mails one address, or one account, can cause.
create table account_confirmation (
    id             uuid         primary key,
    account_id     uuid         not null references account (id) on delete cascade,
    token_hash     char(64)     not null unique,
    requested_at   timestamptz  not null,
    expires_at     timestamptz  not null,
    used_at        timestamptz,
    voided_at      timestamptz,
    requested_from varchar(200),
    constraint account_confirmation_expiry_chk check (expires_at > requested_at)
);

create index account_confirmation_account on account_confirmation (account_id, requested_at);
create index account_confirmation_address on account_confirmation (requested_from, requested_at);
