package se.styr.goals;

import java.util.Locale;
import java.util.Optional;

/** What an indicator's values measure, and so which values it accepts. */
public enum IndicatorUnit {
  PERCENT("%"), COUNT("antal"), INDEX("index"), KR("kr"), NUMBER(""), YES_NO("ja/nej"), COUNT_OF_SET("antal av");

  private final String printed;

  IndicatorUnit(String printed) {
    this.printed = printed;
  }

  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String printed() {
    return printed;
  }

  public boolean isNumeric() {
    return this != YES_NO && this != COUNT_OF_SET;
  }

  public static Optional<IndicatorUnit> parse(String text) {
    for (IndicatorUnit unit : values()) {
      if (unit.fileName().equals(text)) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }
}
