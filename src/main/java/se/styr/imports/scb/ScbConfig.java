package se.styr.imports.scb;

import java.time.Duration;

/**
 * The API's configuration ({@code /config}): its version, default language, the most cells one call
 * may fetch, and the most calls per time window; a window of zero or no calls means the API does
 * not state its rate there.
 */
public record ScbConfig(
    String apiVersion,
    String defaultLanguage,
    int maxDataCells,
    int maxCallsPerTimeWindow,
    Duration timeWindow) {
  /** Whether the configuration states a call rate. */
  public boolean statesRate() {
    return maxCallsPerTimeWindow > 0 && !timeWindow.isZero() && !timeWindow.isNegative();
  }
}
