-- The year a frame change applies from ("from 2026"), where the plan states one; before, it could
-- only be said in the row's note. And a row's parent label: the first level of a two-level label
-- (the committee above its activities in one table), printed as a heading above its rows.
alter table table_row add column frame_year integer;
alter table table_row add column parent_label varchar(500);
