package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.budget.BudgetTable;
import se.styr.budget.CellRelation;
import se.styr.budget.TableJson;
import se.styr.budget.TableState;
import se.styr.checks.Checker;
import se.styr.checks.Finding;
import se.styr.checks.FindingKind;

/**
 * Relations a plan states between figures: a percentage of another figure, a figure carried from
 * another year or table, and any number of them in one table; each broken one is reported.
 */
class CellRelationsTest {
  private static String plan(String rows, String... relations) {
    StringBuilder file =
        new StringBuilder(
            """
            format: styr-plan/1
            municipality: {code: "1488", name: Trollhättan}
            committee: {name: Omsorgsnämnden}
            plan: {title: Budget 2025, budgetYear: 2025, historyYears: [2024], planYears: [2026]}
            version: {number: 1, status: draft}
            content:
              - table: ram
                kind: operating_summary
                title: Ram
                unit: tkr
                itemised: false
                columns:
                  - {key: b2024, label: Budget 2024, type: budget, year: 2024}
                  - {key: b2025, label: Budget 2025, type: budget, year: 2025}
                rows:
            """);
    file.append(rows);
    if (relations.length > 0) {
      file.append("    relations:\n");
      for (String relation : relations) {
        file.append("      - ").append(relation).append('\n');
      }
    }
    return file.toString();
  }

  private static List<Finding> findings(String file) {
    PlanDocument plan = PlanFileReader.read("samband.yaml", file);
    return Checker.check(plan.tables(), plan.textFigures(), "p");
  }

  private static final String INDEX_ROWS =
      """
            - {key: ram, label: Ram, role: info, values: [1128189, 1150752]}
            - {key: index, label: Uppräkning 2 %, role: info, values: [null, 22563]}
      """;

  @Test
  void reportsAnIndexCutInsteadOfRounded() {
    assertThat(findings(plan(INDEX_ROWS, "index.b2025 = 2 % * ram.b2024")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.MISMATCH);
              assertThat(f.stated()).isEqualByComparingTo("22563");
              assertThat(f.computed()).isEqualByComparingTo("22563.78");
              assertThat(f.explanation()).contains("the relation index.b2025 = 2 % * ram.b2024");
            });
    assertThat(
            findings(plan(INDEX_ROWS.replace("22563", "22564"), "index.b2025 = 2 % * ram.b2024")))
        .isEmpty();
  }

  @Test
  void reportsAFrameThatDoesNotCarryOnFromLastYearsFrame() {
    String rows =
        """
              - {key: ram, label: Ram, role: info, values: [1128189, 1150753]}
              - {key: index, label: Uppräkning, role: info, values: [null, 22564]}
        """;
    assertThat(findings(plan(rows, "ram.b2025 = ram.b2024 + index.b2025"))).isEmpty();
    assertThat(
            findings(
                plan(rows.replace("1150753", "1150000"), "ram.b2025 = ram.b2024 + index.b2025")))
        .singleElement()
        .extracting(Finding::kind)
        .isEqualTo(FindingKind.MISMATCH);
  }

  @Test
  void checksEveryRelationOfATableAndReportsEachBrokenOne() {
    String rows =
        """
              - {key: intakter, label: Intäkter, role: info, values: [4, 10]}
              - {key: kostnader, label: Kostnader, role: info, values: [2, -8]}
              - {key: netto, label: Netto, role: info, values: [7, 2]}
        """;
    assertThat(
            findings(
                plan(
                    rows,
                    "netto.b2024 = intakter.b2024 + kostnader.b2024",
                    "netto.b2025 = intakter.b2025 + kostnader.b2025")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.column()).isEqualTo("Budget 2024");
              assertThat(f.stated()).isEqualByComparingTo("7");
              assertThat(f.computed()).isEqualByComparingTo("6");
            });
  }

  @Test
  void aRelationStatedForEveryColumnOfARowIsCheckedInEachColumn() {
    String rows =
        """
              - {key: intakter, label: Intäkter, role: info, values: [4, 10]}
              - {key: kostnader, label: Kostnader, role: info, values: [2, -8]}
              - {key: netto, label: Netto, role: info, values: [7, 5]}
        """;
    assertThat(findings(plan(rows, "netto.* = intakter.* + kostnader.*")))
        .extracting(Finding::column, Finding::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Budget 2024", FindingKind.ROUNDING),
            org.assertj.core.groups.Tuple.tuple("Budget 2025", FindingKind.MISMATCH));
  }

  @Test
  void aRelationStatedForEveryRowOfAColumnIsCheckedInEachRowButHeadings() {
    String rows =
        """
              - {key: rubrik, label: Verksamhet, role: heading}
              - {key: a, label: A, role: info, values: [100, 102]}
              - {key: b, label: B, role: info, values: [200, 209]}
              - {key: c, label: C, role: info, values: [300, null]}
        """;
    assertThat(findings(plan(rows, "'*.b2025 = 102 % * *.b2024'")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rowKey()).isEqualTo("b");
              assertThat(f.computed()).isEqualByComparingTo("204");
              assertThat(f.explanation()).contains("the relation b.b2025 = 102 % * b.b2024");
            });
  }

  @Test
  void aStarStandsOnlyWhereTheStatedCellHasOne() {
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    se.styr.shared.file.BadFileException.class,
                    () -> findings(plan(INDEX_ROWS, "index.b2025 = ram.*")))
                .problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("* in ram.*"));
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    se.styr.shared.file.BadFileException.class,
                    () -> findings(plan(INDEX_ROWS, "'*.* = ram.b2024'")))
                .problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("either in every row"));
    assertThat(CellRelation.parse("netto.* = intakter.* + kostnader.*").toString())
        .isEqualTo("netto.* = intakter.* + kostnader.*");
  }

  @Test
  void aRelationWithABlankPartIsNotChecked() {
    assertThat(findings(plan(INDEX_ROWS, "index.b2025 = 2 % * index.b2024"))).isEmpty();
  }

  @Test
  void namesARelationThatIsNotOneOrNamesNoCell() {
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    se.styr.shared.file.BadFileException.class,
                    () -> findings(plan(INDEX_ROWS, "index.b2025 = 2 % * okand.b2024")))
                .problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("the cell okand.b2024"));
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    se.styr.shared.file.BadFileException.class,
                    () -> findings(plan(INDEX_ROWS, "index.b2025 == ram.b2024")))
                .problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("write the relation"));
  }

  @Test
  void writesStoresAndGivesRelationsBackAsStated() {
    PlanDocument plan =
        PlanFileReader.read(
            "samband.yaml",
            plan(
                INDEX_ROWS,
                "index.b2025 = 2 % * ram.b2024",
                "ram.b2025 = ram.b2024 + index.b2025"));
    BudgetTable table = plan.tables().get(0);
    assertThat(table.relations()).hasSize(2);
    assertThat(PlanFileReader.read("igen.yaml", PlanFileWriter.write(plan)).tables())
        .isEqualTo(plan.tables());
    TableJson json = TableJson.of(table, new TableState(1, 0, null, null, null));
    assertThat(json.relations())
        .containsExactly("index.b2025 = 2 % * ram.b2024", "ram.b2025 = ram.b2024 + index.b2025");
    assertThat(json.toTable(table.key())).isEqualTo(table);
    assertThat(CellRelation.parse("x.a = - 0,5 * y.b - z.c").toString())
        .isEqualTo("x.a = - 50 % * y.b - z.c");
  }
}
