package se.styr.imports.scb;

import java.util.List;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/** A table's metadata ({@code /tables/{id}/metadata}): its id, title, last update and variables. */
public record ScbTable(String id, String label, String updated, List<ScbVariable> variables) {
  public ScbTable {
    variables = List.copyOf(variables);
  }

  /** The variable {@code code}; one the table does not have is refused naming table and code. */
  public ScbVariable variable(String code) {
    return variables.stream()
        .filter(v -> v.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidValueException(
                    Text.of("scb.noSuchVariable", String.valueOf(id), String.valueOf(code))));
  }

  /** Whether the table has the variable {@code code}. */
  public boolean has(String code) {
    return variables.stream().anyMatch(v -> v.code().equals(code));
  }
}
