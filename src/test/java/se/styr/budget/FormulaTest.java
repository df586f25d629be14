package se.styr.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaTest {

  @Test
  void readsSumsAndDifferencesOfHyphenatedKeys() {
    Formula formula = Formula.parse("hemtjanst-65-79 + hemtjanst-80 - kopta");
    assertThat(formula.terms())
        .extracting(Formula.Term::negative)
        .containsExactly(false, false, true);
    assertThat(formula.terms())
        .extracting(Formula.Term::referenceText)
        .containsExactly("hemtjanst-65-79", "hemtjanst-80", "kopta");
  }

  @Test
  void readsReferencesIntoOtherTables() {
    Formula formula = Formula.parse("internbudget.totalt.nov2024 - internbudget.totalt.vp2024");
    assertThat(formula.terms().get(0).reference())
        .isEqualTo(List.of("internbudget", "totalt", "nov2024"));
  }

  @Test
  void writesItselfBackAsItWasWritten() {
    for (String text : List.of("a - b", "a + b - c", "- a + b", "t.r.c")) {
      assertThat(Formula.parse(text)).hasToString(text);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a +", "a + + b", "a b", "a.b.c.d", "a + b$", "+"})
  void rejectsMalformedFormulas(String text) {
    assertThatThrownBy(() -> Formula.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
