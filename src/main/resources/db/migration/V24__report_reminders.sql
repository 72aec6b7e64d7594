-- The reminder sent to the promoters two weeks before a progress report is due, once per report.
alter table application add column due_reminded_at timestamptz;
