package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KeptSectionsTest {
  static Stream<Path> demoPlans() {
    return Stream.of(
            "ale-socialnamnden-2024.yaml",
            "lerum-stod-och-omsorgsnamnden-2024.yaml",
            "smedjebacken-omsorgsnamnden-2025.yaml",
            "sodertalje-omsorgsnamnden-2025.yaml",
            "trollhattan-omsorgsnamnden-2024.yaml")
        .map(name -> Path.of("demo", name));
  }

  /** The plan without its sections, as the store has it before reading them. */
  private static PlanDocument bare(PlanDocument plan) {
    return plan.withSections(null, null, null).withForecasts(null);
  }

  @ParameterizedTest
  @MethodSource("demoPlans")
  void aTextReadAgainGivesTheSamePlanAsReadingItAfreshWithoutParsingItAgain(Path file) {
    PlanDocument plan = PlanFileReader.read(file);
    String text = StoredSections.write(plan);
    KeptSections kept = new KeptSections(8, 1 << 24);

    PlanDocument first = kept.read(bare(plan), text);
    PlanDocument again = kept.read(bare(plan), text);

    assertThat(first).isEqualTo(StoredSections.read(bare(plan), text));
    assertThat(again).isEqualTo(first);
    assertThat(again.goals()).isSameAs(first.goals());
    assertThat(again.followUp()).isSameAs(first.followUp());
    assertThat(kept.size()).isEqualTo(1);
  }

  @Test
  void aPlanTheKeptSectionsNoLongerFitIsRefusedAsWhenReadAfresh() {
    int refused = 0;
    for (Path file : demoPlans().toList()) {
      PlanDocument plan = PlanFileReader.read(file);
      String text = StoredSections.write(plan);
      KeptSections kept = new KeptSections(8, 1 << 24);
      kept.read(bare(plan), text);
      PlanDocument noAreas = withoutAreas(bare(plan));

      Throwable afresh = catchThrowable(() -> StoredSections.read(noAreas, text));
      if (afresh == null) {
        assertThat(kept.read(noAreas, text)).isEqualTo(StoredSections.read(noAreas, text));
        continue;
      }
      refused++;
      assertThatThrownBy(() -> kept.read(noAreas, text))
          .isInstanceOf(afresh.getClass())
          .hasMessage(afresh.getMessage());
    }
    assertThat(refused).as("demo plans whose sections name their areas").isPositive();
  }

  @Test
  void keepsAtMostItsNumberOfTextsTheLeastRecentlyReadGoingFirst() {
    List<PlanDocument> plans = demoPlans().map(PlanFileReader::read).toList();
    KeptSections kept = new KeptSections(2, 1 << 24);
    for (PlanDocument plan : plans) {
      kept.read(bare(plan), StoredSections.write(plan));
    }
    assertThat(kept.size()).isEqualTo(2);
  }

  @Test
  void keepsNoMoreCharactersThanItMay() {
    PlanDocument plan = PlanFileReader.read(demoPlans().findFirst().orElseThrow());
    String text = StoredSections.write(plan);
    KeptSections kept = new KeptSections(8, text.length() - 1);
    assertThat(kept.read(bare(plan), text)).isEqualTo(StoredSections.read(bare(plan), text));
    assertThat(kept.size()).isZero();
  }

  private static PlanDocument withoutAreas(PlanDocument plan) {
    return new PlanDocument(
        plan.municipality(),
        plan.committee(),
        plan.header(),
        plan.version(),
        List.of(),
        plan.content(),
        plan.textFigures(),
        plan.goals(),
        plan.savingsMeasures(),
        plan.followUp(),
        plan.forecasts());
  }
}
