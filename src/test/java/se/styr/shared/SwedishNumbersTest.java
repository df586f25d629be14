package se.styr.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishNumbersTest {

  @ParameterizedTest(name = "{0} is printed {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1325246   | 1 325 246",
        "7.0       | 7,0",
        "-16.9     | -16,9",
        "0         | 0",
        "0.5       | 0,5",
        "999       | 999",
        "1000      | 1 000",
        "-1081.7   | -1 081,7",
        "22.40     | 22,40",
        "1.598     | 1,598"
      })
  void formatsWithSpaceBetweenThousandsAndDecimalComma(String value, String printed) {
    assertThat(SwedishNumbers.format(new BigDecimal(value))).isEqualTo(printed);
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1 325 246 | 1325246",
        "1325246   | 1325246",
        "7,0       | 7.0",
        "7.0       | 7.0",
        "-16,9     | -16.9",
        "−16,9     | -16.9",
        "1144      | 1144",
        "-1031,4   | -1031.4",
        "'1\u00a0081,7' | 1081.7",
        "– 1,8     | -1.8",
        "–1,8      | -1.8",
        "'\u2212 1,8' | -1.8",
        "- 5       | -5",
        "'\u2013\u00a022 563' | -22563",
        "'1\u2009128\u2009189' | 1128189",
        "'\uff0d3' | -3"
      })
  void readsPlainAndSwedishNumbersKeepingTheirPrecision(String text, String value) {
    assertThat(SwedishNumbers.parse(text.replace("'", ""))).contains(new BigDecimal(value));
  }

  @ParameterizedTest(name = "\"{0}\" is not a number")
  @CsvSource(
      delimiter = '|',
      value = {
        "tolv", "1,2,3", "1 32 5", "12abc", "''", "1.2.3", "--5", "7,", ",5", "–", "-", "5-"
      })
  void rejectsWhatIsNotANumber(String text) {
    assertThat(SwedishNumbers.parse(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void keepsPrintedPrecision() {
    assertThat(SwedishNumbers.parse("7,0").orElseThrow().scale()).isEqualTo(1);
    assertThat(SwedishNumbers.parse("7").orElseThrow().scale()).isZero();
  }
}
