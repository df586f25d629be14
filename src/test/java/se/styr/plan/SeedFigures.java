package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.TableRow;
import se.styr.shared.SwedishNumbers;

/**
 * Asserts every figure of the seed documents' tables against a plan. The fixtures in
 * src/test/resources/seed-figures hold the table lines copied verbatim from the seed documents ("#
 * grid" sections: label and figures separated by tabs, as the seed prints them) and the sentences
 * of figures the seeds print as lists ("# text" sections: row key, the amount as printed, the
 * sentence).
 */
public final class SeedFigures {
  private static final Pattern AMOUNT = Pattern.compile("[-+−]? ?\\d[\\d ]*(,\\d+)?");

  private SeedFigures() {}

  public static final List<String> PLANS =
      List.of(
          "ale-socialnamnden-2024",
          "lerum-stod-och-omsorgsnamnden-2024",
          "smedjebacken-omsorgsnamnden-2025",
          "sodertalje-omsorgsnamnden-2025",
          "trollhattan-omsorgsnamnden-2024");

  /** Each demo plan and the seed document it was transcribed from. */
  public static final Map<String, String> SEED_TEXTS =
      Map.of(
          "ale-socialnamnden-2024", "ale-socialnamnden-namndplan-2024.txt",
          "lerum-stod-och-omsorgsnamnden-2024", "lerum-stod-och-omsorgsnamnden-vp-2024.txt",
          "smedjebacken-omsorgsnamnden-2025",
              "smedjebacken-omsorgsnamnden-budget-2025-plan-2026-2029.txt",
          "sodertalje-omsorgsnamnden-2025", "sodertalje-omsorgsnamnden-vp-2025.txt",
          "trollhattan-omsorgsnamnden-2024", "trollhattan-omsorgsnamnden-vp-2024.txt");

  /** The seed document of a demo plan, from src/test/resources/seed-texts. */
  public static String seedText(String name) {
    String file = SEED_TEXTS.get(name);
    assertThat(file).as("seed document of " + name).isNotNull();
    try (InputStream in = SeedFigures.class.getResourceAsStream("/seed-texts/" + file)) {
      assertThat(in).as("seed text " + file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts every figure of the fixture of {@code name} against {@code plan}; returns how many were
   * checked.
   */
  public static int assertFigures(String name, PlanDocument plan) {
    SoftAssertions softly = new SoftAssertions();
    int checked = 0;
    String kind = null;
    BudgetTable table = null;
    int nextRow = 0;
    for (String line : fixture(name)) {
      if (line.startsWith("# ")) {
        String[] head = line.substring(2).split(" ");
        kind = head[0];
        table = plan.table(head[1]).orElse(null);
        softly.assertThat(table).as("table %s of %s", head[1], name).isNotNull();
        nextRow = 0;
        continue;
      }
      if (table == null || line.isEmpty()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (kind.equals("text")) {
        TableRow row = table.row(cells[0]).orElse(null);
        softly.assertThat(row).as("row %s of %s", cells[0], table.key()).isNotNull();
        if (row != null) {
          softly.assertThat(cells[2]).contains(cells[1]);
          softly
              .assertThat(row.cell(0).value())
              .as("%s / %s", table.title(), row.label())
              .isEqualTo(amount(cells[1]));
          checked++;
        }
        continue;
      }
      int found = -1;
      for (int r = nextRow; r < table.rows().size(); r++) {
        if (table.rows().get(r).label().equals(cells[0])) {
          found = r;
          break;
        }
      }
      softly
          .assertThat(found)
          .as("row '%s' of table %s in order", cells[0], table.key())
          .isGreaterThanOrEqualTo(0);
      if (found < 0) {
        continue;
      }
      nextRow = found + 1;
      TableRow row = table.rows().get(found);
      for (int c = 0; c < table.columns().size(); c++) {
        String printed = c + 1 < cells.length ? cells[c + 1].strip() : "";
        Cell cell = row.cell(c);
        String where = table.title() + " / " + row.label() + " / " + table.columns().get(c).label();
        if (printed.isEmpty()) {
          softly.assertThat(cell.value()).as(where + " is blank").isNull();
        } else {
          softly
              .assertThat(cell.value())
              .as(where + " printed as '" + printed + "'")
              .isEqualTo(amount(printed));
          checked++;
        }
      }
      softly
          .assertThat(cells.length - 1)
          .as("figures of " + table.title() + " / " + row.label())
          .isLessThanOrEqualTo(table.columns().size());
    }
    softly.assertAll();
    return checked;
  }

  /**
   * The amount in a printed figure ("- 12,7", "22,40%", "tom april 7", "(148 mkr)"), at its printed
   * precision.
   */
  public static BigDecimal amount(String printed) {
    Matcher m = AMOUNT.matcher(printed);
    assertThat(m.find()).as("an amount in '%s'", printed).isTrue();
    String number = m.group().strip().replaceFirst("^([-+−]) ", "$1");
    return SwedishNumbers.parse(number.startsWith("+") ? number.substring(1) : number)
        .orElseThrow();
  }

  /** The lines of the figure fixture of a demo plan. */
  public static List<String> fixture(String name) {
    try (InputStream in = SeedFigures.class.getResourceAsStream("/seed-figures/" + name + ".tsv")) {
      assertThat(in).as("fixture " + name).isNotNull();
      return new ArrayList<>(
          List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
