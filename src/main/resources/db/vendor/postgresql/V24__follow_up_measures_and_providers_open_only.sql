-- Operational measures and provider follow-ups of an occasion change only while it is open (as its areas, V13).
create trigger follow_up_measure_count_open_only before insert or update or delete on follow_up_measure_count
  for each row execute function styr_refuse_entry_when_not_open();
create trigger follow_up_provider_open_only before insert or update or delete on follow_up_provider
  for each row execute function styr_refuse_entry_when_not_open();
