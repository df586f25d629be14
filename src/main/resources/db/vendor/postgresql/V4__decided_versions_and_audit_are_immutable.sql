-- A decided plan version never changes, and the audit log is only ever added to: refused here in
-- the database too, whatever program or role writes. H2 has the same rules in Java (db/vendor/h2).

create function styr_refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception 'The audit log cannot be changed (% refused)', tg_op using errcode = 'P0001';
end $$;

create trigger audit_entry_append_only before update or delete on audit_entry
  for each row execute function styr_refuse_audit_change();

create function styr_version_status(version_id bigint) returns varchar language sql stable as $$
  select status from plan_version where id = version_id
$$;

create function styr_refuse_decided_version() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.status = 'DECIDED' then
    raise exception 'Plan version % is decided and read-only', old.id using errcode = 'P0001';
  end if;
  if tg_op = 'DELETE' and old.status = 'DECIDED' then
    raise exception 'Plan version % is decided and cannot be deleted', old.id using errcode = 'P0001';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger plan_version_decided_read_only before update or delete on plan_version
  for each row execute function styr_refuse_decided_version();

-- Parts that name their version directly.
create function styr_refuse_decided_part() returns trigger language plpgsql as $$
declare
  version_id bigint;
begin
  if tg_op = 'DELETE' then version_id := old.plan_version_id; else version_id := new.plan_version_id; end if;
  if styr_version_status(version_id) = 'DECIDED'
     or (tg_op = 'UPDATE' and styr_version_status(old.plan_version_id) = 'DECIDED') then
    raise exception 'Plan version % is decided and read-only (% on %)', version_id, tg_op, tg_table_name using errcode = 'P0001';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;

-- Parts of a budget table.
create function styr_refuse_decided_table_part() returns trigger language plpgsql as $$
declare
  table_id bigint;
begin
  if tg_op = 'DELETE' then table_id := old.table_id; else table_id := new.table_id; end if;
  if exists (select 1 from budget_table t join plan_version v on v.id = t.plan_version_id
             where t.id = table_id and v.status = 'DECIDED') then
    raise exception 'Plan version of table % is decided and read-only (% on %)', table_id, tg_op, tg_table_name using errcode = 'P0001';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;

create function styr_refuse_decided_decision_part() returns trigger language plpgsql as $$
declare
  decision_id bigint;
begin
  if tg_op = 'DELETE' then decision_id := old.decision_id; else decision_id := new.decision_id; end if;
  if exists (select 1 from decision d join plan_version v on v.id = d.plan_version_id
             where d.id = decision_id and v.status = 'DECIDED') then
    raise exception 'Plan version of decision % is decided and read-only', decision_id using errcode = 'P0001';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;

create function styr_refuse_decided_area_part() returns trigger language plpgsql as $$
declare
  area_id bigint;
begin
  if tg_op = 'DELETE' then area_id := old.area_id; else area_id := new.area_id; end if;
  if exists (select 1 from operational_area a join plan_version v on v.id = a.plan_version_id
             where a.id = area_id and v.status = 'DECIDED') then
    raise exception 'Plan version of area % is decided and read-only', area_id using errcode = 'P0001';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger decision_decided_read_only before insert or update or delete on decision
  for each row execute function styr_refuse_decided_part();
create trigger operational_area_decided_read_only before insert or update or delete on operational_area
  for each row execute function styr_refuse_decided_part();
create trigger content_block_decided_read_only before insert or update or delete on content_block
  for each row execute function styr_refuse_decided_part();
create trigger budget_table_decided_read_only before insert or update or delete on budget_table
  for each row execute function styr_refuse_decided_part();
create trigger text_figure_decided_read_only before insert or update or delete on text_figure
  for each row execute function styr_refuse_decided_part();
create trigger plan_steering_decided_read_only before insert or update or delete on plan_steering
  for each row execute function styr_refuse_decided_part();
create trigger table_footnote_decided_read_only before insert or update or delete on table_footnote
  for each row execute function styr_refuse_decided_table_part();
create trigger table_column_decided_read_only before insert or update or delete on table_column
  for each row execute function styr_refuse_decided_table_part();
create trigger table_row_decided_read_only before insert or update or delete on table_row
  for each row execute function styr_refuse_decided_table_part();
create trigger table_cell_decided_read_only before insert or update or delete on table_cell
  for each row execute function styr_refuse_decided_table_part();
create trigger decision_point_decided_read_only before insert or update or delete on decision_point
  for each row execute function styr_refuse_decided_decision_part();
create trigger area_event_decided_read_only before insert or update or delete on area_event
  for each row execute function styr_refuse_decided_area_part();
