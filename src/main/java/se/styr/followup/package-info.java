/**
 * What the committee follows up during the year beside its goals: the internal control plan (risks,
 * controls, reporting occasions), the private providers and operations under follow-up, and the
 * operational measures (verksamhetsmått) counted each period.
 */
package se.styr.followup;
