-- What a change touched, exactly enough to undo it (issue 16): a figure's table, row and column with
-- its value before and after, a whole table before and after, the areas before and after, or a text
-- section's key (its texts before and after are the entry's
-- old and new value). An undo is itself an entry, naming the entry it undoes; an entry is undone
-- at most once. Entries stay append-only (V4).
alter table audit_entry add column target varchar;
alter table audit_entry add column undoes bigint;
create unique index audit_entry_undone_once on audit_entry (undoes);
