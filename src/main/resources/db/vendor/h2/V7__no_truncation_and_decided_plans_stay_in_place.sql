-- The audit log and the parts of plan versions cannot be emptied with TRUNCATE, which fires no row
-- trigger: H2 refuses to truncate a table that a foreign key refers to, so this table, always empty,
-- refers to each of them. And a plan with a decided version keeps its committee and budget year, a
-- committee with one keeps its municipality and key (se.styr.plan.ReadOnlyGuard); otherwise one
-- UPDATE would move a decided plan into another committee's access or another year.
create table truncation_guard (
  audit_entry_id bigint references audit_entry (id),
  decision_point_decision bigint,
  decision_point_position integer,
  area_event_area bigint,
  area_event_position integer,
  content_block_version bigint,
  content_block_position integer,
  table_footnote_table bigint,
  table_footnote_position integer,
  table_column_table bigint,
  table_column_position integer,
  table_row_table bigint,
  table_row_position integer,
  table_cell_table bigint,
  table_cell_row integer,
  table_cell_column integer,
  text_figure_version bigint,
  text_figure_position integer,
  plan_steering_version bigint references plan_steering (plan_version_id),
  role_grant_id bigint references role_grant (id),
  constraint truncation_guard_is_empty check (audit_entry_id is null and audit_entry_id is not null),
  foreign key (decision_point_decision, decision_point_position) references decision_point (decision_id, position),
  foreign key (area_event_area, area_event_position) references area_event (area_id, position),
  foreign key (content_block_version, content_block_position) references content_block (plan_version_id, position),
  foreign key (table_footnote_table, table_footnote_position) references table_footnote (table_id, position),
  foreign key (table_column_table, table_column_position) references table_column (table_id, position),
  foreign key (table_row_table, table_row_position) references table_row (table_id, position),
  foreign key (table_cell_table, table_cell_row, table_cell_column) references table_cell (table_id, row_position, column_position),
  foreign key (text_figure_version, text_figure_position) references text_figure (plan_version_id, position)
);

create trigger plan_decided_stays_in_place before update on plan for each row call 'se.styr.plan.ReadOnlyGuard';
create trigger committee_decided_stays_in_place before update on committee for each row call 'se.styr.plan.ReadOnlyGuard';
