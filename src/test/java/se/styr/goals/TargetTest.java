package se.styr.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        ">= 90",
        "> 90",
        "<= 7.5",
        "< 7.5",
        "= 100",
        "0 +- 0.5",
        "-1 +- 0.25",
        "increase",
        "decrease",
        "maintain",
        "increase_or_maintain",
        "decrease_or_maintain",
        "all",
        "yes",
        "no",
        "best 25%",
        "middle 50%",
        "falling from 2023",
        "<= 7.5 and falling from 2023",
        "best 25% and decrease"
      })
  void readsEveryTargetFormAndWritesItBackTheSame(String text) {
    assertThat(Target.parse(text).text()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Öka",
        "90%",
        ">= nittio",
        "best 0%",
        "best 101%",
        "falling from 23",
        "increase and",
        " ",
        "+- 0.5"
      })
  void refusesMalformedTargetsNamingWhatIsWrong(String text) {
    assertThatThrownBy(() -> Target.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"increase", ">= 90", "all", "yes"})
  void impliesHigherIsBetterForIncreasingTargets(String text) {
    assertThat(Target.parse(text).implies()).isEqualTo(Better.HIGHER);
  }
}
