package se.styr.goals;

import java.util.Locale;
import java.util.Optional;

/** Goal fulfilment (måluppfyllelse). The traffic-light words red, yellow, green read as not met, partly met, met. */
public enum Result {
  MET("Uppfyllt", "green"),
  PARTLY_MET("Delvis uppfyllt", "yellow"),
  NOT_MET("Ej uppfyllt", "red"),
  NOT_ASSESSED("Ej bedömt", "grey");

  private final String swedish;
  private final String colour;

  Result(String swedish, String colour) {
    this.swedish = swedish;
    this.colour = colour;
  }

  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String swedish() {
    return swedish;
  }

  public String colour() {
    return colour;
  }

  public static Optional<Result> parse(String text) {
    for (Result result : values()) {
      if (result != NOT_ASSESSED && (result.fileName().equals(text) || result.colour.equals(text))) {
        return Optional.of(result);
      }
    }
    return Optional.empty();
  }
}
