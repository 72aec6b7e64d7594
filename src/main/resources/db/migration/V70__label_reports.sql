-- Several progress reports per label (issue 13, item 4): each report says what it is for. The mid-term report opens
-- at mid-term and the pre-renewal evaluation a year before the label ends, once per label each, whichever node runs
-- the morning job; stage reports (« points d'étape ») are opened on demand, as many as the label's followers ask.
alter table application add column report_purpose varchar(20)
    check (report_purpose in ('MID_TERM', 'STAGE', 'PRE_RENEWAL'));
-- What a stage report is about, in the words of whoever asked for it.
alter table application add column report_subject varchar(255);

-- The reports opened so far were the mid-term ones.
update application set report_purpose = 'MID_TERM' where kind = 'PROGRESS_REPORT';
alter table application add constraint application_report_purpose_chk
    check ((kind = 'PROGRESS_REPORT') = (report_purpose is not null));

drop index application_progress_report_uq;
create unique index application_report_once_uq on application (previous_id, report_purpose)
    where kind = 'PROGRESS_REPORT' and report_purpose in ('MID_TERM', 'PRE_RENEWAL');
create index application_reports_of_label_idx on application (previous_id) where kind = 'PROGRESS_REPORT';

-- The annex « Indicateurs et auto-évaluation » of a mid-term report or a pre-renewal evaluation: a snapshot of the
-- campus's indicator values for each year of the label and of its latest self-evaluation, taken when the report opens
-- and again each time its authors refresh it before they submit; it no longer changes once the report is submitted.
create table progress_report_annex (
    application_id  uuid         primary key references application (id) on delete cascade,
    taken_at        timestamptz  not null,
    taken_by        varchar(255) not null,
    content         jsonb        not null
);
