package se.styr.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styr.charts.Indicators.indicator;

import org.junit.jupiter.api.Test;
import se.styr.goals.IndicatorUnit;
import se.styr.shared.Text;

/**
 * A chart on an English page says its words in English; numbers keep the Swedish form of the tables
 * beside it.
 */
class ChartWordsTest {

  @Test
  void drawsAndDescribesAnIndicatorInTheReadersLanguage() {
    var hygiene =
        indicator("Följsamhet till basal hygien", IndicatorUnit.PERCENT)
            .value("2021", "58")
            .value("2022", "61.5")
            .value("2023", "64")
            .baseline("2023", "64")
            .target("90%", ">= 90", 2025)
            .target("Öka", "increase", 2026, 2027)
            .build();

    Chart english = IndicatorChart.of(hygiene, "hygiene", Text::english);

    assertThat(english.description())
        .isEqualTo(
            "Values 2021–2023, latest 64 % (2023), baseline 64 % (2023) against targets 2025–2027:"
                + " ≥ 90 % (2025); Öka (2026–2027).");
    assertThat(english.table().headers()).containsExactly("Year", "Value (%)", "Target (%)");
    assertThat(SvgDocuments.texts(SvgDocuments.parse(english.svg()), "text"))
        .contains("Value", "Target", "Baseline", "target ≥ 90 %")
        .doesNotContain("Värde", "Mål", "Ingående värde");
    assertThat(IndicatorChart.of(hygiene, "hygiene").description())
        .startsWith("Värden 2021–2023, senast 64 %");
  }

  @Test
  void writesATargetWithoutANumberInWordsWhereThePlanPrintsNone() {
    var falling =
        indicator("Sjukfrånvaro", IndicatorUnit.PERCENT)
            .value("2024", "8")
            .target(null, "falling from 2023", 2025)
            .build();
    assertThat(IndicatorChart.of(falling, "f", Text::english).table().notes())
        .contains("Targets without a number are shown in the table only: Falling from 2023.");
    assertThat(IndicatorChart.of(falling, "f").table().notes())
        .contains("Mål utan siffra visas bara i tabellen: Sjunkande från 2023.");
  }
}
