package se.styr;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Styr's packages keep the declared order (docs/adr/0010-one-package-per-feature.md): no package
 * cycles, and every dependency points down. Read from the compiled main classes.
 */
class BoundariesTest {
  private static final JavaClasses STYR =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("se.styr");

  @Test
  void hasNoPackageCycles() {
    assertThat(Boundaries.styr().cycles(STYR)).isEmpty();
  }

  @Test
  void everyDependencyPointsDownTheDeclaredOrder() {
    assertThat(Boundaries.styr().violations(STYR)).isEmpty();
  }

  @Test
  void reportsADependencyAgainstTheOrderAndTheCycleItMakes() {
    JavaClasses fixture = new ClassFileImporter().importPackages("se.styr.boundaries");
    Boundaries order = Boundaries.of("se.styr.boundaries").rank("low").rank("high");

    assertThat(order.violations(fixture))
        .singleElement()
        .asString()
        .startsWith("low -> high: Lower uses se.styr.boundaries.high.Higher")
        .endsWith("(against the order)");
    assertThat(order.cycles(fixture)).containsExactly("high, low");
  }

  @Test
  void reportsFeaturesThatKnowEachOther() {
    JavaClasses fixture = new ClassFileImporter().importPackages("se.styr.boundaries");
    Boundaries order = Boundaries.of("se.styr.boundaries").rank("low", "high");

    assertThat(order.violations(fixture))
        .hasSize(2)
        .allSatisfy(
            line -> assertThat(line).endsWith("(same rank: features know nothing of each other)"));
  }
}
