-- The reference of an interministerial decision (its number in the ministry's register), quoted on the label's
-- certificate; decisions recorded before it was asked have none.
alter table label_decision add column reference varchar(60);
