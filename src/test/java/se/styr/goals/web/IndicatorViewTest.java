package se.styr.goals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.goals.Baseline;
import se.styr.goals.IndicatorValue;
import se.styr.goals.Quantity;
import se.styr.goals.Target;
import se.styr.goals.TargetSpec;
import se.styr.shared.Text;

class IndicatorViewTest {

  @Test
  void writesConsecutiveYearsAsARangeAndOthersAsAList() {
    assertThat(IndicatorView.years(List.of(2027, 2025, 2026))).isEqualTo("2025–2027");
    assertThat(IndicatorView.years(List.of(2024, 2026))).isEqualTo("2024, 2026");
    assertThat(IndicatorView.years(List.of(2025))).isEqualTo("2025");
  }

  @Test
  void writesValuesInSwedishNotation() {
    assertThat(new Quantity.Amount(new BigDecimal("61.5")).swedish()).isEqualTo("61,5");
    assertThat(new Quantity.Answer(true).swedish()).isEqualTo("ja");
    assertThat(new Quantity.Share(3, 5).swedish()).isEqualTo("3 av 5");
    assertThat(new Quantity.Range(BigDecimal.TEN, new BigDecimal("15")).swedish())
        .isEqualTo("10–15");
  }

  @Test
  void showsATargetAsPrintedOrElseInItsNotation() {
    assertThat(
            IndicatorView.targets(
                List.of(
                    new TargetSpec(List.of(2025), "30%", Target.parse(">= 30")),
                    new TargetSpec(List.of(2026, 2027), null, Target.parse("increase")))))
        .containsExactly(
            new IndicatorView.TargetView("2025", "30%"),
            new IndicatorView.TargetView("2026–2027", "increase"));
  }

  @Test
  void keepsAMissingValueMissingAndAddsARankNotPrinted() {
    assertThat(
            IndicatorView.values(
                List.of(
                    new IndicatorValue("2021", "saknas", null, true, null, null),
                    new IndicatorValue(
                        "2022",
                        null,
                        new Quantity.Amount(new BigDecimal("52.5")),
                        false,
                        121,
                        290))))
        .extracting(
            IndicatorView.ValueView::period,
            v -> v.text().swedish(),
            IndicatorView.ValueView::missing)
        .containsExactly(
            tuple("2021", "saknas", true), tuple("2022", "52,5 (plats 121 av 290)", false));
  }

  @Test
  void marksANewIndicatorsBaselineAsNew() {
    assertThat(IndicatorView.baseline(new Baseline("Ny indikator", null, null, true)))
        .isEqualTo(new IndicatorView.BaselineView(Text.verbatim("Ny indikator"), null, true));
    assertThat(
            IndicatorView.baseline(
                new Baseline(null, new Quantity.Amount(new BigDecimal("82")), "2024", false)))
        .isEqualTo(new IndicatorView.BaselineView(Text.verbatim("82"), "2024", false));
  }
}
