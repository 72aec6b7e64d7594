-- Progress reports at mid-term are dossiers of their own kind; one per label granted, even if two nodes open it.
alter table application add column due_on date;
create unique index application_progress_report_uq on application (previous_id) where kind = 'PROGRESS_REPORT';

-- Reminders sent before a label expires: once per campus, validity end and milestone.
create table label_reminder (
    campus_id     uuid        not null references campus (id) on delete cascade,
    valid_until   date        not null,
    months_before integer     not null,
    sent_at       timestamptz not null,
    primary key (campus_id, valid_until, months_before)
);
