package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.styr.budget.BudgetTable;
import se.styr.budget.TableColumn;
import se.styr.organisation.Committee;

class PlanTemplateTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "demo/ale-socialnamnden-2024.yaml",
        "demo/lerum-stod-och-omsorgsnamnden-2024.yaml",
        "demo/smedjebacken-omsorgsnamnden-2025.yaml",
        "demo/sodertalje-omsorgsnamnden-2025.yaml",
        "demo/trollhattan-omsorgsnamnden-2024.yaml"
      })
  void aTemplateOfEverySeedStartsAPlanThatThePlanFileRulesAccept(String file) {
    PlanDocument plan = PlanFileReader.read(Path.of(file));
    PlanDocument template = PlanTemplate.of(plan);
    // kept as a plan file and read back: what the store keeps
    PlanDocument kept = PlanFileReader.read("template", PlanFileWriter.write(template));
    assertThat(kept.goals().goalLevels()).isEqualTo(plan.goals().goalLevels());
    assertThat(kept.goals().goals()).isEmpty();
    assertThat(kept.areas()).isEmpty();
    assertThat(kept.tables()).allSatisfy(t -> assertThat(t.rows()).isEmpty());
    assertThat(kept.tables())
        .extracting(BudgetTable::key)
        .containsExactlyElementsOf(plan.tables().stream().map(BudgetTable::key).toList());

    int year = plan.header().period().budgetYear() + 2;
    PlanDocument started =
        PlanTemplate.start(
            kept,
            plan.municipality(),
            new Committee("byggnadsnamnden", "Byggnadsnämnden"),
            year,
            null);
    PlanDocument read = PlanFileReader.read("started", PlanFileWriter.write(started));
    assertThat(read.header().period().budgetYear()).isEqualTo(year);
    assertThat(read.committee().key()).isEqualTo("byggnadsnamnden");
    for (BudgetTable table : read.tables()) {
      for (TableColumn column : table.columns()) {
        if (column.year() != null && table.kind().yearsWithinPlan()) {
          assertThat(read.header().period().contains(column.year())).as(column.key()).isTrue();
        }
      }
    }
  }

  @Test
  void theYearsOfTheTemplatesPeriodMoveInTextsAndOtherNumbersStay() {
    assertThat(
            PlanTemplate.moved(
                "Budget 2024 och plan 2025–2026, 1200 tkr", Set.of(2024, 2025, 2026), 1))
        .isEqualTo("Budget 2025 och plan 2026–2027, 1200 tkr");
    assertThat(PlanTemplate.moved("Sedan 1998", Set.of(2024), 1)).isEqualTo("Sedan 1998");
  }
}
