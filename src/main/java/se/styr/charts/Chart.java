package se.styr.charts;

import java.util.Objects;

/**
 * A chart ready to place: its title, a one-sentence description of what it shows (also the SVG's
 * {@code <desc>}), the inline SVG markup, and a table with the same numbers.
 */
public record Chart(String title, String description, String svg, ChartTable table) {
  public Chart {
    Objects.requireNonNull(title, "chart title");
    Objects.requireNonNull(description, "chart description");
    Objects.requireNonNull(svg, "chart svg");
    Objects.requireNonNull(table, "chart table");
  }
}
