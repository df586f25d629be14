package se.styr.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import se.styr.organisation.Committee;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;
import se.styr.shared.yaml.YamlNodes;

/**
 * A plan part's fields as a form shows them and as a person types them: numbers in Swedish (1
 * 234,5), yes and no as ja and nej, a count of a set as "3 av 5", lists separated by commas,
 * footnotes one per line. Typing in only turns text into the plan file's values; whether they make
 * sense is for the plan file's reader to say. A blank field is left out, never written as zero.
 */
public final class PartForm {
  /** The form field that holds an item's key. */
  public static final String KEY = "key";

  private static final Pattern COUNT = Pattern.compile("(\\d+)\\s*(?:/|av|of)\\s*(\\d+)");
  private static final int LONGEST_KEY = 40;

  private PartForm() {}

  /** What the form shows for {@code item}: its key and every field of {@code kind} as text. */
  public static Map<String, String> values(PartKind kind, MappingNode item) {
    Map<String, String> values = new LinkedHashMap<>();
    if (kind.keyed()) {
      values.put(kind.keyName(), PartTree.scalar(item, kind.keyName()).orElse(""));
    }
    for (PartField field : kind.fields()) {
      values.put(field.name(), shown(field, PartTree.field(item, field.name()).orElse(null)));
    }
    return values;
  }

  private static String shown(PartField field, Node node) {
    if (node == null) {
      return "";
    }
    if (node instanceof SequenceNode list) {
      List<String> parts = new ArrayList<>();
      for (Node n : list.getValue()) {
        if (n instanceof ScalarNode s) {
          parts.add(s.getValue());
        }
      }
      return String.join(field.input() == PartField.Input.LINES ? "\n" : ", ", parts);
    }
    if (!(node instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
      return "";
    }
    String text = scalar.getValue();
    return switch (field.input()) {
      case NUMBER, VALUE -> number(text);
      default -> text;
    };
  }

  private static String number(String text) {
    switch (text) {
      case "true":
        return "ja";
      case "false":
        return "nej";
      default:
        try {
          return SwedishNumbers.format(new BigDecimal(text));
        } catch (NumberFormatException e) {
          return text;
        }
    }
  }

  /**
   * Writes {@code typed} into {@code item} (changed in place); answers what could not be typed in,
   * per field. A keyed item without a key is given one made from its title, unique among {@code
   * taken}.
   */
  public static Map<String, Text> write(
      PartKind kind, MappingNode item, Map<String, String> typed, Set<String> taken) {
    Map<String, Text> problems = new LinkedHashMap<>();
    for (PartField field : kind.fields()) {
      String text = typed.getOrDefault(field.name(), "");
      text = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
      if (field.input() != PartField.Input.LONG_TEXT) {
        text = text.strip();
      } else if (text.isBlank()) {
        text = "";
      }
      Node existing = PartTree.field(item, field.name()).orElse(null);
      if (existing != null && same(shown(field, existing), text)) {
        continue; // unchanged: the value stays exactly as the plan wrote it
      }
      try {
        PartTree.set(item, field.name(), text.isEmpty() ? null : node(field, text));
      } catch (Unreadable e) {
        problems.put(field.name(), e.text);
      }
    }
    if (kind.keyed()) {
      String name = kind.keyName();
      String key = typed.getOrDefault(name, "");
      key = key == null ? "" : key.strip();
      String kept = PartTree.scalar(item, name).orElse("");
      if (key.isEmpty()) {
        key = kept;
      }
      if (key.isEmpty()) {
        key = newKey(kind, item, taken);
      } else if (!key.equals(kept) && !se.styr.shared.Keys.isValid(key)) {
        // a key typed anew is one a page's address and the plan file can hold
        problems.put(name, Text.of("part.badKey", key));
        return problems;
      }
      PartTree.set(item, name, null);
      item.getValue().add(0, new NodeTuple(YamlNodes.text(name), YamlNodes.text(key)));
    }
    return problems;
  }

  private static boolean same(String shown, String typed) {
    return shown.replace("\r\n", "\n").strip().equals(typed.strip());
  }

  private static String newKey(PartKind kind, MappingNode item, Set<String> taken) {
    String from =
        kind.titleField() == null ? "" : PartTree.scalar(item, kind.titleField()).orElse("");
    String base = Committee.slug(from);
    if (base.length() > LONGEST_KEY) {
      base = base.substring(0, LONGEST_KEY);
      int dash = base.lastIndexOf('-');
      base = dash > 10 ? base.substring(0, dash) : base;
    }
    if (base.isEmpty()) {
      base = kind.name().toLowerCase(Locale.ROOT);
    }
    Set<String> used = new HashSet<>(taken);
    String candidate = base;
    for (int i = 2; used.contains(candidate); i++) {
      candidate = base + "-" + i;
    }
    return candidate;
  }

  private static Node node(PartField field, String text) {
    return switch (field.input()) {
      case TEXT, LONG_TEXT, CHOICE, REFERENCE -> YamlNodes.text(text);
      case YES_NO -> {
        String word = text.toLowerCase(Locale.ROOT);
        if (!List.of("true", "false", "ja", "nej").contains(word)) {
          throw new Unreadable(Text.of("part.notYesNo", text));
        }
        yield new ScalarNode(
            Tag.BOOL,
            word.equals("true") || word.equals("ja") ? "true" : "false",
            ScalarStyle.PLAIN);
      }
      case NUMBER -> YamlNodes.number(decimal(text));
      case INTEGER -> YamlNodes.number(whole(text));
      case FLAG ->
          "true".equals(text) || "on".equals(text) || "ja".equalsIgnoreCase(text)
              ? new ScalarNode(Tag.BOOL, "true", ScalarStyle.PLAIN)
              : null;
      case REFERENCES ->
          YamlNodes.flowList(split(text, ",").stream().map(YamlNodes::text).toList());
      case INTEGERS ->
          YamlNodes.flowList(
              split(text, "[,;\\s]+").stream().map(t -> YamlNodes.number(whole(t))).toList());
      case LINES -> YamlNodes.blockList(split(text, "\n").stream().map(YamlNodes::text).toList());
      case VALUE -> value(text);
    };
  }

  private static Node value(String text) {
    String word = text.toLowerCase(Locale.ROOT);
    if (word.equals("ja") || word.equals("yes") || word.equals("true")) {
      return new ScalarNode(Tag.BOOL, "true", ScalarStyle.PLAIN);
    }
    if (word.equals("nej") || word.equals("no") || word.equals("false")) {
      return new ScalarNode(Tag.BOOL, "false", ScalarStyle.PLAIN);
    }
    Matcher count = COUNT.matcher(word);
    if (count.matches()) {
      return YamlNodes.text(count.group(1) + "/" + count.group(2));
    }
    Optional<BigDecimal> number = SwedishNumbers.parse(text);
    if (number.isEmpty()) {
      throw new Unreadable(Text.of("part.notValue", text));
    }
    return YamlNodes.number(number.get());
  }

  private static BigDecimal decimal(String text) {
    return SwedishNumbers.parse(text)
        .orElseThrow(() -> new Unreadable(Text.of("part.notNumber", text)));
  }

  private static BigDecimal whole(String text) {
    BigDecimal value =
        SwedishNumbers.parse(text)
            .orElseThrow(() -> new Unreadable(Text.of("part.notWhole", text)));
    try {
      return new BigDecimal(value.toBigIntegerExact());
    } catch (ArithmeticException e) {
      throw new Unreadable(Text.of("part.notWhole", text));
    }
  }

  private static List<String> split(String text, String separator) {
    List<String> parts = new ArrayList<>();
    for (String part : text.split(separator)) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  /** A typed value that is not what its field takes. */
  private static final class Unreadable extends RuntimeException {
    private final transient Text text;

    Unreadable(Text text) {
      super(text.key(), null, false, false);
      this.text = text;
    }
  }
}
