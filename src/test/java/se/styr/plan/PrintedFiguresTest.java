package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.TableJson;
import se.styr.budget.TableState;
import se.styr.checks.Checker;
import se.styr.documents.model.TablePrint;

/**
 * A figure is printed as its source stated it ("1144" without a space, "-0", "– 1,8", a dash for no
 * figure) and checked by its value; a dash is no value and never a zero.
 */
class PrintedFiguresTest {
  private static final String FILE =
      PlanFiles.VALID
          .replace(
              "- {key: b2024, label: Budget 2024, type: budget, year: 2024}",
              "- {key: b2024, label: Budget 2024, type: budget, year: 2024}\n"
                  + "      - {key: b2025, label: Budget 2025, type: budget, year: 2025}\n"
                  + "      - {key: b2026, label: Budget 2026, type: budget, year: 2026}")
          .replace("planYears: [2025]", "planYears: [2025, 2026]")
          .replace(
              "{key: sabo, label: Särskilt boende, area: sabo, values: [100, 110]}",
              "{key: sabo, label: Särskilt boende, area: sabo, values: [\"1144\", \"–\", \"-0\","
                  + " \"– 1,8\"]}")
          .replace(
              "{key: hemtjanst, label: Hemtjänst, area: hemtjanst, values: [200, 210]}",
              "{key: hemtjanst, label: Hemtjänst, area: hemtjanst, values: [200, 210, 5, 3]}")
          .replace(
              "{key: summa, label: Summa, role: total, values: [300, 320]}",
              "{key: summa, label: Summa, role: total, values: [1344, 999, 5, 1.2]}");

  private static BudgetTable table() {
    return PlanFileReader.read("tryckt.yaml", FILE).tables().get(0);
  }

  @Test
  void keepsEachFigureAsTheSourcePrintedItBesideItsValue() {
    List<Cell> cells = table().rows().get(0).cells();
    assertThat(cells.get(0).value()).isEqualByComparingTo("1144");
    assertThat(cells.get(0).printed()).isEqualTo("1144");
    assertThat(cells.get(1).isDash()).isTrue();
    assertThat(cells.get(1).value()).isNull();
    assertThat(cells.get(2).value()).isEqualByComparingTo("0");
    assertThat(cells.get(2).printed()).isEqualTo("-0");
    assertThat(cells.get(3).value()).isEqualByComparingTo("-1.8");
    assertThat(cells.get(3).printed()).isEqualTo("– 1,8");
    // a plain YAML number is printed Styr's way
    assertThat(table().rows().get(1).cells().get(0).printed()).isNull();
  }

  @Test
  void printsEachFigureAsStatedInEveryFormat() {
    List<Cell> cells = table().rows().get(0).cells();
    assertThat(cells.stream().map(TablePrint::figure).toList())
        .containsExactly("1144", "–", "-0", "–\u00a01,8");
  }

  @Test
  void checksByValueAndNeverReadsADashAsZero() {
    // 1144 + 200 = 1344 agrees; the dash column is not checked (999 is not 0 + 210);
    // -0 + 5 = 5 agrees; -1,8 + 3 = 1,2 agrees
    assertThat(Checker.check(List.of(table()), List.of(), "p")).isEmpty();
  }

  @Test
  void writesReadsAndGivesThePrintedFormsBack() {
    PlanDocument plan = PlanFileReader.read("tryckt.yaml", FILE);
    String written = PlanFileWriter.write(plan);
    assertThat(PlanFileReader.read("igen.yaml", written).tables()).isEqualTo(plan.tables());
    BudgetTable table = plan.tables().get(0);
    TableJson json = TableJson.of(table, new TableState(1, 0, null, null, null));
    assertThat(json.rows().get(0).values())
        .extracting(TableJson.Value::printed)
        .containsExactly("1144", "–", "-0", "– 1,8");
    assertThat(json.toTable(table.key())).isEqualTo(table);
  }
}
