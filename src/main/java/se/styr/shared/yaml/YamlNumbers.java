package se.styr.shared.yaml;

import java.math.BigDecimal;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;

/**
 * Reads figures: plain numbers (1325246, 7.0) and Swedish ones in quotes ("1 325 246", "7,0"),
 * exactly.
 */
public final class YamlNumbers {
  /** Fifteen digits before the decimal sign hold any municipal amount, even in kronor. */
  static final BigDecimal LIMIT = new BigDecimal("1E15");

  static final int MOST_DECIMALS = 6;

  private YamlNumbers() {}

  public static BigDecimal number(Node node, Text where, YamlProblems problems) {
    if (!(node instanceof ScalarNode scalar)) {
      problems.add(node, Text.of("file.numberExpected", where));
      return null;
    }
    String raw = scalar.getValue();
    Optional<BigDecimal> parsed = SwedishNumbers.parse(raw);
    if (parsed.isEmpty()) {
      problems.add(node, Text.of("file.notNumber", where, abbreviate(raw)));
      return null;
    }
    BigDecimal value = parsed.get();
    if (value.abs().compareTo(LIMIT) >= 0) {
      problems.add(node, Text.of("file.numberTooLarge", where, abbreviate(raw)));
      return null;
    }
    if (value.scale() > MOST_DECIMALS) {
      problems.add(node, Text.of("file.tooManyDecimals", where, abbreviate(raw), MOST_DECIMALS));
      return null;
    }
    return value;
  }

  public static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
