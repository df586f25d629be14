-- Operational measures and provider follow-ups of an occasion change only while it is open (se.styr.followup.report.ClosedOccasionGuard).
create trigger follow_up_measure_count_open_only before insert, update, delete on follow_up_measure_count for each row call 'se.styr.followup.report.ClosedOccasionGuard';
create trigger follow_up_provider_open_only before insert, update, delete on follow_up_provider for each row call 'se.styr.followup.report.ClosedOccasionGuard';
