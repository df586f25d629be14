package se.styr.imports.scb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * A json-stat2 dataset as SCB sent it: its dimensions in order, and one value per combination of
 * their codes (row-major, the last dimension running fastest), null where SCB has none. The value
 * of a combination is found by its codes ({@code Region=2061, Kon=1, Alder=80, Tid=2030}), never by
 * position; a total is SCB's own and need not equal the sum of its parts (SCB adds cell-key noise).
 */
public final class ScbCube {
  private final String label;
  private final String source;
  private final String updated;
  private final List<ScbDimension> dimensions;
  private final Map<String, List<String>> roles;
  private final BigDecimal[] values;
  private final Map<Integer, String> status;
  private final List<Map<String, Integer>> positions = new ArrayList<>();
  private final Map<String, Integer> order = new HashMap<>();

  ScbCube(
      String label,
      String source,
      String updated,
      List<ScbDimension> dimensions,
      Map<String, List<String>> roles,
      BigDecimal[] values,
      Map<Integer, String> status) {
    this.label = label;
    this.source = source;
    this.updated = updated;
    this.dimensions = List.copyOf(dimensions);
    this.roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    this.values = values.clone();
    this.status = Map.copyOf(status);
    for (ScbDimension dimension : this.dimensions) {
      Map<String, Integer> at = new HashMap<>();
      for (int i = 0; i < dimension.size(); i++) {
        at.put(dimension.codes().get(i), i);
      }
      order.put(dimension.id(), positions.size());
      positions.add(at);
    }
  }

  /** The dataset's title as SCB gives it (null if none). */
  public String label() {
    return label;
  }

  /** Who SCB names as the source (null if none). */
  public String source() {
    return source;
  }

  /** When SCB last updated the figures, as SCB writes it (null if not given). */
  public String updated() {
    return updated;
  }

  public List<ScbDimension> dimensions() {
    return dimensions;
  }

  /** Whether the cube has the dimension {@code id}. */
  public boolean has(String id) {
    return order.containsKey(id);
  }

  /** The dimension {@code id}; one the cube does not have is refused naming it. */
  public ScbDimension dimension(String id) {
    Integer at = order.get(id);
    if (at == null) {
      throw new InvalidValueException(Text.of("scb.noSuchDimension", String.valueOf(id)));
    }
    return dimensions.get(at);
  }

  /** The dimensions SCB gives a role ({@code time}, {@code metric}, {@code geo}); none: empty. */
  public List<String> role(String role) {
    return roles.getOrDefault(role, List.of());
  }

  Map<String, List<String>> roles() {
    return roles;
  }

  /** The number of cells (the product of the dimensions' sizes). */
  public int size() {
    return values.length;
  }

  /**
   * The value of the cell at {@code codes} (dimension id to code; a dimension of one code may be
   * left out), null where SCB has none. A dimension or code the cube does not have is refused.
   */
  public BigDecimal value(Map<String, String> codes) {
    return values[index(codes)];
  }

  /** SCB's status mark of the cell at {@code codes} (e.g. ".." not available), or null. */
  public String status(Map<String, String> codes) {
    return status.get(index(codes));
  }

  /** Every cell in SCB's order. */
  public void forEach(Consumer<ScbCell> visit) {
    String[] codes = new String[dimensions.size()];
    for (int cell = 0; cell < values.length; cell++) {
      int rest = cell;
      for (int d = dimensions.size() - 1; d >= 0; d--) {
        ScbDimension dimension = dimensions.get(d);
        codes[d] = dimension.codes().get(rest % dimension.size());
        rest /= dimension.size();
      }
      Map<String, String> named = new LinkedHashMap<>();
      for (int d = 0; d < codes.length; d++) {
        named.put(dimensions.get(d).id(), codes[d]);
      }
      visit.accept(new ScbCell(named, values[cell], status.get(cell)));
    }
  }

  /** Every cell in SCB's order, as a list. */
  public List<ScbCell> cells() {
    List<ScbCell> cells = new ArrayList<>(values.length);
    forEach(cells::add);
    return cells;
  }

  private int index(Map<String, String> codes) {
    for (String id : codes.keySet()) {
      dimension(id);
    }
    int index = 0;
    for (int d = 0; d < dimensions.size(); d++) {
      ScbDimension dimension = dimensions.get(d);
      String code = codes.get(dimension.id());
      if (code == null && dimension.size() == 1) {
        code = dimension.codes().get(0);
      }
      Integer at = code == null ? null : positions.get(d).get(code);
      if (at == null) {
        throw new InvalidValueException(
            Text.of("scb.noSuchCode", dimension.id(), String.valueOf(code)));
      }
      index = index * dimension.size() + at;
    }
    return index;
  }
}
