package se.styr.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "tkr, TKR",
    "Tkr, TKR",
    "mkr, MKR",
    "Mkr, MKR",
    "mnkr, MKR",
    "miljoner kronor, MKR",
    "kr, KR",
    "antal, COUNT",
    "%, PERCENT"
  })
  void readsUnitsAsPlansPrintThem(String printed, Unit unit) {
    assertThat(Unit.parse(printed)).contains(unit);
  }

  @Test
  void doesNotGuessUnknownUnits() {
    assertThat(Unit.parse("Mkrr")).isEmpty();
    assertThat(Unit.parse("")).isEmpty();
    assertThat(Unit.parse(null)).isEmpty();
  }

  @Test
  void convertsMoneyExactly() {
    assertThat(Unit.TKR.convert(new BigDecimal("1325246"), Unit.MKR))
        .isEqualByComparingTo("1325.246");
    assertThat(Unit.MKR.convert(new BigDecimal("0.1"), Unit.KR)).isEqualByComparingTo("100000");
    assertThat(Unit.MKR.toKronor(new BigDecimal("1.598"))).isEqualByComparingTo("1598000");
  }

  @Test
  void neverConvertsCountsToMoney() {
    assertThatThrownBy(() -> Unit.COUNT.convert(BigDecimal.ONE, Unit.KR))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knowsTheUnitAThousandTimesSmallerOrLarger() {
    assertThat(Unit.MKR.shifted(-1)).contains(Unit.TKR);
    assertThat(Unit.TKR.shifted(1)).contains(Unit.MKR);
    assertThat(Unit.KR.shifted(-1)).isEmpty();
    assertThat(Unit.COUNT.shifted(1)).isEmpty();
  }
}
