/**
 * The pages of the plan as a whole and what every plan page shares: the start page with search, a
 * plan's overview, its versions (decide, revise, compare), plan files in and out, the audit tab,
 * the plan header and tabs ({@link se.styr.plan.web.PlanNav}), what decided versions' pages keep
 * ({@link se.styr.plan.web.DecidedViews}, PublicPageCache), and the plans API. Server-rendered
 * (Thymeleaf); with htmx, each page also answers with just the fragment that changed, and without
 * JavaScript it still works. Every page reads and writes through {@link
 * se.styr.version.PlanAccess}.
 */
package se.styr.plan.web;
