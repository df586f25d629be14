package se.styr.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.styr.goals.ResultScale.Shows;
import se.styr.goals.ResultScale.Step;
import se.styr.shared.InvalidValueException;

/** The symbols a municipality shows its results with. */
class ResultScaleTest {
  private static final ResultScale THREE =
      new ResultScale(
          List.of(
              new Step(Set.of(Shows.MET), "green", "Uppfyllt"),
              new Step(
                  Set.of(Shows.PARTLY_MET, Shows.NOT_ASSESSABLE),
                  "yellow",
                  "Delvis uppfyllt eller ej mätbart"),
              new Step(Set.of(Shows.NOT_MET), "red", "Ej uppfyllt")));

  @Test
  void aThreeSymbolScaleShowsPartlyMetAndAPersonsNotAssessableAsItsMiddleSymbol() {
    assertThat(THREE.shown(Result.PARTLY_MET, false))
        .satisfies(
            s -> {
              assertThat(s.badge()).isEqualTo("partly_met");
              assertThat(s.colour()).isEqualTo("yellow");
              assertThat(s.swedish()).isEqualTo("Delvis uppfyllt eller ej mätbart");
            });
    assertThat(THREE.shown(Result.NOT_ASSESSED, true).swedish())
        .isEqualTo("Delvis uppfyllt eller ej mätbart");
    assertThat(THREE.shows(Result.NOT_ASSESSED, true)).isTrue();
  }

  @Test
  void whatNoRuleCouldAssessYetIsNotAssessedWhateverTheScale() {
    assertThat(THREE.shown(Result.NOT_ASSESSED, false))
        .satisfies(
            s -> {
              assertThat(s.badge()).isEqualTo("not_assessed");
              assertThat(s.swedish()).isEqualTo("Ej bedömt");
            });
    assertThat(THREE.shows(Result.NOT_ASSESSED, false)).isFalse();
  }

  @Test
  void theStandardScaleShowsEachResultInItsOwnWords() {
    assertThat(ResultScale.STANDARD.shown(Result.PARTLY_MET, false).swedish())
        .isEqualTo("Delvis uppfyllt");
    assertThat(ResultScale.STANDARD.shows(Result.NOT_ASSESSED, true)).isFalse();
    assertThat(ResultScale.STANDARD.shown(Result.MET, false).colour()).isEqualTo("green");
  }

  @Test
  void refusesAScaleThatLeavesAResultWithoutSymbol() {
    assertThatThrownBy(
            () ->
                new ResultScale(
                    List.of(
                        new Step(Set.of(Shows.MET), "green", "Uppfyllt"),
                        new Step(Set.of(Shows.NOT_MET), "red", "Ej uppfyllt"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("partly_met");
    assertThatThrownBy(
            () -> new ResultScale(List.of(new Step(Set.of(Shows.MET), "green", "Uppfyllt"))))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Step(Set.of(Shows.MET), "green", " "))
        .isInstanceOf(InvalidValueException.class);
  }
}
