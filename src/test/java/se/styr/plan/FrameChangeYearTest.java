package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.styr.budget.BudgetTable;
import se.styr.budget.FrameChange;
import se.styr.budget.TableJson;
import se.styr.budget.TableState;

/** A frame change states the year it applies from, in the plan file, the API and back. */
class FrameChangeYearTest {
  private static final String FILE =
      PlanFiles.VALID
          .replace("kind: operating_summary", "kind: frame_changes")
          .replace(
              "{key: sabo, label: Särskilt boende, area: sabo, values: [100, 110]}",
              "{key: sabo, label: Effektivisering, area: sabo, category: efficiency_requirement,"
                  + " percent: 2, duration: lasting, frameYear: 2026, values: [100, 110]}");

  @Test
  void readsAndWritesAFrameChangesYear() {
    PlanDocument plan = PlanFileReader.read("ram.yaml", FILE);
    FrameChange change = plan.tables().get(0).rows().get(0).frameChange();
    assertThat(change.year()).isEqualTo(2026);
    assertThat(change.category()).isEqualTo(FrameChange.Category.EFFICIENCY_REQUIREMENT);
    String written = PlanFileWriter.write(plan);
    assertThat(written).contains("frameYear: 2026");
    assertThat(
            PlanFileReader.read("igen.yaml", written).tables().get(0).rows().get(0).frameChange())
        .isEqualTo(change);
  }

  @Test
  void theApiGivesAndTakesTheYear() {
    BudgetTable table = PlanFileReader.read("ram.yaml", FILE).tables().get(0);
    TableJson json = TableJson.of(table, new TableState(1, 0, null, null, null));
    assertThat(json.rows().get(0).frameYear()).isEqualTo(2026);
    assertThat(json.toTable(table.key()).rows().get(0).frameChange().year()).isEqualTo(2026);
  }

  @Test
  void refusesAYearNoPlanHas() {
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                se.styr.shared.file.BadFileException.class,
                () ->
                    PlanFileReader.read(
                        "ram.yaml", FILE.replace("frameYear: 2026", "frameYear: 26"))))
        .isNotNull();
  }
}
