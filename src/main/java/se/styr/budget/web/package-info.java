/**
 * The budget tab (every table in its printed unit, a figure edited in place with the findings
 * recomputed), the tables API (read, replace, change a figure under If-Match) and tables as .xlsx.
 */
package se.styr.budget.web;
