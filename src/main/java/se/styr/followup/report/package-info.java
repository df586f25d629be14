/**
 * Follow-up reports (ADR 0014): what a committee reports at one occasion of a decided plan, as a
 * file of its own ({@code styr-followup/1}) and as the figures computed from it and the plan (each
 * area's budget from the plan's tables). Ranks above the plan, which it follows up.
 */
package se.styr.followup.report;
