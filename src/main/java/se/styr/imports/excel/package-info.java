/**
 * Forecasts collected in spreadsheets: {@link se.styr.imports.excel.ForecastWorkbook} writes the
 * workbook a unit manager fills in for an occasion (only the forecast and comment cells open, the
 * deadline and instructions on the sheet) and reads the filled one back, every problem named by its
 * cell (E14: not a number), all or nothing. Plain Java on Apache POI.
 */
package se.styr.imports.excel;
