-- The audit log and the plans cannot be emptied with TRUNCATE, which fires no row trigger: a
-- statement trigger refuses it on each table (TRUNCATE ... CASCADE included, which fires them on
-- every table it would empty). And a plan with a decided version keeps its committee and budget
-- year, a committee with one keeps its municipality and key; otherwise one UPDATE would move a
-- decided plan into another committee's access or another year. The same rules on H2 are in
-- db/vendor/h2/V7 and se.styr.plan.ReadOnlyGuard.

create function styr_refuse_truncate() returns trigger language plpgsql as $$
begin
  raise exception 'Table % cannot be truncated', tg_table_name using errcode = 'P0001';
end $$;

create trigger audit_entry_no_truncate before truncate on audit_entry for each statement execute function styr_refuse_truncate();
create trigger municipality_no_truncate before truncate on municipality for each statement execute function styr_refuse_truncate();
create trigger committee_no_truncate before truncate on committee for each statement execute function styr_refuse_truncate();
create trigger plan_no_truncate before truncate on plan for each statement execute function styr_refuse_truncate();
create trigger plan_version_no_truncate before truncate on plan_version for each statement execute function styr_refuse_truncate();
create trigger decision_no_truncate before truncate on decision for each statement execute function styr_refuse_truncate();
create trigger decision_point_no_truncate before truncate on decision_point for each statement execute function styr_refuse_truncate();
create trigger operational_area_no_truncate before truncate on operational_area for each statement execute function styr_refuse_truncate();
create trigger area_event_no_truncate before truncate on area_event for each statement execute function styr_refuse_truncate();
create trigger content_block_no_truncate before truncate on content_block for each statement execute function styr_refuse_truncate();
create trigger budget_table_no_truncate before truncate on budget_table for each statement execute function styr_refuse_truncate();
create trigger table_footnote_no_truncate before truncate on table_footnote for each statement execute function styr_refuse_truncate();
create trigger table_column_no_truncate before truncate on table_column for each statement execute function styr_refuse_truncate();
create trigger table_row_no_truncate before truncate on table_row for each statement execute function styr_refuse_truncate();
create trigger table_cell_no_truncate before truncate on table_cell for each statement execute function styr_refuse_truncate();
create trigger text_figure_no_truncate before truncate on text_figure for each statement execute function styr_refuse_truncate();
create trigger plan_steering_no_truncate before truncate on plan_steering for each statement execute function styr_refuse_truncate();
create trigger app_user_no_truncate before truncate on app_user for each statement execute function styr_refuse_truncate();
create trigger role_grant_no_truncate before truncate on role_grant for each statement execute function styr_refuse_truncate();

create function styr_decided_plan_stays_in_place() returns trigger language plpgsql as $$
begin
  if (new.committee_id is distinct from old.committee_id or new.budget_year is distinct from old.budget_year)
     and exists (select 1 from plan_version v where v.plan_id = old.id and v.status = 'DECIDED') then
    raise exception 'Plan % has a decided version: its committee and budget year cannot change', old.id using errcode = 'P0001';
  end if;
  return new;
end $$;

create trigger plan_decided_stays_in_place before update on plan
  for each row execute function styr_decided_plan_stays_in_place();

create function styr_decided_committee_stays_in_place() returns trigger language plpgsql as $$
begin
  if (new.municipality_code is distinct from old.municipality_code or new.committee_key is distinct from old.committee_key)
     and exists (select 1 from plan p join plan_version v on v.plan_id = p.id
                 where p.committee_id = old.id and v.status = 'DECIDED') then
    raise exception 'Committee % has a decided plan: its municipality and key cannot change', old.id using errcode = 'P0001';
  end if;
  return new;
end $$;

create trigger committee_decided_stays_in_place before update on committee
  for each row execute function styr_decided_committee_stays_in_place();
