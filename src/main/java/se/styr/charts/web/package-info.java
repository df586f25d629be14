/**
 * The charts tab: the operating budget per area and every indicator against its targets, each with
 * its table.
 */
package se.styr.charts.web;
