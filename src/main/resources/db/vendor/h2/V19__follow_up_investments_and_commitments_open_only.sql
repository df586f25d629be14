-- Investments and commitments of a follow-up occasion change only while it is open (se.styr.followup.report.ClosedOccasionGuard).
create trigger follow_up_project_open_only before insert, update, delete on follow_up_project for each row call 'se.styr.followup.report.ClosedOccasionGuard';
create trigger follow_up_commitment_open_only before insert, update, delete on follow_up_commitment for each row call 'se.styr.followup.report.ClosedOccasionGuard';
