package se.styr.forecast;

/** A care service whose recipients are counted: home care, nursing home, or one the user adds. */
public record Service(String key, String name) {
  public static final String HOME_CARE = "hemtjanst";
  public static final String NURSING_HOME = "sabo";

  public Service {
    Keys.require(key, "forecast.what.service");
  }
}
