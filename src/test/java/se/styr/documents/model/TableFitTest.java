package se.styr.documents.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableFitTest {

  @Test
  void keepsATableThatFitsAnA4PageUpright() {
    PrintedTable table = table(5, "1\u00a0325\u00a0246");

    assertThat(TableFit.fit(table))
        .singleElement()
        .extracting(PrintedTable::landscape)
        .isEqualTo(false);
  }

  @Test
  void turnsATableTooWideForUprightOntoALandscapePage() {
    PrintedTable table = table(10, "1\u00a0325\u00a0246");

    assertThat(TableFit.fit(table))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.landscape()).isTrue();
              assertThat(t.rows()).isEqualTo(table.rows());
            });
  }

  @Test
  void splitsATableTooWideEvenForLandscapeRepeatingTheRowLabelsAndLosingNoFigure() {
    PrintedTable table = table(30, "12\u00a0345\u00a0678");

    List<PrintedTable> parts = TableFit.fit(table);

    assertThat(parts).hasSizeGreaterThan(1).allMatch(PrintedTable::landscape);
    assertThat(parts.get(0).caption()).isEqualTo("Befolkning");
    assertThat(parts.get(1).caption()).isEqualTo("Befolkning (forts.)");
    assertThat(parts).extracting(PrintedTable::anchor).doesNotHaveDuplicates();
    List<String> figures = new ArrayList<>();
    for (PrintedTable part : parts) {
      assertThat(part.rows())
          .extracting(r -> r.cells().get(0))
          .containsExactly("Total folkmängd", "Summa");
      assertThat(TableFit.widths(part))
          .satisfies(
              w ->
                  assertThat(java.util.Arrays.stream(w).sum())
                      .isLessThanOrEqualTo(TableFit.LANDSCAPE_WIDTH));
      part.rows().get(0).cells().stream().skip(1).forEach(figures::add);
    }
    assertThat(figures).hasSize(30).allMatch(f -> f.equals("12\u00a0345\u00a0678"));
  }

  @Test
  void letsLongLabelsWrapRatherThanTurningThePage() {
    PrintedTable table =
        new PrintedTable(
            "t",
            "Omfördelning",
            "mkr",
            List.of(new PrintedTable.Column("", false), new PrintedTable.Column("Belopp", true)),
            List.of(
                PrintedTable.Row.item(
                    List.of(
                        "Budget för verksamhetsersättning gällande insatsen hemtjänst enligt"
                            + " Socialtjänstlagen (SOL) flyttas från verksamhetsområde Hemtjänst"
                            + " till verksamhetsområde Bistånd",
                        "148"))),
            List.of(),
            false);

    assertThat(TableFit.fit(table))
        .singleElement()
        .extracting(PrintedTable::landscape)
        .isEqualTo(false);
  }

  private static PrintedTable table(int figureColumns, String figure) {
    List<PrintedTable.Column> columns = new ArrayList<>();
    columns.add(new PrintedTable.Column("", false));
    for (int c = 0; c < figureColumns; c++) {
      columns.add(new PrintedTable.Column("Prognos " + (2024 + c), true));
    }
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (String label : List.of("Total folkmängd", "Summa")) {
      List<String> cells = new ArrayList<>();
      cells.add(label);
      for (int c = 0; c < figureColumns; c++) {
        cells.add(figure);
      }
      rows.add(PrintedTable.Row.item(cells));
    }
    return new PrintedTable(
        "befolkning", "Befolkning", "antal", columns, rows, List.of("Källa: SCB"), false);
  }
}
