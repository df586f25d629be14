package se.styr.goals;

import se.styr.shared.FileWords;

/** What an indicator's values measure, and so which values it accepts. */
public enum IndicatorUnit {
  PERCENT("%"),
  COUNT("antal"),
  INDEX("index"),
  KR("kr"),
  NUMBER(""),
  YES_NO("ja/nej"),
  COUNT_OF_SET("antal av");

  private final String printed;

  IndicatorUnit(String printed) {
    this.printed = printed;
  }

  public String fileName() {
    return FileWords.of(this);
  }

  public String printed() {
    return printed;
  }

  public boolean isNumeric() {
    return this != YES_NO && this != COUNT_OF_SET;
  }
}
