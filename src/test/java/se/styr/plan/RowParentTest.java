package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.budget.BudgetTable;
import se.styr.budget.TableJson;
import se.styr.budget.TableState;
import se.styr.checks.Checker;

/**
 * A row label of two levels (a committee above its activities in one table): read, written, given
 * by the API, and no part of the arithmetic (its print: {@code TablePrintTest}).
 */
class RowParentTest {
  private static final String FILE =
      PlanFiles.VALID
          .replace(
              "{key: sabo, label: Särskilt boende, area: sabo, values: [100, 110]}",
              "{key: sabo, label: Särskilt boende, parent: Omsorgsnämnden, area: sabo, values:"
                  + " [100, 110]}")
          .replace(
              "{key: hemtjanst, label: Hemtjänst, area: hemtjanst, values: [200, 210]}",
              "{key: hemtjanst, label: Hemtjänst, parent: Omsorgsnämnden, area: hemtjanst,"
                  + " values: [200, 210]}");

  @Test
  void readsWritesAndGivesAParentLabel() {
    PlanDocument plan = PlanFileReader.read("två-nivåer.yaml", FILE);
    BudgetTable table = plan.tables().get(0);
    assertThat(table.rows())
        .extracting(r -> r.parent())
        .containsExactly("Omsorgsnämnden", "Omsorgsnämnden", null);
    String written = PlanFileWriter.write(plan);
    assertThat(PlanFileReader.read("igen.yaml", written).tables().get(0)).isEqualTo(table);
    TableJson json = TableJson.of(table, new TableState(1, 0, null, null, null));
    assertThat(json.rows().get(0).parent()).isEqualTo("Omsorgsnämnden");
    assertThat(json.toTable(table.key())).isEqualTo(table);
    assertThat(Checker.check(plan.tables(), List.of(), "p")).isEmpty();
  }
}
