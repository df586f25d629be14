package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.styr.checks.Finding;
import se.styr.checks.FindingKind;

/**
 * The five seed plans of demo/: every printed figure is there, and the checker finds exactly their
 * errors.
 */
public class SeedPlansTest {

  public static PlanDocument demo(String name) {
    return PlanFileReader.read(Path.of("demo", name + ".yaml"));
  }

  static Stream<String> plans() {
    return SeedFigures.PLANS.stream();
  }

  @ParameterizedTest
  @MethodSource("plans")
  void holdsEveryFigureOfTheSeedTablesAsPrinted(String name) {
    assertThat(SeedFigures.assertFigures(name, demo(name))).isPositive();
  }

  /** One expected finding: table, row, column, stated, computed (or units), kind. */
  record Expected(
      String table, String row, String column, String stated, String computed, FindingKind kind) {
    static Expected of(Finding f) {
      boolean unit = f.kind() == FindingKind.UNIT;
      return new Expected(
          f.table(),
          f.row(),
          f.column(),
          unit ? f.statedUnit() : f.stated().toPlainString(),
          unit ? f.computedUnit() : f.computed().toPlainString(),
          f.kind());
    }
  }

  private static List<Expected> findings(String name) {
    return demo(name).findings().stream().map(Expected::of).toList();
  }

  @Test
  void findsTrollhattansRoundedTotalsItsUnitAndItsDistributionThatDoesNotAddUp() {
    assertThat(findings("trollhattan-omsorgsnamnden-2024"))
        .containsExactly(
            new Expected(
                "Driftsammandrag",
                "Summa",
                "Budget 2024",
                "1325246",
                "1325245",
                FindingKind.ROUNDING),
            new Expected(
                "Driftsammandrag",
                "Summa",
                "Plan 2025",
                "1325246",
                "1325245",
                FindingKind.ROUNDING),
            new Expected(
                "Driftsammandrag",
                "Summa",
                "Plan 2026",
                "1325246",
                "1325245",
                FindingKind.ROUNDING),
            new Expected("Driftsammandrag", "Summa", "Budget 2024", "Mkr", "tkr", FindingKind.UNIT),
            new Expected(
                "Fördelning av ramtillskott för ökning av målgruppsbehov",
                "Nya målgruppsbehov",
                "Belopp",
                "9.9",
                "12.8",
                FindingKind.MISMATCH));
  }

  @Test
  void findsSmedjebackensRoundedTotalAndItsStatisticsThatContradictEachOther() {
    assertThat(findings("smedjebacken-omsorgsnamnden-2025"))
        .containsExactly(
            new Expected(
                "Verksamhetssammandrag",
                "Summa",
                "Budget 2029",
                "288133",
                "288132",
                FindingKind.ROUNDING),
            new Expected(
                "Andel med insatser",
                "Totalt antal på säbo",
                "2030",
                "174",
                "175",
                FindingKind.ROUNDING),
            new Expected(
                "Andel med insatser",
                "Totalt antal på säbo",
                "2040",
                "182",
                "183",
                FindingKind.ROUNDING),
            new Expected(
                "Folkmängd 65+",
                "Totalt antal med hemtjänst",
                "Utfall 2022",
                "319",
                "296",
                FindingKind.MISMATCH),
            new Expected(
                "Folkmängd 65+",
                "Totalt antal på säbo",
                "Utfall 2022",
                "143",
                "130",
                FindingKind.MISMATCH),
            new Expected(
                "Folkmängd 65+",
                "Totalt antal på säbo",
                "Utfall 2023",
                "141",
                "138",
                FindingKind.MISMATCH),
            new Expected(
                "Behov antal platser Säbo",
                "Ålder 80-w",
                "Utfall 2021",
                "87",
                "95",
                FindingKind.MISMATCH),
            new Expected(
                "Behov antal platser Säbo",
                "Totalt på säbo",
                "2024",
                "149",
                "156",
                FindingKind.MISMATCH));
  }

  @Test
  void findsLerumsRoundedResultsPerProductionArea() {
    assertThat(findings("lerum-stod-och-omsorgsnamnden-2024"))
        .containsExactly(
            new Expected(
                "Produktionsområden 2024",
                "Ledning och internservice",
                "Budgeterat resultat 2023",
                "-31.7",
                "-31.6",
                FindingKind.ROUNDING),
            new Expected(
                "Produktionsområden 2024",
                "Äldreboende",
                "Budgeterat resultat 2023",
                "-287.7",
                "-287.8",
                FindingKind.ROUNDING),
            new Expected(
                "Produktionsområden 2024",
                "Hälsa-sjukvård och hälsofrämjande",
                "Budgeterat resultat 2024",
                "-97.8",
                "-97.7",
                FindingKind.ROUNDING),
            new Expected(
                "Produktionsområden 2024",
                "Arbetsliv och Stöd *",
                "Budgeterat resultat 2024",
                "-77.7",
                "-77.8",
                FindingKind.ROUNDING));
  }

  @Test
  void findsTheWrongUnitOfSodertaljesReinvestments() {
    assertThat(findings("sodertalje-omsorgsnamnden-2025"))
        .containsExactly(
            new Expected("Reinvesteringar", "Totalt", "2025", "mnkr", "tkr", FindingKind.UNIT));
  }

  @Test
  void findsNothingInAlesTablesBecauseTheyAddUp() {
    assertThat(findings("ale-socialnamnden-2024")).isEmpty();
  }

  @Test
  void reportsMismatchesInMoreThanOnePlan() {
    long plansWithMismatch =
        plans()
            .filter(p -> findings(p).stream().anyMatch(f -> f.kind() == FindingKind.MISMATCH))
            .count();
    assertThat(plansWithMismatch).isGreaterThan(1);
  }

  private static List<String> goalFindings(String name) {
    return demo(name).goalFindings(name).stream()
        .map(f -> f.kind() + " " + f.key() + (f.field() == null ? "" : " " + f.field()))
        .toList();
  }

  @Test
  void findsTheGoalChainFaultsOfTheSeeds() {
    assertThat(goalFindings("trollhattan-omsorgsnamnden-2024")).isEmpty();
    assertThat(goalFindings("smedjebacken-omsorgsnamnden-2025"))
        .containsExactly(
            "NO_COMPARISON_DATA ensamhet targets 2024", "NO_COMPARISON_DATA ensamhet targets 2025",
            "NO_COMPARISON_DATA ensamhet targets 2026", "NO_COMPARISON_DATA ensamhet targets 2027",
            "NO_COMPARISON_DATA medarbetarengagemang targets 2024",
                "NO_COMPARISON_DATA medarbetarengagemang targets 2025",
            "NO_COMPARISON_DATA medarbetarengagemang targets 2026",
                "NO_COMPARISON_DATA medarbetarengagemang targets 2027");
    assertThat(goalFindings("lerum-stod-och-omsorgsnamnden-2024"))
        .hasSize(5)
        .allMatch(f -> f.startsWith("NO_TARGET "));
    assertThat(goalFindings("sodertalje-omsorgsnamnden-2025"))
        .containsExactly(
            "NO_TARGET vald-nara-relation targets",
            "NO_TARGET kallsortering targets",
            "NO_TARGET fornybara-drivmedel targets",
            "BAND_GAP budgetfoljsamhet bands",
            "SUBGOALS kf6 rule");
    assertThat(goalFindings("ale-socialnamnden-2024"))
        .hasSize(4)
        .allMatch(f -> f.startsWith("NO_TARGET "));
  }
}
