-- Assessments made at an occasion change only while it is open (as its areas, V13).
create trigger follow_up_assessment_open_only before insert or update or delete on follow_up_assessment
  for each row execute function styr_refuse_entry_when_not_open();
