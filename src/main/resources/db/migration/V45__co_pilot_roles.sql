-- The two co-pilots told apart (the région académique's coordination on the rectorat side, the Conseil régional's referent)
-- and the DREETS correspondent, who reads the campuses they follow. Existing accounts keep their role and scope.
create table account_followed_campus (
    account_id uuid not null references account (id) on delete cascade,
    campus_id  uuid not null references campus (id) on delete cascade,
    primary key (account_id, campus_id)
);
create index account_followed_campus_campus on account_followed_campus (campus_id);
