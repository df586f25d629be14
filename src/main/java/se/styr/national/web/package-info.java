/**
 * The national data pages: Kolada's stored KPI catalogue searched, answers uploaded or fetched on a
 * user's request, and an indicator linked to a KPI with its values and rank filled from it.
 */
package se.styr.national.web;
