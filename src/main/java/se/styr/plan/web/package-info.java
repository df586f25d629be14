/**
 * The plan pages: start page with search, a plan's overview, its budget tables with editing in
 * place, its goals, texts, versions, imports and exports. Server-rendered (Thymeleaf); with htmx,
 * each page also answers with just the fragment that changed, and without JavaScript it still works.
 * Every page reads and writes through {@link se.styr.version.PlanAccess}.
 */
package se.styr.plan.web;
