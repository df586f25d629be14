package se.styr.goals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoalLabelTest {
  @Test
  void printsANumberAsGivenWithoutDoubledPunctuation() {
    assertThat(Goal.numbered("1.", "Trygg omsorg")).isEqualTo("1. Trygg omsorg");
    assertThat(Goal.numbered("2)", "Trygg omsorg")).isEqualTo("2) Trygg omsorg");
    assertThat(Goal.numbered("KF-mål 1:", "Trygg omsorg")).isEqualTo("KF-mål 1: Trygg omsorg");
  }

  @Test
  void separatesAPlainNumberFromItsTitleWithAColon() {
    assertThat(Goal.numbered("1", "Trygg omsorg")).isEqualTo("1: Trygg omsorg");
    assertThat(Goal.numbered("KF-mål 1", "Trygg omsorg")).isEqualTo("KF-mål 1: Trygg omsorg");
    assertThat(Goal.numbered(null, "Trygg omsorg")).isEqualTo("Trygg omsorg");
  }
}
