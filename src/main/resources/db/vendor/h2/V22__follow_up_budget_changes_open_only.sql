-- Budget changes of a follow-up occasion change only while it is open (se.styr.followup.report.ClosedOccasionGuard).
create trigger follow_up_budget_change_open_only before insert, update, delete on follow_up_budget_change for each row call 'se.styr.followup.report.ClosedOccasionGuard';
