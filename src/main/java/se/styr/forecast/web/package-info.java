/**
 * The forecast tab of a plan version: each needs forecast's population, recipients, places, costs
 * and scenarios computed from the plan's own tables, with charts and the review of the figures the
 * plan states.
 */
package se.styr.forecast.web;
