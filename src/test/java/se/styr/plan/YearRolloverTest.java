package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styr.budget.BudgetTable;
import se.styr.budget.TableColumn;
import se.styr.version.PlanStatus;

/** Next year's plan from a decided one: every year moves on, figures follow their year. */
class YearRolloverTest {
  private static final PlanDocument TROLLHATTAN =
      PlanFileReader.read(Path.of("demo/trollhattan-omsorgsnamnden-2024.yaml"));

  private static BudgetTable first(PlanDocument plan) {
    return plan.tables().get(0);
  }

  @Test
  void everyYearMovesOnByOneInThePeriodTitleLabelsAndKeys() {
    PlanDocument next = YearRollover.of(TROLLHATTAN, List.of()).plan();
    assertThat(next.header().period().budgetYear()).isEqualTo(2025);
    assertThat(next.header().period().historyYears()).containsExactly(2023, 2024);
    assertThat(next.header().period().planYears()).containsExactly(2026, 2027);
    assertThat(next.header().title()).isEqualTo("Verksamhetsplan med budget 2025");
    assertThat(next.version().number()).isEqualTo(1);
    assertThat(next.version().status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(next.version().decisions()).isEmpty();
    assertThat(first(next).columns())
        .extracting(TableColumn::key, TableColumn::label, TableColumn::year)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("b2023", "Bokslut 2023", 2023),
            org.assertj.core.groups.Tuple.tuple("b2024", "Budget 2024", 2024),
            org.assertj.core.groups.Tuple.tuple("b2025", "Budget 2025", 2025),
            org.assertj.core.groups.Tuple.tuple("p2026", "Plan 2026", 2026),
            org.assertj.core.groups.Tuple.tuple("p2027", "Plan 2027", 2027));
  }

  @Test
  void figuresFollowTheirYearAndAYearNobodyPlannedOrReportedStaysBlank() {
    YearRollover.Result result = YearRollover.of(TROLLHATTAN, List.of());
    BudgetTable before = first(TROLLHATTAN);
    BudgetTable after = first(result.plan());
    for (int r = 0; r < before.rows().size(); r++) {
      var old = before.rows().get(r);
      var now = after.rows().get(r);
      assertThat(now.cell(0).isBlank()).as("Bokslut 2023: not in Styr").isTrue();
      assertThat(now.cell(1)).as("Budget 2024 from Budget 2024").isEqualTo(old.cell(2));
      assertThat(now.cell(2)).as("Budget 2025 from Plan 2025").isEqualTo(old.cell(3));
      assertThat(now.cell(3)).as("Plan 2026 from Plan 2026").isEqualTo(old.cell(4));
      assertThat(now.cell(4).isBlank()).as("Plan 2027: nobody planned it").isTrue();
    }
    assertThat(result.shifts())
        .filteredOn(s -> s.table().equals(before.title()))
        .extracting(YearRollover.Shift::after, YearRollover.Shift::source, YearRollover.Shift::from)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Bokslut 2023", YearRollover.Source.BLANK, null),
            org.assertj.core.groups.Tuple.tuple(
                "Budget 2024", YearRollover.Source.CARRIED, "Budget 2024"),
            org.assertj.core.groups.Tuple.tuple(
                "Budget 2025", YearRollover.Source.CARRIED, "Plan 2025"),
            org.assertj.core.groups.Tuple.tuple(
                "Plan 2026", YearRollover.Source.CARRIED, "Plan 2026"),
            org.assertj.core.groups.Tuple.tuple("Plan 2027", YearRollover.Source.BLANK, null));
  }

  @Test
  void anOutcomeColumnIsFilledFromTheAnnualFollowUpOfItsYearPerArea() {
    BudgetTable table = first(TROLLHATTAN);
    var item =
        table.rows().stream()
            .filter(r -> r.role() == se.styr.budget.RowRole.ITEM && r.area() != null)
            .findFirst()
            .orElseThrow();
    YearRollover.AnnualOutcome outcome =
        new YearRollover.AnnualOutcome(
            2023,
            table.unit(),
            Map.of(item.area(), new BigDecimal("-1234.5")),
            "Årsredovisning 2023");
    YearRollover.Result result = YearRollover.of(TROLLHATTAN, List.of(outcome));
    var row =
        first(result.plan()).rows().stream()
            .filter(r -> r.key().equals(item.key()))
            .findFirst()
            .orElseThrow();
    assertThat(row.cell(0).value()).isEqualByComparingTo("-1234.5");
    assertThat(result.shifts().get(0).source()).isEqualTo(YearRollover.Source.FILLED);
    assertThat(result.shifts().get(0).from()).isEqualTo("Årsredovisning 2023");
  }

  @Test
  void theNewDraftIsAPlanFileThatReadsBackWithItsRelationsOnTheRenamedColumns() {
    for (String file :
        List.of(
            "demo/trollhattan-omsorgsnamnden-2024.yaml",
            "demo/sodertalje-omsorgsnamnden-2025.yaml",
            "demo/lerum-stod-och-omsorgsnamnden-2024.yaml",
            "demo/ale-socialnamnden-2024.yaml",
            "demo/smedjebacken-omsorgsnamnden-2025.yaml",
            "src/test/resources/plans/frame-chain.yaml")) {
      PlanDocument decided = PlanFileReader.read(Path.of(file));
      PlanDocument next = YearRollover.of(decided, List.of()).plan();
      String written = PlanFileWriter.write(next);
      PlanDocument read = PlanFileReader.read(file + "-next.yaml", written);
      assertThat(read.header().period().budgetYear())
          .as(file)
          .isEqualTo(decided.header().period().budgetYear() + 1);
    }
    PlanDocument chain =
        YearRollover.of(
                PlanFileReader.read(Path.of("src/test/resources/plans/frame-chain.yaml")),
                List.of())
            .plan();
    assertThat(first(chain).relations())
        .extracting(Object::toString)
        .anySatisfy(r -> assertThat(r).contains("ram.b2025"));
  }

  @Test
  void aValueReportedAtAFollowUpBecomesTheBaselineWithItsPeriodAndReport() {
    PlanDocument sodertalje =
        PlanFileReader.read(Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml"));
    se.styr.goals.Indicator indicator =
        sodertalje.goals().indicators().stream()
            .filter(i -> i.unit() == se.styr.goals.IndicatorUnit.PERCENT)
            .findFirst()
            .orElseThrow();
    YearRollover.ReportedValue reported =
        new YearRollover.ReportedValue(
            indicator.key(),
            new se.styr.goals.IndicatorValue(
                "2025-12",
                "87,5 %",
                new se.styr.goals.Quantity.Amount(new java.math.BigDecimal("87.5")),
                false,
                null,
                null),
            "Årsredovisning 2025");
    YearRollover.Result result = YearRollover.of(sodertalje, List.of(), List.of(reported));
    se.styr.goals.Baseline baseline =
        result.plan().goals().indicators().stream()
            .filter(i -> i.key().equals(indicator.key()))
            .findFirst()
            .orElseThrow()
            .baseline();
    assertThat(baseline.period()).isEqualTo("2025-12");
    assertThat(baseline.value().text()).isEqualTo("87.5");
    assertThat(baseline.printed()).isEqualTo("87,5 %");
    assertThat(result.goals())
        .anySatisfy(
            t -> {
              assertThat(t.key()).isEqualTo("plan.next.baselineReported");
              assertThat(t.swedish()).contains("87,5").contains("Årsredovisning 2025");
            });
  }

  @Test
  void indicatorsStartFromTheirLatestValueAndKeepOnlyTargetsOfTheNewYearsOn() {
    int notes = 0;
    for (String file :
        List.of(
            "demo/trollhattan-omsorgsnamnden-2024.yaml",
            "demo/sodertalje-omsorgsnamnden-2025.yaml",
            "demo/lerum-stod-och-omsorgsnamnden-2024.yaml",
            "demo/ale-socialnamnden-2024.yaml",
            "demo/smedjebacken-omsorgsnamnden-2025.yaml")) {
      PlanDocument decided = PlanFileReader.read(Path.of(file));
      YearRollover.Result result = YearRollover.of(decided, List.of());
      int year = result.plan().header().period().budgetYear();
      notes += result.goals().size();
      for (se.styr.goals.Indicator indicator : result.plan().goals().indicators()) {
        assertThat(indicator.targets())
            .as(file + " " + indicator.key())
            .allSatisfy(
                t ->
                    assertThat(t.years())
                        .allSatisfy(y -> assertThat(y).isGreaterThanOrEqualTo(year)));
        indicator.values().stream()
            .filter(v -> !v.missing())
            .forEach(
                v ->
                    assertThat(indicator.baseline())
                        .as(file + " " + indicator.key() + " baseline after " + v.period())
                        .isNotNull()
                        .satisfies(
                            b ->
                                assertThat(se.styr.shared.Period.order(b.period()))
                                    .isGreaterThanOrEqualTo(
                                        se.styr.shared.Period.order(v.period()))));
      }
    }
    assertThat(notes).as("some seed has a baseline to move or a past target").isPositive();
  }

  @Test
  void onlyCommitmentsStillOpenCarryOver() {
    List<se.styr.goals.Assignment> assignments = TROLLHATTAN.goals().assignments();
    assertThat(assignments).isNotEmpty();
    String reported = assignments.get(0).key();
    YearRollover.Result result =
        YearRollover.of(
            TROLLHATTAN,
            List.of(
                new YearRollover.AnnualOutcome(
                    2024, "tkr", Map.of(), "Årsredovisning 2024", java.util.Set.of(reported))));
    assertThat(result.plan().goals().assignments())
        .extracting(se.styr.goals.Assignment::key)
        .doesNotContain(reported)
        .allSatisfy(
            k ->
                assertThat(
                        assignments.stream()
                            .filter(a -> a.key().equals(k))
                            .findFirst()
                            .orElseThrow()
                            .status())
                    .isNotIn(se.styr.shared.Status.DONE, se.styr.shared.Status.CANCELLED));
    assertThat(result.goals()).extracting(se.styr.shared.Text::key).contains("plan.next.finished");
    // a report of another year finishes nothing
    assertThat(
            YearRollover.of(
                    TROLLHATTAN,
                    List.of(
                        new YearRollover.AnnualOutcome(
                            2023,
                            "tkr",
                            Map.of(),
                            "Årsredovisning 2023",
                            java.util.Set.of(reported))))
                .plan()
                .goals()
                .assignments())
        .extracting(se.styr.goals.Assignment::key)
        .contains(reported);
  }

  @Test
  void aYearInTextIsMovedOnButNotOtherNumbers() {
    assertThat(YearRollover.nextYear("Budget 2024 (per november 2023)"))
        .isEqualTo("Budget 2025 (per november 2024)");
    assertThat(YearRollover.nextYear("b2024")).isEqualTo("b2025");
    assertThat(YearRollover.nextYear("12024 kr och 300")).isEqualTo("12024 kr och 300");
  }
}
