-- Who changed which business record, when, and what changed (before -> after).
create table audit_entry (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null,
    actor       varchar(150) not null,
    entity_type varchar(50)  not null,
    entity_id   uuid         not null,
    action      varchar(30)  not null,
    summary     varchar(255),
    changes     jsonb        not null default '[]'::jsonb
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, occurred_at desc);
