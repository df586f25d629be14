package se.styr.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SvgTest {

  @Test
  void escapesMarkupQuotesAndCdataEndAndReplacesCharactersXmlCannotHold() {
    assertThat(Svg.escape("<a href=\"x\">'&'</a> ]]> \u0000\uD800 tab\there"))
        .isEqualTo(
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; ]]&gt; \uFFFD\uFFFD tab here");
  }

  @Test
  void keepsLettersBeyondTheBasicPlane() {
    assertThat(Svg.escape("Å 😀")).isEqualTo("Å 😀");
  }

  @Test
  void writesCoordinatesWithOneDecimalTheSameInEveryLocaleAndNeverMinusZero() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("sv-SE"));
      assertThat(Svg.num(12.345)).isEqualTo("12.3");
      assertThat(Svg.num(-0.04)).isEqualTo("0.0");
      assertThat(Svg.points(1, 2.25, 3, 4)).isEqualTo("1.0,2.3 3.0,4.0");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void derivesSafeIdsFromAnyKeyAndRefusesUnsafePrefixes() {
    assertThat(Svg.deriveId("budget", "Drift \"2024\"><script>", "b2024"))
        .isEqualTo("budget-drift-2024-script-b2024");
    assertThat(Svg.deriveId("indicator", "x".repeat(100))).hasSizeLessThanOrEqualTo(64);
    assertThat(Svg.requireId("chart-1_a")).isEqualTo("chart-1_a");
    assertThatThrownBy(() -> Svg.requireId("a b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Svg.requireId(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyMeaningfulColourHasAtLeastThreeToOneContrastAgainstWhite() {
    assertThat(Palette.MEANINGFUL)
        .allSatisfy(
            colour ->
                assertThat(SvgDocuments.contrastAgainstWhite(colour))
                    .as(colour)
                    .isGreaterThanOrEqualTo(3.0));
    assertThat(Palette.SERIES).doesNotHaveDuplicates();
  }
}
