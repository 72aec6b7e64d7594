-- The candidates' e-mail alerts (jobs.alerts): a search of the public job board saved under a name. The daily job
-- e-mails the offers published after the day it last covered; erasing the candidate deletes their alerts.
create table candidate_alert (
    id                 uuid         primary key,
    candidate_id       uuid         not null references candidate (id) on delete cascade,
    name               varchar(100) not null,
    -- The board's query string (q=…&contrat=…&commune=…&rayon=…), without page.
    search             varchar(2000) not null,
    active             boolean      not null default true,
    -- The last publication day whose offers were sent (or were already on the board when the alert was saved).
    covered_through    date         not null,
    last_sent_at       timestamptz,
    -- The secret of the one-click unsubscribe link of its e-mails.
    unsubscribe_token  varchar(64)  not null unique,
    created_at         timestamptz  not null,
    version            bigint       not null default 0
);
create index candidate_alert_candidate on candidate_alert (candidate_id, created_at);
create index candidate_alert_due on candidate_alert (covered_through) where active;
