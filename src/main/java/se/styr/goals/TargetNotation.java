package se.styr.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * The plan file notation of targets: {@code >= 90}, {@code 0 +- 0.5}, {@code best 25%}, ... joined
 * by {@code and}.
 */
final class TargetNotation {
  private static final Pattern COMPARE =
      Pattern.compile("(>=|<=|>|<|=)\\s*(-?\\d{1,15}(\\.\\d{1,6})?)");
  private static final Pattern BAND =
      Pattern.compile("(-?\\d{1,15}(\\.\\d{1,6})?)\\s*\\+-\\s*(\\d{1,15}(\\.\\d{1,6})?)");
  private static final Pattern RELATIVE = Pattern.compile("(best|middle)\\s+(\\d{1,3})\\s*%");
  private static final Pattern FALLING = Pattern.compile("falling from (\\d{4})");

  static Target parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException(Text.of("goals.invalid.emptyTarget"));
    }
    String[] parts = text.strip().split("\\s+and\\s+");
    if (parts.length > 1) {
      List<Target> targets = new ArrayList<>();
      for (String part : parts) {
        targets.add(single(part.strip()));
      }
      return new Target.Combined(targets);
    }
    return single(parts[0]);
  }

  private static Target single(String text) {
    Matcher m;
    if ((m = COMPARE.matcher(text)).matches()) {
      Target.Operator operator =
          switch (m.group(1)) {
            case ">=" -> Target.Operator.AT_LEAST;
            case ">" -> Target.Operator.MORE_THAN;
            case "<=" -> Target.Operator.AT_MOST;
            case "<" -> Target.Operator.LESS_THAN;
            default -> Target.Operator.EQUAL;
          };
      return new Target.Compare(operator, new BigDecimal(m.group(2)));
    }
    if ((m = BAND.matcher(text)).matches()) {
      return new Target.Band(new BigDecimal(m.group(1)), new BigDecimal(m.group(3)));
    }
    if ((m = RELATIVE.matcher(text)).matches()) {
      return new Target.Relative(
          m.group(1).equals("best") ? Target.Standing.BEST : Target.Standing.MIDDLE,
          Integer.parseInt(m.group(2)));
    }
    if ((m = FALLING.matcher(text)).matches()) {
      return new Target.Falling(Integer.parseInt(m.group(1)));
    }
    switch (text) {
      case "all":
        return new Target.All();
      case "yes":
        return new Target.Answer(true);
      case "no":
        return new Target.Answer(false);
      default:
        for (Target.Direction direction : Target.Direction.values()) {
          if (direction.name().toLowerCase(Locale.ROOT).equals(text)) {
            return new Target.Move(direction);
          }
        }
    }
    throw new InvalidValueException(Text.of("goals.invalid.notTarget", text));
  }

  private TargetNotation() {}
}
