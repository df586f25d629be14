package se.styr.forecast;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The population a forecast takes from SCB instead of from a row of the plan's tables ({@code
 * population: scb}): the persons of an age band in the plan's municipality in a year, SCB's outcome
 * for an outcome year and SCB's forecast for a forecast year, as Styr has stored them. A figure not
 * stored is null, never zero and never a guess. National data supplies it.
 */
public interface ScbPopulation {
  /** Nothing stored, no municipality code: every band from SCB is refused saying so. */
  ScbPopulation NONE =
      new ScbPopulation() {
        @Override
        public String region() {
          return null;
        }

        @Override
        public Long persons(AgeBand band, int year, boolean outcome) {
          return null;
        }

        @Override
        public SortedMap<Integer, Boolean> years() {
          return Collections.unmodifiableSortedMap(new TreeMap<>());
        }
      };

  /** The municipality's code (four digits) whose population this is; null if it has none. */
  String region();

  /** The persons of {@code band} in {@code year}, outcome or forecast; null where not stored. */
  Long persons(AgeBand band, int year, boolean outcome);

  /**
   * The years stored, each with whether it is an outcome year: the outcome's years, and the
   * forecast's years after the last of them (for a forecast whose every band is from SCB).
   */
  SortedMap<Integer, Boolean> years();
}
