-- What was reported at a follow-up occasion is entered only while it is open, its status only moves
-- forward, and a closed occasion never changes again: refused here in the database too, whatever
-- program or role writes. H2 has the same rules in Java (db/vendor/h2).

create function styr_status_rank(status varchar) returns int language sql immutable as $$
  select case status when 'OPEN' then 0 when 'REPORTED' then 1 when 'CLOSED' then 2 end
$$;

create function styr_refuse_closed_occasion() returns trigger language plpgsql as $$
begin
  if old.status = 'CLOSED' then
    raise exception 'Follow-up occasion % is closed and read-only (% refused)', old.id, tg_op using errcode = 'P0001';
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  if styr_status_rank(new.status) < styr_status_rank(old.status) then
    raise exception 'Follow-up occasion % cannot go back from % to %', old.id, old.status, new.status using errcode = 'P0001';
  end if;
  return new;
end $$;

create trigger follow_up_occasion_closed before update or delete on follow_up_occasion
  for each row execute function styr_refuse_closed_occasion();

create function styr_refuse_entry_when_not_open() returns trigger language plpgsql as $$
declare
  occasion bigint;
begin
  if tg_op = 'DELETE' then occasion := old.occasion_id; else occasion := new.occasion_id; end if;
  if exists (select 1 from follow_up_occasion where id = occasion and status <> 'OPEN')
     or (tg_op = 'UPDATE' and exists (select 1 from follow_up_occasion where id = old.occasion_id and status <> 'OPEN')) then
    raise exception 'Follow-up occasion % is no longer open for entries (% on %)', occasion, tg_op, tg_table_name using errcode = 'P0001';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger follow_up_area_open_only before insert or update or delete on follow_up_area
  for each row execute function styr_refuse_entry_when_not_open();
create trigger follow_up_measure_open_only before insert or update or delete on follow_up_measure
  for each row execute function styr_refuse_entry_when_not_open();
