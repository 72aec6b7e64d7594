-- The external evaluation an Excellence label gets before it ends (source 000: « une évaluation externe avant la fin de la
-- labellisation »): scheduled by the national administration with an evaluator (an expert's account) and a date before
-- the label's end, then a report and a conclusion filed by the evaluator. One evaluation per campus and label end, unless
-- cancelled (the cancellation and its reason stay).
create table external_evaluation (
    id                   uuid          primary key,
    campus_id            uuid          not null references campus (id) on delete cascade,
    label_valid_until    date          not null,
    -- the territory of the campus when it was scheduled, so that each reader's list is filtered in SQL
    region_code          varchar(3)    not null,
    academy_codes        varchar(3)[]  not null,
    evaluator_id         uuid          not null references account (id),
    due_on               date          not null,
    status               varchar(20)   not null check (status in ('SCHEDULED', 'REPORTED', 'CANCELLED')),
    scope_note           text,
    report_name          varchar(255),
    report_type          varchar(150),
    report_size          bigint,
    report_data          bytea,
    summary              text,
    conclusion           varchar(30)   check (conclusion in ('FAVOURABLE', 'FAVOURABLE_WITH_RESERVATIONS', 'UNFAVOURABLE')),
    reported_at          timestamptz,
    reported_by          varchar(150),
    cancel_reason        varchar(1000),
    due_reminded_at      timestamptz,
    created_at           timestamptz   not null,
    created_by           varchar(150)  not null,
    version              bigint        not null default 0,
    constraint external_evaluation_due_chk check (due_on <= label_valid_until),
    constraint external_evaluation_report_chk check (status <> 'REPORTED'
        or (report_data is not null and conclusion is not null and reported_at is not null)),
    constraint external_evaluation_cancel_chk check (status <> 'CANCELLED' or cancel_reason is not null)
);
create unique index external_evaluation_label_uq on external_evaluation (campus_id, label_valid_until) where status <> 'CANCELLED';
create index external_evaluation_due_idx on external_evaluation (status, due_on);
create index external_evaluation_evaluator_idx on external_evaluation (evaluator_id);
create index external_evaluation_region_idx on external_evaluation (region_code);

-- The national administration is told once per Excellence label ending within twelve months without an evaluation.
create table external_evaluation_reminder (
    campus_id         uuid        not null references campus (id) on delete cascade,
    label_valid_until date        not null,
    sent_at           timestamptz not null,
    primary key (campus_id, label_valid_until)
);
