package se.styr.imports.scb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * What to fetch from a table: per variable code the value codes wanted, in order; an empty list
 * means all of the variable's values. A variable not named is left out (eliminated), which SCB
 * allows only for some variables (see {@link ScbVariable#elimination()}).
 */
public record ScbSelection(String table, Map<String, List<String>> values) {
  public ScbSelection {
    if (table == null || !table.matches("[A-Za-z0-9_]{1,40}")) {
      throw new InvalidValueException(Text.of("scb.badTable", String.valueOf(table)));
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach(
        (variable, codes) -> {
          if (variable == null || !variable.matches("[A-Za-z0-9_\\-]{1,60}")) {
            throw new InvalidValueException(Text.of("scb.badVariable", String.valueOf(variable)));
          }
          for (String code : codes) {
            if (code == null || code.isEmpty() || code.contains(",")) {
              throw new InvalidValueException(
                  Text.of("scb.badCode", variable, String.valueOf(code)));
            }
          }
          copy.put(variable, List.copyOf(codes));
        });
    values = Collections.unmodifiableMap(copy);
  }

  /** A selection of {@code table} with no variable named yet. */
  public static ScbSelection of(String table) {
    return new ScbSelection(table, Map.of());
  }

  /** This selection with {@code codes} of {@code variable} (none: all its values). */
  public ScbSelection with(String variable, List<String> codes) {
    Map<String, List<String>> more = new LinkedHashMap<>(values);
    more.put(variable, codes);
    return new ScbSelection(table, more);
  }

  /** This selection with {@code codes} of {@code variable}. */
  public ScbSelection with(String variable, String... codes) {
    return with(variable, List.of(codes));
  }

  /** This selection with all values of {@code variable}. */
  public ScbSelection all(String variable) {
    return with(variable, List.of());
  }

  /** The number of cells, every variable's codes named (none stands for one, as eliminated). */
  public long cells() {
    long cells = 1;
    for (List<String> codes : values.values()) {
      cells = Math.multiplyExact(cells, Math.max(1, codes.size()));
    }
    return cells;
  }
}
