package se.styr.imports.scb;

import java.util.List;
import java.util.Map;

/**
 * A variable of a table as its metadata describes it: its code ({@code Alder}), label, value codes
 * with their labels, whether it is the table's time or contents variable, and whether a selection
 * may leave it out (elimination; SCB then gives the value {@code eliminationValueCode}, or sums).
 */
public record ScbVariable(
    String code,
    String label,
    List<String> values,
    Map<String, String> labels,
    boolean time,
    boolean contents,
    boolean elimination,
    String eliminationValueCode) {
  public ScbVariable {
    values = List.copyOf(values);
    labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
  }
}
