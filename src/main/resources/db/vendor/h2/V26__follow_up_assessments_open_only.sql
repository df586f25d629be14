-- Assessments made at an occasion change only while it is open (se.styr.followup.report.ClosedOccasionGuard).
create trigger follow_up_assessment_open_only before insert, update, delete on follow_up_assessment for each row call 'se.styr.followup.report.ClosedOccasionGuard';
