-- One declaration of an indicator with a breakdown is several rows (one per key, and the total): declaration_id is the
-- id they share, so that the history lists each declaration once even when two are made within the same instant. Rows
-- written without it (by SQL of other parts) are grouped by their time.
alter table indicator_declaration add column declaration_id uuid;
create index indicator_declaration_group_idx on indicator_declaration (declaration_id);
