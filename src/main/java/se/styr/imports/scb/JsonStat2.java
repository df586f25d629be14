package se.styr.imports.scb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SCB's json-stat2 datasets read exactly as SCB sends them: {@code id} and {@code size}, each
 * dimension's {@code category.index} (an object of code to position, or an array of codes; left out
 * for a dimension of one code) and {@code category.label}, the row-major {@code value} array (or
 * json-stat's object of position to value) with nulls, the optional {@code status}, {@code role},
 * {@code label}, {@code source} and {@code updated}. Numbers are read exactly, never through a
 * double. An answer that is not such a dataset is refused naming what is wrong and where (the
 * field, the dimension, the code or position); never a partial cube.
 */
public final class JsonStat2 {
  /** More cells than any answer or merge of answers of SCB's holds; a larger one is refused. */
  static final long MOST_CELLS = 20_000_000L;

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private JsonStat2() {}

  /** The dataset of a {@code /tables/{id}/data} answer in json-stat2. */
  public static ScbCube dataset(String answer) {
    JsonNode root = root(answer);
    JsonNode sizes = root.get("size");
    long stated = 1;
    for (int d = 0; sizes != null && sizes.isArray() && d < sizes.size(); d++) {
      stated *= sizes.get(d).canConvertToInt() ? Math.max(1, sizes.get(d).asInt()) : 1;
      if (stated > MOST_CELLS) {
        throw new InvalidValueException(Text.of("scb.tooLarge", String.valueOf(MOST_CELLS)));
      }
    }
    List<ScbDimension> dimensions = dimensions(root);
    long cells = cells(dimensions);
    return new ScbCube(
        text(root, "label", ""),
        text(root, "source", ""),
        text(root, "updated", ""),
        dimensions,
        roles(root, dimensions),
        values(root.get("value"), dimensions, (int) cells),
        status(root.get("status"), (int) cells));
  }

  /** The answer as JSON: an object, or refused saying it is not JSON. */
  static JsonNode root(String answer) {
    JsonNode root;
    try {
      root = JSON.readTree(answer == null ? "" : answer);
    } catch (JacksonException e) {
      throw new InvalidValueException(Text.of("scb.notJson", e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw field("(root)");
    }
    return root;
  }

  /** The dimensions named by {@code id}, each of the size {@code size} gives it. */
  static List<ScbDimension> dimensions(JsonNode root) {
    JsonNode ids = root.get("id");
    JsonNode sizes = root.get("size");
    JsonNode all = root.get("dimension");
    if (ids == null || !ids.isArray() || ids.isEmpty()) {
      throw field("id");
    }
    if (sizes == null || !sizes.isArray() || sizes.size() != ids.size()) {
      throw field("size");
    }
    if (all == null || !all.isObject()) {
      throw field("dimension");
    }
    List<ScbDimension> dimensions = new ArrayList<>();
    for (int d = 0; d < ids.size(); d++) {
      JsonNode id = ids.get(d);
      if (!id.isString() || id.asString().isBlank()) {
        throw field("id[" + d + "]");
      }
      JsonNode size = sizes.get(d);
      if (!size.isIntegralNumber() || !size.canConvertToInt() || size.asInt() < 1) {
        throw field("size[" + d + "]");
      }
      String name = id.asString();
      if (dimensions.stream().anyMatch(other -> other.id().equals(name))) {
        throw field("id[" + d + "]");
      }
      dimensions.add(dimension(name, all.get(name), size.asInt()));
    }
    return dimensions;
  }

  private static ScbDimension dimension(String id, JsonNode dimension, int size) {
    String where = "dimension." + id;
    if (dimension == null || !dimension.isObject()) {
      throw field(where);
    }
    JsonNode category = dimension.get("category");
    if (category == null || !category.isObject()) {
      throw field(where + ".category");
    }
    JsonNode labels = category.get("label");
    if (labels != null && !labels.isObject()) {
      throw field(where + ".category.label");
    }
    String[] codes = codes(id, category.get("index"), labels, size);
    Map<String, String> named = new HashMap<>();
    if (labels != null) {
      for (Map.Entry<String, JsonNode> label : labels.properties()) {
        if (!label.getValue().isString()) {
          throw field(where + ".category.label." + label.getKey());
        }
        named.put(label.getKey(), label.getValue().asString());
      }
    }
    return new ScbDimension(id, text(dimension, "label", where), List.of(codes), named);
  }

  /** The codes in their places, every place 0 to size - 1 taken once. */
  private static String[] codes(String id, JsonNode index, JsonNode labels, int size) {
    String[] codes = new String[size];
    Set<String> seen = new HashSet<>();
    if (index == null) {
      if (size != 1 || labels == null || labels.size() != 1) {
        throw new InvalidValueException(Text.of("scb.noIndex", id));
      }
      codes[0] = labels.propertyNames().iterator().next();
      return codes;
    }
    if (index.isArray()) {
      if (index.size() != size) {
        throw sizes(id, index.size(), size);
      }
      for (int i = 0; i < size; i++) {
        if (!index.get(i).isString()) {
          throw field("dimension." + id + ".category.index[" + i + "]");
        }
        place(id, codes, seen, index.get(i).asString(), i);
      }
    } else if (index.isObject()) {
      if (index.size() != size) {
        throw sizes(id, index.size(), size);
      }
      for (Map.Entry<String, JsonNode> entry : index.properties()) {
        JsonNode at = entry.getValue();
        if (!at.isIntegralNumber() || !at.canConvertToInt()) {
          throw new InvalidValueException(
              Text.of("scb.badPosition", id, entry.getKey(), at.toString(), String.valueOf(size)));
        }
        place(id, codes, seen, entry.getKey(), at.asInt());
      }
    } else {
      throw field("dimension." + id + ".category.index");
    }
    return codes;
  }

  private static void place(String id, String[] codes, Set<String> seen, String code, int at) {
    if (at < 0 || at >= codes.length || codes[at] != null) {
      throw new InvalidValueException(
          Text.of("scb.badPosition", id, code, String.valueOf(at), String.valueOf(codes.length)));
    }
    if (!seen.add(code)) {
      throw new InvalidValueException(Text.of("scb.codeTwice", id, code));
    }
    codes[at] = code;
  }

  private static long cells(List<ScbDimension> dimensions) {
    long cells = 1;
    for (ScbDimension dimension : dimensions) {
      cells *= dimension.size();
      if (cells > MOST_CELLS) {
        throw new InvalidValueException(Text.of("scb.tooLarge", String.valueOf(MOST_CELLS)));
      }
    }
    return cells;
  }

  private static BigDecimal[] values(JsonNode value, List<ScbDimension> dimensions, int cells) {
    BigDecimal[] values = new BigDecimal[cells];
    if (value != null && value.isArray()) {
      if (value.size() != cells) {
        throw new InvalidValueException(
            Text.of("scb.valueCount", String.valueOf(value.size()), String.valueOf(cells)));
      }
      for (int i = 0; i < cells; i++) {
        values[i] = number(value.get(i), i, dimensions);
      }
    } else if (value != null && value.isObject()) {
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        int at = position(entry.getKey(), cells, "value");
        values[at] = number(entry.getValue(), at, dimensions);
      }
    } else {
      throw field("value");
    }
    return values;
  }

  private static BigDecimal number(JsonNode node, int at, List<ScbDimension> dimensions) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isNumber()) {
      throw new InvalidValueException(
          Text.of("scb.notNumber", String.valueOf(at), where(at, dimensions), node.toString()));
    }
    return node.decimalValue();
  }

  /** The codes of the cell at {@code at}: "Region=2061, Kon=1, Tid=2030". */
  static String where(int at, List<ScbDimension> dimensions) {
    String[] codes = new String[dimensions.size()];
    int rest = at;
    for (int d = dimensions.size() - 1; d >= 0; d--) {
      ScbDimension dimension = dimensions.get(d);
      codes[d] = dimension.id() + "=" + dimension.codes().get(rest % dimension.size());
      rest /= dimension.size();
    }
    return String.join(", ", codes);
  }

  private static Map<Integer, String> status(JsonNode status, int cells) {
    Map<Integer, String> marks = new HashMap<>();
    if (status == null || status.isNull()) {
      return marks;
    }
    if (status.isString()) {
      for (int i = 0; i < cells; i++) {
        marks.put(i, status.asString());
      }
    } else if (status.isArray() && status.size() == cells) {
      for (int i = 0; i < cells; i++) {
        JsonNode mark = status.get(i);
        if (mark.isString()) {
          marks.put(i, mark.asString());
        } else if (!mark.isNull()) {
          throw field("status[" + i + "]");
        }
      }
    } else if (status.isObject()) {
      for (Map.Entry<String, JsonNode> entry : status.properties()) {
        if (!entry.getValue().isString()) {
          throw field("status." + entry.getKey());
        }
        marks.put(position(entry.getKey(), cells, "status"), entry.getValue().asString());
      }
    } else {
      throw field("status");
    }
    return marks;
  }

  private static int position(String key, int cells, String where) {
    try {
      int at = Integer.parseInt(key);
      if (at >= 0 && at < cells) {
        return at;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    throw field(where + "." + key);
  }

  private static Map<String, List<String>> roles(JsonNode root, List<ScbDimension> dimensions) {
    Map<String, List<String>> roles = new LinkedHashMap<>();
    JsonNode role = root.get("role");
    if (role == null || role.isNull()) {
      return roles;
    }
    if (!role.isObject()) {
      throw field("role");
    }
    for (Map.Entry<String, JsonNode> entry : role.properties()) {
      List<String> ids = new ArrayList<>();
      JsonNode named = entry.getValue();
      for (int i = 0; named.isArray() && i < named.size(); i++) {
        String id = named.get(i).isString() ? named.get(i).asString() : null;
        if (id == null || dimensions.stream().noneMatch(d -> d.id().equals(id))) {
          throw field("role." + entry.getKey() + "[" + i + "]");
        }
        ids.add(id);
      }
      if (!named.isArray()) {
        throw field("role." + entry.getKey());
      }
      roles.put(entry.getKey(), List.copyOf(ids));
    }
    return roles;
  }

  /** A field's text; absent or null: null; anything but a text or number is refused. */
  static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString() && !value.isNumber()) {
      throw field(where.isEmpty() ? field : where + "." + field);
    }
    return value.asString();
  }

  static InvalidValueException field(String where) {
    return new InvalidValueException(Text.of("scb.field", where));
  }

  private static InvalidValueException sizes(String id, int codes, int size) {
    return new InvalidValueException(
        Text.of("scb.sizeMismatch", id, String.valueOf(codes), String.valueOf(size)));
  }
}
