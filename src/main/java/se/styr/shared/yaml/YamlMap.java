package se.styr.shared.yaml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import se.styr.shared.Text;

/**
 * A YAML mapping read field by field; every wrong field becomes a problem at its own line and the
 * reading goes on, so that one pass reports everything. Public for the other small YAML files Styr
 * reads the same way ({@link YamlFile}).
 */
public final class YamlMap {
  private final Node node;
  private final Text what;
  private final YamlProblems problems;
  private final Map<String, Node> fields = new LinkedHashMap<>();

  private YamlMap(Node node, Text what, YamlProblems problems) {
    this.node = node;
    this.what = what;
    this.problems = problems;
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
          problems.add(tuple.getKeyNode(), Text.of("file.fieldNameNotText", what));
          continue;
        }
        Node previous = fields.putIfAbsent(key.getValue(), tuple.getValueNode());
        if (previous != null) {
          problems.add(
              key,
              Text.of("file.duplicateField", what, key.getValue(), YamlProblems.line(previous)));
        }
      }
    }
  }

  /**
   * The same fields under another name for messages ("indicator 'x'" instead of "indicators →
   * indicator").
   */
  YamlMap renamed(Text newWhat) {
    YamlMap copy = new YamlMap(null, newWhat, problems);
    copy.fields.putAll(fields);
    return new YamlMap(copy, node);
  }

  private YamlMap(YamlMap fieldsFrom, Node node) {
    this.node = node;
    this.what = fieldsFrom.what;
    this.problems = fieldsFrom.problems;
    this.fields.putAll(fieldsFrom.fields);
  }

  /** The mapping at {@code node}, or empty (with a problem) if the node is something else. */
  public static Optional<YamlMap> of(Node node, Text what, YamlProblems problems) {
    if (!(node instanceof MappingNode)) {
      problems.add(node, Text.of("file.notMapping", what));
      return Optional.empty();
    }
    return Optional.of(new YamlMap(node, what, problems));
  }

  public Node node() {
    return node;
  }

  public Text what() {
    return what;
  }

  /** The names of the mapping's fields, in the file's order. */
  public java.util.Set<String> keys() {
    return java.util.Collections.unmodifiableSet(fields.keySet());
  }

  public boolean has(String key) {
    return fields.containsKey(key) && !isNull(fields.get(key));
  }

  public Optional<Node> field(String key) {
    Node value = fields.get(key);
    return value == null || isNull(value) ? Optional.empty() : Optional.of(value);
  }

  /**
   * Reports every field that is not among {@code allowed}. A "field" that is no name at all ("7
   * mnkr.") in a one-line item in braces is most likely the rest of a text cut at a comma, which
   * YAML reads as the end of a value there: the problem says so, and how to quote the text.
   */
  public void allowOnly(Set<String> allowed) {
    boolean oneLine =
        node instanceof MappingNode mapping
            && mapping.getFlowStyle() == org.snakeyaml.engine.v2.common.FlowStyle.FLOW;
    for (Map.Entry<String, Node> entry : fields.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        boolean cutText = oneLine && !entry.getKey().matches("[A-Za-z][A-Za-z0-9_]*");
        problems.add(
            entry.getValue(),
            Text.of(
                cutText ? "file.unknownFieldCutText" : "file.unknownField", what, entry.getKey()));
      }
    }
  }

  public String text(String key, boolean required) {
    Optional<Node> value = field(key);
    if (value.isEmpty()) {
      if (required) {
        problems.add(node, Text.of("file.missingField", what, key));
      }
      return null;
    }
    if (!(value.get() instanceof ScalarNode scalar)) {
      problems.add(value.get(), Text.of("file.notText", what, key));
      return null;
    }
    if (required && scalar.getValue().isBlank()) {
      problems.add(scalar, Text.of("file.emptyField", what, key));
      return null;
    }
    return scalar.getValue();
  }

  public Integer integer(String key, boolean required) {
    String text = text(key, required);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problems.add(fields.get(key), Text.of("file.notWholeNumber", what, key, text));
      return null;
    }
  }

  public Integer year(String key, boolean required) {
    Integer year = integer(key, required);
    if (year != null && (year < 1900 || year > 2200)) {
      problems.add(fields.get(key), Text.of("file.implausibleYear", what, year));
      return null;
    }
    return year;
  }

  public BigDecimal decimal(String key, boolean required) {
    Optional<Node> value = field(key);
    if (value.isEmpty()) {
      if (required) {
        problems.add(node, Text.of("file.missingField", what, key));
      }
      return null;
    }
    return YamlNumbers.number(value.get(), Where.field(what, key), problems);
  }

  public LocalDate date(String key) {
    String text = text(key, false);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(fields.get(key), Text.of("file.notDate", what, key, text));
      return null;
    }
  }

  public boolean flag(String key, boolean defaultValue) {
    String text = text(key, false);
    if (text == null) {
      return defaultValue;
    }
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    problems.add(fields.get(key), Text.of("file.notFlag", what, key, text));
    return defaultValue;
  }

  public Optional<YamlMap> map(String key, boolean required) {
    Optional<Node> value = field(key);
    if (value.isEmpty()) {
      if (required) {
        problems.add(node, Text.of("file.missingField", what, key));
      }
      return Optional.empty();
    }
    return of(value.get(), Where.in(what, Where.name(key)), problems);
  }

  /** The items of a list field; a missing field is an empty list. */
  public List<Node> list(String key, boolean required) {
    Optional<Node> value = field(key);
    if (value.isEmpty()) {
      if (required) {
        problems.add(node, Text.of("file.missingField", what, key));
      }
      return List.of();
    }
    if (!(value.get() instanceof SequenceNode sequence)) {
      problems.add(value.get(), Text.of("file.notList", what, key));
      return List.of();
    }
    return sequence.getValue();
  }

  public List<String> texts(String key) {
    List<String> result = new ArrayList<>();
    for (Node item : list(key, false)) {
      if (item instanceof ScalarNode scalar && !isNull(item)) {
        result.add(scalar.getValue());
      } else {
        problems.add(item, Text.of("file.itemsNotText", what, key));
      }
    }
    return result;
  }

  public List<Integer> years(String key) {
    List<Integer> result = new ArrayList<>();
    for (Node item : list(key, false)) {
      String text = item instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
      if (!text.matches("\\d{4}")) {
        problems.add(item, Text.of("file.itemsNotYears", what, key, text));
      } else {
        result.add(Integer.valueOf(text));
      }
    }
    return result;
  }

  /**
   * A field holding one of a fixed set of words, e.g. an enum's file names; null if absent or
   * wrong.
   */
  public <T> T choice(
      String key,
      boolean required,
      java.util.function.Function<String, Optional<T>> parse,
      List<String> allowed) {
    String text = text(key, required);
    if (text == null) {
      return null;
    }
    Optional<T> value = parse.apply(text.strip());
    if (value.isEmpty()) {
      problems.add(
          fields.get(key),
          Text.of(
              "file.notOneOf",
              what,
              key,
              YamlNumbers.abbreviate(text),
              String.join(", ", allowed)));
      return null;
    }
    return value.get();
  }

  /**
   * A field holding one of an enum's file words ({@link se.styr.shared.FileWords}); null if absent
   * or wrong.
   */
  public <E extends Enum<E>> E word(String key, boolean required, Class<E> type) {
    return choice(
        key,
        required,
        text -> se.styr.shared.FileWords.parse(type, text),
        se.styr.shared.FileWords.all(type));
  }

  /**
   * The mappings listed under {@code key}, each named {@code itemWhat} in messages; anything else
   * in the list is a problem.
   */
  public List<YamlMap> maps(String key, Text itemWhat) {
    List<YamlMap> maps = new ArrayList<>();
    for (Node item : list(key, false)) {
      of(item, Where.in(what, itemWhat), problems).ifPresent(maps::add);
    }
    return maps;
  }

  /** Reports a problem at the field {@code key} (at the mapping itself if the field is absent). */
  public void problem(String key, Text text) {
    Node at = fields.getOrDefault(key, node);
    problems.add(at == null ? node : at, Where.at(what, text));
  }

  /** The items of a list of keyed mappings, each reported once if its key repeats. */
  public List<Keyed> keyed(String key, Text itemWhat, Set<String> allowedFields) {
    List<Keyed> items = new ArrayList<>();
    Map<String, Node> seen = new LinkedHashMap<>();
    for (Node item : list(key, false)) {
      Optional<YamlMap> found = of(item, Where.in(what, itemWhat), problems);
      if (found.isEmpty()) {
        continue;
      }
      YamlMap map = found.get();
      String itemKey = map.text("key", true);
      if (itemKey == null) {
        map.allowOnly(allowedFields);
        continue;
      }
      Text named = Where.item(itemWhat, itemKey);
      map.renamed(named).allowOnly(allowedFields);
      Node first = seen.putIfAbsent(itemKey, item);
      if (first != null) {
        problems.add(
            item, Text.of("file.duplicateItem", what, itemWhat, itemKey, YamlProblems.line(first)));
        continue;
      }
      items.add(new Keyed(item, map.renamed(named), itemKey));
    }
    return items;
  }

  /** One keyed mapping of a list, named for messages by its key. */
  public record Keyed(Node node, YamlMap map, String key) {}

  public static boolean isNull(Node node) {
    if (node instanceof ScalarNode scalar && scalar.isPlain()) {
      String value = scalar.getValue();
      return value.isEmpty() || value.equals("~") || value.equals("null");
    }
    return false;
  }
}
