-- A cluster is a fourth owner of governing bodies (ADR 0011, « A cluster is a fourth owner »): its employment and
-- training commissions are governing bodies with dated seats and meetings, as a campus's, a région's or a network's.
-- Exactly one owner per body. Campus queries and the views published for indicators (V54, V76) key on campus_id, so a
-- cluster's bodies (campus_id null) never count in a campus's figures.
alter table governing_body add column cluster_id uuid references cluster (id);
alter table governing_body drop constraint governing_body_one_scope_chk;
alter table governing_body add constraint governing_body_one_scope_chk
    check (num_nonnulls(campus_id, region_code, network_id, cluster_id) = 1);
create index governing_body_cluster_idx on governing_body (cluster_id) where cluster_id is not null;
