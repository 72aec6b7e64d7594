-- A planned meeting can be changed and cancelled: the invitations it sent carry a sequence number that grows with
-- each change (RFC 5545 SEQUENCE), and a cancelled meeting keeps its date, its cancellation time and reason.
alter table meeting add column sequence integer not null default 0;
alter table meeting add column cancelled_at timestamptz;
alter table meeting add column cancellation_reason varchar(500);
