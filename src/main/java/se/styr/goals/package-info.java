/**
 * Målstyrning: the municipality's goal levels, goals from the council's down to the committee's and
 * units', indicators with baselines, targets, values and outlook, the activities and assignments
 * that should move them, members' reservations with their alternative goals, and the assessment of
 * goal fulfilment by each municipality's own rules ({@link se.styr.goals.Assessor}), every result
 * able to explain itself. The feature owns the plan file's goals section ({@link
 * se.styr.goals.GoalFile}), its rules ({@link se.styr.goals.GoalRules}) and the comparison of goals
 * between versions; adding a kind of item to the goal chain starts here.
 */
package se.styr.goals;
