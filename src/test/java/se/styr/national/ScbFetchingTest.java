package se.styr.national;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import se.styr.shared.InvalidValueException;

/** What a fetch of SCB's population refuses before it asks SCB anything, naming it. */
class ScbFetchingTest {
  // no store and an address nothing answers: every case here is refused before either is used
  private final ScbFetching fetching =
      new ScbFetching(null, URI.create("http://127.0.0.1:9/api/v2/"), Clock.systemUTC());

  @Test
  void refusesATableThatIsNotOneOfScbsPopulationTables() {
    assertThatThrownBy(() -> fetching.fetch("TAB9999", "2061", 2030, 2031))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).text().swedish())
        .asString()
        .contains("TAB9999");
    assertThatThrownBy(() -> fetching.importAnswer("TAB1", "{}", "fil"))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).text().key())
        .isEqualTo("national.scb.badTable");
  }

  @Test
  void refusesARegionThatIsNoMunicipalityCodeAndYearsOutOfOrder() {
    assertThatThrownBy(() -> fetching.fetch("TAB6008", "20611", 2030, 2031))
        .extracting(e -> ((InvalidValueException) e).text().key())
        .isEqualTo("national.scb.badRegion");
    assertThatThrownBy(() -> fetching.fetch("TAB6008", "2061", 2031, 2030))
        .extracting(e -> ((InvalidValueException) e).text().key())
        .isEqualTo("national.scb.badYears");
    assertThatThrownBy(() -> fetching.fetch("TAB638", "2061", 1950, 2030))
        .extracting(e -> ((InvalidValueException) e).text().key())
        .isEqualTo("national.scb.badYears");
  }

  @Test
  void refusesAnAnswerThatIsNotJsonStat2BeforeStoringAnything() {
    assertThatThrownBy(() -> fetching.importAnswer("TAB6008", "{\"id\": []}", "fil"))
        .isInstanceOf(InvalidValueException.class);
  }
}
