package se.styr.charts;

/**
 * A chart on a page with the heading it is placed under (the goal, table or occasion it belongs
 * to); the fragment {@code charts/charts :: figure} draws it with its numbers as a table.
 */
public record Figure(String heading, Chart chart) {}
