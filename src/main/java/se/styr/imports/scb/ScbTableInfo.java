package se.styr.imports.scb;

import java.util.List;

/**
 * A table as a listing or search names it: its id ({@code TAB638}), title, when it was updated, its
 * first and last period, time unit ({@code Annual}, {@code Monthly}), subject ({@code BE}), the
 * statistics it belongs to (the last step of its path, {@code BE0101A}) and its variables' names.
 */
public record ScbTableInfo(
    String id,
    String label,
    String updated,
    String firstPeriod,
    String lastPeriod,
    String timeUnit,
    String subjectCode,
    String statistics,
    List<String> variableNames) {
  public ScbTableInfo {
    variableNames = List.copyOf(variableNames);
  }
}
