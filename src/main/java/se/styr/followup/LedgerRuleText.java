package se.styr.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * A ledger rule's patterns as a person types them on the mapping page: accounts as patterns parted
 * by spaces or commas ({@code 4000-7999 8100}), objects as a dimension number, a colon and its
 * patterns, dimensions parted by semicolons ({@code 1: 22* 2500-2599; 6: P1}). Read back exactly as
 * {@link #accounts(List)} and {@link #objects(Map)} write them; anything else is refused with a
 * message naming the part that is wrong.
 */
public final class LedgerRuleText {
  private LedgerRuleText() {}

  /** Account (or object) patterns as typed; blank is none. */
  public static List<CodePattern> patterns(String text) {
    List<CodePattern> patterns = new ArrayList<>();
    if (text == null) {
      return patterns;
    }
    for (String part : text.strip().split("[\\s,]+")) {
      if (!part.isEmpty()) {
        patterns.add(CodePattern.parse(part));
      }
    }
    return patterns;
  }

  /** Objects per dimension as typed; blank is none. */
  public static Map<Integer, List<CodePattern>> objects(String text) {
    Map<Integer, List<CodePattern>> objects = new TreeMap<>();
    if (text == null || text.isBlank()) {
      return objects;
    }
    for (String part : text.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      int colon = part.indexOf(':');
      String dimension = colon < 0 ? "" : part.substring(0, colon).strip();
      if (colon < 0 || !dimension.matches("\\d{1,4}")) {
        throw new InvalidValueException(Text.of("followup.ledger.objectsText", part.strip()));
      }
      List<CodePattern> patterns = patterns(part.substring(colon + 1));
      if (patterns.isEmpty()) {
        throw new InvalidValueException(Text.of("followup.ledger.objectsText", part.strip()));
      }
      int key = Integer.parseInt(dimension);
      if (objects.containsKey(key)) {
        throw new InvalidValueException(Text.of("followup.ledger.dimensionTwice", key));
      }
      objects.put(key, patterns);
    }
    return objects;
  }

  /** Patterns as the page shows them: {@code 4000-7999 8100}. */
  public static String accounts(List<CodePattern> patterns) {
    return patterns.stream().map(CodePattern::written).collect(Collectors.joining(" "));
  }

  /** Objects as the page shows them: {@code 1: 22* 2500-2599; 6: P1}. */
  public static String objects(Map<Integer, List<CodePattern>> objects) {
    return objects.entrySet().stream()
        .map(e -> e.getKey() + ": " + accounts(e.getValue()))
        .collect(Collectors.joining("; "));
  }
}
