-- Control results of a follow-up occasion change only while it is open (as its areas, V13).
create trigger follow_up_control_open_only before insert or update or delete on follow_up_control
  for each row execute function styr_refuse_entry_when_not_open();
create trigger follow_up_control_action_open_only before insert or update or delete on follow_up_control_action
  for each row execute function styr_refuse_entry_when_not_open();
