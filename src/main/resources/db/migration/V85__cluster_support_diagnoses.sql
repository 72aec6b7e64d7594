-- HR diagnoses of member companies (issue 14, source 004 section 2: « sur deux-trois jours, un consultant réalise un
-- diagnostic global de l'entreprise dont l'objectif est la mise en place d'un plan d'action »): the diagnosis, its
-- findings per theme, then the action plan the cluster's staff follow up. Readable by the company's people and the
-- cluster's staff only. Owned by the clusters module (sub-package support).

create table support_diagnosis (
    id               uuid          primary key,
    cluster_id       uuid          not null references cluster (id) on delete cascade,
    organisation_id  uuid          not null references organisation (id),
    consultant       varchar(200)  not null,
    starts_on        date          not null,
    ends_on          date          not null,
    days             numeric(3, 1) not null check (days > 0 and days <= 10),
    summary          text,
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    check (ends_on >= starts_on)
);
create index support_diagnosis_cluster_idx on support_diagnosis (cluster_id, starts_on desc);
create index support_diagnosis_organisation_idx on support_diagnosis (organisation_id);

create table support_diagnosis_finding (
    id            uuid          primary key,
    diagnosis_id  uuid          not null references support_diagnosis (id) on delete cascade,
    theme         varchar(30)   not null check (theme in ('RECRUITMENT', 'HR_TOOLS', 'SKILLS', 'TRAINING', 'MANAGEMENT',
                                                          'INTERNAL_COMMUNICATION', 'OTHER')),
    finding       varchar(2000) not null,
    created_at    timestamptz   not null
);
create index support_diagnosis_finding_idx on support_diagnosis_finding (diagnosis_id, theme);

create table support_action (
    id            uuid          primary key,
    diagnosis_id  uuid          not null references support_diagnosis (id) on delete cascade,
    title         varchar(300)  not null,
    owner         varchar(200)  not null,
    due_on        date,
    status        varchar(20)   not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'ABANDONED')),
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null
);
create index support_action_diagnosis_idx on support_action (diagnosis_id, due_on);
