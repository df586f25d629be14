/**
 * National data: what Styr fetches from Kolada (the KPI catalogue, municipalities and their groups,
 * KPI values per municipality, year and gender) kept with where and when it was fetched, and what
 * plans take from it: comparison data for relative targets and indicator values filled from a
 * linked KPI; and SCB's population per municipality, sex, single-year age and year (outcome and
 * forecast), which needs forecasts read for bands whose population is SCB's.
 */
package se.styr.national;
