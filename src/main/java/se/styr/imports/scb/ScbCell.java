package se.styr.imports.scb;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One cell of a cube: its code in every dimension (in the cube's order), its value exactly as SCB
 * gave it (null where SCB gives none; never zero for it) and SCB's status mark for it, if any.
 */
public record ScbCell(Map<String, String> codes, BigDecimal value, String status) {
  public ScbCell {
    codes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(codes));
  }

  /** This cell's code in the dimension {@code id}. */
  public String code(String id) {
    return codes.get(id);
  }
}
