/**
 * What the committee follows up during the year beside its goals: the internal control plan (risks,
 * controls, reporting occasions), the private providers and operations under follow-up, and the
 * operational measures (verksamhetsmått) counted each period. The feature owns the plan file's
 * follow-up section ({@link se.styr.followup.FollowUpFile}) and its rules ({@link
 * se.styr.followup.FollowUpRules}); adding a kind of item to follow-up starts here.
 */
package se.styr.followup;
