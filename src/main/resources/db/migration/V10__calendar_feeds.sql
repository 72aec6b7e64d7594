-- Private iCal feeds of a campus's meetings: a secret token in the URL, which can be revoked.
create table calendar_feed (
    id         uuid         primary key,
    campus_id  uuid         not null references campus (id) on delete cascade,
    token      varchar(64)  not null unique,
    label      varchar(150) not null,
    created_at timestamptz  not null,
    revoked_at timestamptz
);
create index calendar_feed_campus_idx on calendar_feed (campus_id);
