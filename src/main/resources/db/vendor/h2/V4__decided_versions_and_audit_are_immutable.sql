-- A decided plan version never changes, and the audit log is only ever added to: refused here in
-- the database too, whatever program writes. The rules are in se.styr.plan.ReadOnlyGuard (H2 runs
-- Java triggers); PostgreSQL has the same rules in PL/pgSQL (db/vendor/postgresql).
create trigger audit_entry_append_only before update, delete on audit_entry for each row call 'se.styr.plan.ReadOnlyGuard';
create trigger plan_version_decided_read_only before update, delete on plan_version for each row call 'se.styr.plan.ReadOnlyGuard';
create trigger decision_decided_read_only before insert, update, delete on decision for each row call 'se.styr.plan.ReadOnlyGuard';
create trigger operational_area_decided_read_only before insert, update, delete on operational_area for each row call 'se.styr.plan.ReadOnlyGuard';
create trigger content_block_decided_read_only before insert, update, delete on content_block for each row call 'se.styr.plan.ReadOnlyGuard';
create trigger budget_table_decided_read_only before insert, update, delete on budget_table for each row call 'se.styr.plan.ReadOnlyGuard';
create trigger text_figure_decided_read_only before insert, update, delete on text_figure for each row call 'se.styr.plan.ReadOnlyGuard';
create trigger plan_steering_decided_read_only before insert, update, delete on plan_steering for each row call 'se.styr.plan.ReadOnlyGuard';
create trigger table_footnote_decided_read_only before insert, update, delete on table_footnote for each row call 'se.styr.plan.ReadOnlyGuard';
create trigger table_column_decided_read_only before insert, update, delete on table_column for each row call 'se.styr.plan.ReadOnlyGuard';
create trigger table_row_decided_read_only before insert, update, delete on table_row for each row call 'se.styr.plan.ReadOnlyGuard';
create trigger table_cell_decided_read_only before insert, update, delete on table_cell for each row call 'se.styr.plan.ReadOnlyGuard';
create trigger decision_point_decided_read_only before insert, update, delete on decision_point for each row call 'se.styr.plan.ReadOnlyGuard';
create trigger area_event_decided_read_only before insert, update, delete on area_event for each row call 'se.styr.plan.ReadOnlyGuard';
