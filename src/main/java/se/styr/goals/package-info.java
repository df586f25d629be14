/**
 * Målstyrning: the municipality's goal levels, goals from the council's down to the committee's and
 * units', indicators with baselines, targets and values, the activities and assignments that should
 * move them, members' reservations with their alternative goals, and the assessment of goal
 * fulfilment by each municipality's own rules ({@link se.styr.goals.Assessor}), every result able to
 * explain itself.
 */
package se.styr.goals;
