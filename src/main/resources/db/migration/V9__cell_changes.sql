-- The last change of each cell: at which lock version of its table, by whom, when and what. A write
-- to a cell is refused only when that cell (or, for a total, its column) changed after the version
-- the writer read, so that people entering figures into different cells of one table at the same
-- time do not refuse each other. Emptied for a table when the whole table is replaced.
create table cell_change (
  table_id bigint not null references budget_table (id) on delete cascade,
  row_position integer not null,
  column_position integer not null,
  lock_version integer not null,
  changed_by varchar(200) not null,
  changed_at timestamp not null,
  change_summary varchar(2000),
  primary key (table_id, row_position, column_position)
);
