-- What was reported at a follow-up occasion is entered only while it is open, its status only moves
-- forward, and a closed occasion never changes again: refused here in the database too, whatever
-- program writes. The rules are in se.styr.followup.report.ClosedOccasionGuard (H2 runs Java
-- triggers); PostgreSQL has the same rules in PL/pgSQL (db/vendor/postgresql).
create trigger follow_up_occasion_closed before update, delete on follow_up_occasion for each row call 'se.styr.followup.report.ClosedOccasionGuard';
create trigger follow_up_area_open_only before insert, update, delete on follow_up_area for each row call 'se.styr.followup.report.ClosedOccasionGuard';
create trigger follow_up_measure_open_only before insert, update, delete on follow_up_measure for each row call 'se.styr.followup.report.ClosedOccasionGuard';
