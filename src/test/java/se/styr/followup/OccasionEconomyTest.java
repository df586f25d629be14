package se.styr.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.followup.OccasionEconomy.Gap;
import se.styr.shared.InvalidValueException;

/** An occasion's economy: budget to date, deviations, projections and what is missing. */
class OccasionEconomyTest {
  private static final Occasion TERTIAL = FollowUpCalendarTest.LERUM.occasions(2024).get(1);
  private static final Occasion INTERIM = FollowUpCalendarTest.LERUM.occasions(2024).get(2);

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  private static AreaEconomy area(String key, String budget) {
    return AreaEconomy.budgeted(key, key, n(budget));
  }

  @Test
  void periodisesTheBudgetEvenlyOrByTheAreasMonthlyProfile() {
    assertThat(Periodisation.LINEAR.toDate(n("120000"), 4)).isEqualByComparingTo("40000");
    assertThat(Periodisation.LINEAR.toDate(n("100"), 7)).isEqualByComparingTo("58.333333");
    List<BigDecimal> summer = new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE));
    summer.set(6, n("2")); // holiday pay in July
    Periodisation profile = new Periodisation.Profile(summer);
    assertThat(profile.toDate(n("130000"), 6)).isEqualByComparingTo("60000");
    assertThat(profile.toDate(n("130000"), 7)).isEqualByComparingTo("80000");
    assertThat(profile.toDate(n("130000"), 12)).isEqualByComparingTo("130000");
    assertThatThrownBy(() -> new Periodisation.Profile(List.of(BigDecimal.ONE)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("twelve weights");
  }

  @Test
  void computesDeviationInKronorAndPercentWithTheChangeSinceThePreviousForecast() {
    AreaEconomy hemtjanst =
        new AreaEconomy(
            "hemtjanst",
            "Hemtjänst",
            n("120000"),
            null,
            n("42000"),
            n("39000"),
            n("118000"),
            n("124000"),
            n("122000"),
            "Fler beviljade timmar än budgeterat.",
            List.of(
                new BalanceMeasure(
                    "Översyn av schemaläggningen",
                    n("1500"),
                    "Verksamhetschef hemtjänst",
                    LocalDate.of(2024, 9, 30),
                    BalanceMeasure.Status.ONGOING)));
    EconomyLine line =
        OccasionEconomy.compute(TERTIAL, List.of(hemtjanst), EconomyRules.DEFAULT).lines().get(0);
    assertThat(line.budgetToDate()).isEqualByComparingTo("40000");
    assertThat(line.deviation()).isEqualByComparingTo("-4000");
    assertThat(line.deviationPercent()).isEqualByComparingTo("-3.3");
    assertThat(line.forecastChange()).isEqualByComparingTo("2000");
    // the riktpunkt: 42 000 in four months gives 126 000 for the year
    assertThat(line.linearProjection()).isEqualByComparingTo("126000");
    // last year's profile: 42 000 × 118 000 / 39 000
    assertThat(line.profileProjection()).isEqualByComparingTo("127076.923077");
    assertThat(line.forecastFar()).isFalse();
    assertThat(line.commentMissing()).isFalse();
    assertThat(line.measuresRequired()).isTrue();
    assertThat(line.measuresMissing()).isFalse();
    assertThat(line.measuresAmount()).isEqualByComparingTo("1500");
  }

  @Test
  void givesTheDeviationThePlansSignSoThatASurplusIsPositive() {
    EconomyRules netResult =
        new EconomyRules(
            EconomyRules.AmountSign.COSTS_NEGATIVE, DeviationThreshold.ANY, BigDecimal.TEN);
    assertThat(netResult.deviation(n("-100"), n("-102"))).isEqualByComparingTo("-2");
    assertThat(EconomyRules.DEFAULT.deviation(n("100"), n("102"))).isEqualByComparingTo("-2");
  }

  @Test
  void requiresACommentBeyondTheMunicipalitysThresholdAndMeasuresForADeficit() {
    EconomyRules rules =
        new EconomyRules(
            EconomyRules.AmountSign.COSTS_POSITIVE,
            new DeviationThreshold(n("1000"), n("2")),
            BigDecimal.TEN);
    List<AreaEconomy> areas =
        List.of(
            area("small", "100000").withForecast(n("100500"), null), // 0,5 %, 500 kr: below
            area("deficit", "100000").withForecast(n("101200"), null), // 1 200 kr: beyond
            area("surplus", "10000").withForecast(n("9700"), null), // 3 %: beyond, a surplus
            area("percent", "10000").withForecast(n("10250"), "Förklarat.")); // 2,5 %: beyond
    OccasionEconomy economy = OccasionEconomy.compute(TERTIAL, areas, rules);
    assertThat(economy.lines())
        .extracting(EconomyLine::area, EconomyLine::commentRequired, EconomyLine::measuresRequired)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("small", false, false),
            org.assertj.core.groups.Tuple.tuple("deficit", true, true),
            org.assertj.core.groups.Tuple.tuple("surplus", true, false),
            org.assertj.core.groups.Tuple.tuple("percent", true, true));
    assertThat(economy.gaps())
        .filteredOn(g -> g.kind() != Gap.Kind.OUTCOME_MISSING)
        .containsExactly(
            new Gap("deficit", Gap.Kind.COMMENT_MISSING),
            new Gap("deficit", Gap.Kind.MEASURES_MISSING),
            new Gap("surplus", Gap.Kind.COMMENT_MISSING),
            new Gap("percent", Gap.Kind.MEASURES_MISSING));
  }

  @Test
  void flagsAForecastFarFromBothProjectionsButNeverRefusesIt() {
    AreaEconomy far =
        area("sabo", "240000").withOutcome(n("160000"), null).withForecast(n("200000"), "Lågt");
    EconomyLine line =
        OccasionEconomy.compute(INTERIM, List.of(far), EconomyRules.DEFAULT).lines().get(0);
    // eight months: 160 000 gives 240 000 for the year; 200 000 is 40 000 off, beyond 5 % of budget
    assertThat(line.linearProjection()).isEqualByComparingTo("240000");
    assertThat(line.forecastFar()).isTrue();
    AreaEconomy near = far.withForecast(n("236000"), null);
    assertThat(
            OccasionEconomy.compute(INTERIM, List.of(near), EconomyRules.DEFAULT)
                .lines()
                .get(0)
                .forecastFar())
        .isFalse();
  }

  @Test
  void totalsEveryAreaAndLeavesAColumnBlankWhereAnAreasFigureIsBlank() {
    List<AreaEconomy> areas =
        List.of(
            area("a", "100000").withOutcome(n("30000"), n("29000")).withForecast(n("99000"), "x"),
            area("b", "50000").withOutcome(n("18000"), null).withForecast(n("52000"), "y"));
    EconomyLine total = OccasionEconomy.compute(TERTIAL, areas, EconomyRules.DEFAULT).total();
    assertThat(total.budget()).isEqualByComparingTo("150000");
    assertThat(total.budgetToDate()).isEqualByComparingTo("50000");
    assertThat(total.outcomeToDate()).isEqualByComparingTo("48000");
    assertThat(total.outcomeToDateLastYear()).isNull(); // b's is not given: blank, not 29 000
    assertThat(total.forecast()).isEqualByComparingTo("151000");
    assertThat(total.deviation()).isEqualByComparingTo("-1000");
    assertThat(total.deviationPercent()).isEqualByComparingTo("-0.7");
  }

  @Test
  void listsWhatEachAreaStillLacks() {
    OccasionEconomy economy =
        OccasionEconomy.compute(TERTIAL, List.of(area("a", "1000")), EconomyRules.DEFAULT);
    assertThat(economy.gaps())
        .containsExactly(
            new Gap("a", Gap.Kind.OUTCOME_MISSING), new Gap("a", Gap.Kind.FORECAST_MISSING));
    assertThat(economy.lines().get(0).deviation()).isNull();
    assertThat(economy.lines().get(0).commentRequired()).isFalse();
  }

  @Test
  void aCancelledMeasureDoesNotCountAsAMeasure() {
    AreaEconomy area =
        new AreaEconomy(
            "a",
            "A",
            n("1000"),
            null,
            null,
            null,
            null,
            n("1200"),
            null,
            "Underskott",
            List.of(
                new BalanceMeasure(
                    "Inställd", n("100"), null, null, BalanceMeasure.Status.CANCELLED)));
    assertThat(
            OccasionEconomy.compute(TERTIAL, List.of(area), EconomyRules.DEFAULT)
                .lines()
                .get(0)
                .measuresMissing())
        .isTrue();
  }
}
