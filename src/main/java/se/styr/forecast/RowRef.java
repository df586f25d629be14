package se.styr.forecast;

import java.util.Optional;

/**
 * A row of one of the plan's own tables, written "table.row" in the plan file: where a forecast
 * takes a band's population, a service's recipients, a queue or a stated figure from.
 */
public record RowRef(String table, String row) {
  public RowRef {
    Keys.require(table, "forecast.what.table");
    Keys.require(row, "forecast.what.row");
  }

  /** "befolkning.pop-65-79" as a reference, or empty if it is not "table.row". */
  public static Optional<RowRef> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String[] parts = text.strip().split("\\.", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new RowRef(parts[0], parts[1]));
  }

  @Override
  public String toString() {
    return table + "." + row;
  }
}
