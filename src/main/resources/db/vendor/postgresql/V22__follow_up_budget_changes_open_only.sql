-- Budget changes of a follow-up occasion change only while it is open (as its areas, V13).
create trigger follow_up_budget_change_open_only before insert or update or delete on follow_up_budget_change
  for each row execute function styr_refuse_entry_when_not_open();
