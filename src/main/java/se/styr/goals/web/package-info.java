/**
 * The goals tab (the goal tree assessed for a chosen year, every result's explanation, findings,
 * commitments, internal control and reservations) and the goals API.
 */
package se.styr.goals.web;
