-- Control results of a follow-up occasion change only while it is open (se.styr.followup.report.ClosedOccasionGuard).
create trigger follow_up_control_open_only before insert, update, delete on follow_up_control for each row call 'se.styr.followup.report.ClosedOccasionGuard';
create trigger follow_up_control_action_open_only before insert, update, delete on follow_up_control_action for each row call 'se.styr.followup.report.ClosedOccasionGuard';
