-- The year a frame change applies from ("from 2026"), where the plan states one; before, it could
-- only be said in the row's note. And a row's parent label: the first level of a two-level label
-- (the committee above its activities in one table), printed as a heading above its rows.
alter table table_row add column frame_year integer;
alter table table_row add column parent_label varchar(500);

-- A figure as the source prints it where that differs from Styr's own way ("1144", "–1,8", "-0"),
-- or the dash it prints for no figure ("–"): printed as stated, checked by its value (a dash is none).
alter table table_cell add column printed varchar(40);

-- The relations a table states between its cells (se.styr.budget.CellRelation), one a line: a
-- percentage of another figure, a figure equal to another table's or year's, any number of them.
alter table budget_table add column relations varchar(8000);
