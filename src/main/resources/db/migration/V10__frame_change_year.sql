-- The year a frame change applies from ("from 2026"), where the plan states one; before, it could
-- only be said in the row's note.
alter table table_row add column frame_year integer;
