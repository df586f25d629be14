package se.styr.budget.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styr.budget.BudgetTable;
import se.styr.budget.TableState;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.security.Caller;
import se.styr.security.Grant;
import se.styr.security.PlanScope;
import se.styr.shared.Text;

/** A budget table as its page shows it. */
class TableViewTest {
  private static TableView view(String file) {
    PlanDocument plan = PlanFileReader.read(Path.of("src/test/resources/plans", file));
    Map<String, BudgetTable> tables = new HashMap<>();
    plan.tables().forEach(t -> tables.put(t.key(), t));
    BudgetTable table = plan.tables().get(0);
    return TableView.of(
        table,
        tables,
        new TableState(1, 0, null, null, null),
        plan.findings("plan"),
        new Caller("anna", "Anna", List.of(Grant.administrator())),
        new PlanScope("1488", 1),
        true);
  }

  @Test
  void showsTheRelationsItsTableStatesInThePlansOwnWords() {
    assertThat(view("follow-up-relations.yaml").relations())
        .extracting(Text::swedish)
        .containsExactly(
            "i varje kolumn: Netto = Intäkter + Kostnader",
            "i varje rad: Förändring sedan februari = Prognos april − Prognos februari");
  }

  @Test
  void namesEachFigureByItsRowAndColumnAndAPercentageAsAShareOfIt() {
    assertThat(view("frame-chain.yaml").relations())
        .extracting(Text::swedish)
        .startsWith(
            "Uppräkning 2 %, Budget 2025 = 2\u00a0% av Ram, Budget 2024",
            "Ram, Budget 2025 = Ram, Budget 2024 + Uppräkning 2 %, Budget 2025");
  }
}
