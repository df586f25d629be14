package se.styr.imports.scb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * The cubes of the parts of a split selection merged back into one: the same dimensions in the same
 * order, each dimension's codes in the order they first appear. A cell two parts give differently,
 * or one no part gives, is refused naming the cell; the merge is whole or nothing.
 */
public final class ScbCubes {
  private ScbCubes() {}

  /** One cube of {@code parts}. */
  public static ScbCube merge(List<ScbCube> parts) {
    if (parts.isEmpty()) {
      throw new InvalidValueException(Text.of("scb.mergeNothing"));
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    ScbCube first = parts.get(0);
    List<String> ids = first.dimensions().stream().map(ScbDimension::id).toList();
    for (ScbCube part : parts) {
      List<String> theirs = part.dimensions().stream().map(ScbDimension::id).toList();
      if (!theirs.equals(ids)) {
        throw new InvalidValueException(
            Text.of("scb.mergeDimensions", String.join(", ", ids), String.join(", ", theirs)));
      }
    }
    List<ScbDimension> dimensions = union(parts, ids.size());
    long cells = 1;
    for (ScbDimension dimension : dimensions) {
      cells *= dimension.size();
      if (cells > JsonStat2.MOST_CELLS) {
        throw new InvalidValueException(
            Text.of("scb.tooLarge", String.valueOf(JsonStat2.MOST_CELLS)));
      }
    }
    BigDecimal[] values = new BigDecimal[(int) cells];
    boolean[] given = new boolean[(int) cells];
    Map<Integer, String> status = new HashMap<>();
    List<Map<String, Integer>> positions = positions(dimensions);
    for (ScbCube part : parts) {
      part.forEach(
          cell -> {
            int at = 0;
            int d = 0;
            for (String code : cell.codes().values()) {
              at = at * dimensions.get(d).size() + positions.get(d).get(code);
              d++;
            }
            if (given[at]
                && (!Objects.equals(cell.status(), status.get(at))
                    || !same(values[at], cell.value()))) {
              throw new InvalidValueException(
                  Text.of("scb.mergeDisagrees", JsonStat2.where(at, dimensions)));
            }
            given[at] = true;
            values[at] = cell.value();
            if (cell.status() != null) {
              status.put(at, cell.status());
            }
          });
    }
    for (int at = 0; at < given.length; at++) {
      if (!given[at]) {
        throw new InvalidValueException(Text.of("scb.mergeGap", JsonStat2.where(at, dimensions)));
      }
    }
    return new ScbCube(
        first.label(), first.source(), first.updated(), dimensions, first.roles(), values, status);
  }

  private static List<ScbDimension> union(List<ScbCube> parts, int count) {
    List<ScbDimension> dimensions = new ArrayList<>();
    for (int d = 0; d < count; d++) {
      Map<String, String> labels = new LinkedHashMap<>();
      for (ScbCube part : parts) {
        ScbDimension dimension = part.dimensions().get(d);
        dimension.labels().forEach(labels::putIfAbsent);
      }
      ScbDimension model = parts.get(0).dimensions().get(d);
      dimensions.add(
          new ScbDimension(model.id(), model.label(), new ArrayList<>(labels.keySet()), labels));
    }
    return dimensions;
  }

  private static List<Map<String, Integer>> positions(List<ScbDimension> dimensions) {
    List<Map<String, Integer>> positions = new ArrayList<>();
    for (ScbDimension dimension : dimensions) {
      Map<String, Integer> at = new HashMap<>();
      for (int i = 0; i < dimension.size(); i++) {
        at.put(dimension.codes().get(i), i);
      }
      positions.add(at);
    }
    return positions;
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
