package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.styr.shared.file.FileProblem;

class PlanSizeTest {
  private static String rows(int count) {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < count; i++) {
      rows.append("      - {key: r")
          .append(i)
          .append(", label: Rad ")
          .append(i)
          .append(", values: [1, 2]}\n");
    }
    return rows.toString();
  }

  @Test
  void refusesATableOfMoreRowsThanStyrTakesAtTheFirstRowTooMany() {
    String file =
        PlanFiles.VALID.replace(
            "      - {key: summa, label: Summa, role: total, values: [300, 320]}\n",
            rows(PlanSize.MOST_ROWS_PER_TABLE + 5));
    var problems =
        org.assertj.core.api.Assertions.catchThrowableOfType(
                se.styr.shared.file.BadFileException.class,
                () -> PlanFileReader.read("stor.yaml", file))
            .problems();
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message())
                  .isEqualTo(
                      "table 'drift', row 'r998': the table has 1007 rows; Styr takes at most"
                          + " 1000 in a table");
              // the first row too many: sabo and hemtjanst come before r0
              int line = file.substring(0, file.indexOf("{key: r998,")).split("\n").length;
              assertThat(p.line()).isEqualTo(line);
            });
  }

  @Test
  void takesEverySeedPlanFarBelowEachLimit() throws Exception {
    for (var seed :
        java.nio.file.Files.list(java.nio.file.Path.of("demo"))
            .filter(p -> p.toString().endsWith(".yaml"))
            .toList()) {
      PlanDocument plan = PlanFileReader.read(seed);
      assertThat(PlanSize.check(plan)).as(seed.toString()).isEmpty();
      assertThat(plan.tables()).hasSizeLessThan(PlanSize.MOST_TABLES / 10);
      assertThat(plan.tables())
          .allSatisfy(t -> assertThat(t.rows()).hasSizeLessThan(PlanSize.MOST_ROWS_PER_TABLE / 10));
    }
  }

  @Test
  void refusesMoreTextThanStyrTakes() {
    String text = ("Lång text. ".repeat(99) + "\n").repeat(2_100);
    String file =
        PlanFiles.VALID.replace(
            "      Nämnden ansvarar för äldreomsorgen.\n",
            text.lines().map(l -> "      " + l + "\n").reduce("", String::concat));
    var thrown =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            se.styr.shared.file.BadFileException.class,
            () -> PlanFileReader.read("lang.yaml", file));
    assertThat(thrown.problems())
        .extracting(FileProblem::message)
        .singleElement()
        .asString()
        .contains("characters; Styr takes at most 2000000 in a plan");
  }
}
