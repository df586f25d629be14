/**
 * Charts drawn on the server as inline SVG, so that one picture serves the web page and, later, the
 * PDF and DOCX documents: an indicator's values against its targets ({@link
 * se.styr.charts.IndicatorChart}) and the operating budget per operational area ({@link
 * se.styr.charts.OperatingBudgetChart}). Each {@link se.styr.charts.Chart} carries the same numbers
 * as a {@link se.styr.charts.ChartTable} for screen readers and a "visa som tabell" view.
 *
 * <p>The markup obeys the site's Content-Security-Policy (no style attributes or elements, no
 * scripts; presentation attributes only), escapes every text, and is byte-identical for the same
 * input so that golden files can hold it.
 */
package se.styr.charts;
