package se.styr.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styr.shared.InvalidValueException;

class ForecastScenarioTest {
  private static final PlacePlan PLACES =
      new PlacePlan(
          Service.NURSING_HOME,
          Map.of(),
          PlaceNeed.factor("0.8"),
          PlaceCapacity.of(103).plus(2026, 16));
  private static final List<CostPerRecipient> COSTS =
      List.of(new CostPerRecipient(Service.NURSING_HOME, 1_000, "aldreomsorg"));

  private static ScenarioComparison compare(Scenario... scenarios) {
    return Scenarios.compare(Smedjebacken.latest(), PLACES, COSTS, List.of(scenarios));
  }

  @Test
  void rateUpByPercentagePointsAgainstTheBase() {
    var comparison =
        compare(
            new Scenario(
                "fler",
                "Fler på säbo",
                List.of(new ScenarioChange.RatePoints("80-w", "sabo", new BigDecimal("0.5")))));
    // 2030: 1 144 × (103/832 + 0.5 %) = 141.625 + 5.72 = 147.345 → 147, five more than 142.
    assertThat(comparison.recipientsAgainstBase("fler", "sabo", 2030)).isEqualTo(5);
    // 180 persons × 0.8 = 144 places against the base's 140: four more missing.
    assertThat(comparison.shortageAgainstBase("fler", 2030)).isEqualTo(-4);
    assertThat(comparison.costAgainstBase("fler", "sabo", 2030)).isEqualTo(5_000);
  }

  @Test
  void rateDownByAPercentOfItself() {
    var comparison =
        compare(
            new Scenario(
                "farre",
                "Färre på säbo",
                List.of(new ScenarioChange.RatePercent(null, "sabo", new BigDecimal("-10")))));
    // 2030: 32.685 × 0.9 = 29.42 → 29 and 141.625 × 0.9 = 127.46 → 127: 156 against 175.
    assertThat(comparison.scenario("farre").result().total("sabo", 2030)).isEqualTo(156);
    assertThat(comparison.recipientsAgainstBase("farre", "sabo", 2030)).isEqualTo(-19);
    assertThat(comparison.base().result().total("sabo", 2030)).isEqualTo(175);
  }

  @Test
  void newPlacesInAYearMoveTheShortageFromThatYear() {
    var comparison =
        compare(
            new Scenario("bygg", "Nytt boende", List.of(new ScenarioChange.NewPlaces(2030, 24))));
    assertThat(comparison.shortageAgainstBase("bygg", 2025)).isZero();
    assertThat(comparison.shortageAgainstBase("bygg", 2030)).isEqualTo(24);
    assertThat(comparison.scenario("bygg").place(2030).shortage()).isEqualTo(3);
  }

  @Test
  void anotherRateChoiceBesideTheBase() {
    var comparison =
        compare(
            new Scenario(
                "tryckt",
                "Tryckta andelar",
                List.of(
                    new ScenarioChange.OtherChoice("65-79", "sabo", RateChoice.stated("1.45")))));
    // 2035: 2 242 × 1.45 % = 32.509 → 33 against 2 242 × 35/2419 = 32.44 → 32.
    assertThat(comparison.recipientsAgainstBase("tryckt", "sabo", 2035)).isEqualTo(1);
  }

  @Test
  void refusesARateMovedBelowZeroNamingTheScenario() {
    assertThatThrownBy(
            () ->
                compare(
                    new Scenario(
                        "noll",
                        "Inga",
                        List.of(
                            new ScenarioChange.RatePoints("65-79", "sabo", new BigDecimal("-2"))))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo(
                        "in scenario noll the rate of sabo in age band 65-79 falls below zero"));
  }
}
