package se.styr.goals;

import java.util.Locale;
import java.util.Optional;
import se.styr.shared.Text;

/**
 * Goal fulfilment (måluppfyllelse). The traffic-light words red, yellow, green read as not met,
 * partly met, met.
 */
public enum Result {
  MET("green"),
  PARTLY_MET("yellow"),
  NOT_MET("red"),
  NOT_ASSESSED("grey");

  private final String colour;

  Result(String colour) {
    this.colour = colour;
  }

  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The result as a heading or a badge says it: "Uppfyllt", "Met". */
  public Text text() {
    return Text.of("goals.result." + fileName());
  }

  /** The result inside a sentence: "uppfyllt", "met". */
  public Text word() {
    return Text.of("goals.resultWord." + fileName());
  }

  /** The result in Swedish, as printed documents say it. */
  public String swedish() {
    return text().swedish();
  }

  public String colour() {
    return colour;
  }

  /**
   * A person's assessment: one of the results, or that the goal or indicator could not be assessed
   * ({@code not_assessed}, {@code not_assessable}, {@code grey}), for which they give the reason.
   */
  public static Optional<Result> parseManual(String text) {
    if ("not_assessed".equals(text) || "not_assessable".equals(text) || "grey".equals(text)) {
      return Optional.of(NOT_ASSESSED);
    }
    return parse(text);
  }

  public static Optional<Result> parse(String text) {
    for (Result result : values()) {
      if (result != NOT_ASSESSED
          && (result.fileName().equals(text) || result.colour.equals(text))) {
        return Optional.of(result);
      }
    }
    return Optional.empty();
  }
}
