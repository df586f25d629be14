package se.styr.documents;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import se.styr.budget.BudgetTable;
import se.styr.budget.TableRow;
import se.styr.documents.model.TablePrint;
import se.styr.plan.PlanDocument;
import se.styr.plan.SeedFigures;
import se.styr.shared.SwedishNumbers;
import se.styr.texts.Section;

/**
 * What the printed document of a seed plan must say, checked on the text read back from the PDF or
 * the DOCX: every figure of the seed's tables as the seed prints it
 * (src/test/resources/seed-figures: each table row's label followed by its figures in order; each
 * listed amount after its label), every figure of every table of the plan, every goal and indicator
 * name, and every section heading, which is also a heading of the seed. Figures are compared in
 * Swedish format with thousands grouped, the way Styr prints them: where a seed prints "1144" or
 * "-1031,4" the document says "1 144" and "-1 031,4".
 */
public final class SeedFidelity {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u202f\\u2007]+");
  private static final Pattern AMOUNT = Pattern.compile("[-+−]? ?\\d[\\d ]*(,\\d+)?");

  private SeedFidelity() {}

  /** Whitespace of every kind as one space, the minus sign as a hyphen, soft hyphens removed. */
  static String normalise(String text) {
    String plain = text.replace('\u2212', '-').replace("\u00ad", "");
    return WHITESPACE.matcher(plain).replaceAll(" ").strip();
  }

  /**
   * Asserts that {@code extracted}, the text of the printed seed plan {@code seed}, holds all the
   * seed holds.
   */
  public static void assertFaithful(String seed, String extracted, String format) {
    String text = normalise(extracted);
    PlanDocument plan = DocumentPlans.seed(seed);
    String seedText =
        normalise(
            SeedFigures.seedText(seed).replaceAll("\\*\\*|</?[ipb]>|(?m)^[ \\t]*#+[ \\t]+", ""));
    SoftAssertions softly = new SoftAssertions();
    int checked = seedFigures(seed, plan, text, format, softly);
    softly
        .assertThat(checked)
        .as("figures of the seed checked in the %s of %s", format, seed)
        .isGreaterThan(10);
    for (BudgetTable table : plan.tables()) {
      for (TableRow row : table.rows()) {
        softly
            .assertThat(text)
            .as("%s of %s: table '%s', row '%s'", format, seed, table.title(), row.label())
            .contains(row(row.label(), row.cells().stream().map(TablePrint::figure).toList()));
      }
    }
    plan.goals()
        .goals()
        .forEach(
            g ->
                softly
                    .assertThat(text)
                    .as("%s of %s: goal", format, seed)
                    .contains(normalise(g.title())));
    plan.goals()
        .indicators()
        .forEach(
            i ->
                softly
                    .assertThat(text)
                    .as("%s of %s: indicator", format, seed)
                    .contains(normalise(i.name())));
    for (Section section : plan.sections()) {
      if (section.title() != null) {
        String heading = normalise(section.title());
        softly
            .assertThat(seedText)
            .as("%s: '%s' is a heading of the seed", seed, heading)
            .contains(heading);
        softly.assertThat(text).as("%s of %s: section heading", format, seed).contains(heading);
      }
    }
    softly.assertAll();
  }

  /** Checks the figures of the seed document's tables (the fixture); returns how many. */
  private static int seedFigures(
      String seed, PlanDocument plan, String text, String format, SoftAssertions softly) {
    int checked = 0;
    String kind = null;
    BudgetTable table = null;
    for (String line : SeedFigures.fixture(seed)) {
      if (line.startsWith("# ")) {
        String[] head = line.substring(2).split(" ");
        kind = head[0];
        table = plan.table(head[1]).orElseThrow();
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (kind.equals("text")) {
        TableRow row = table.row(cells[0]).orElseThrow();
        softly
            .assertThat(text)
            .as(
                "%s of %s: '%s' of %s as the seed prints it: %s",
                format, seed, row.label(), table.title(), cells[2])
            .contains(row(row.label(), List.of(canonical(cells[1]))));
      } else {
        List<String> figures =
            java.util.Arrays.stream(cells)
                .skip(1)
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .map(SeedFidelity::canonical)
                .toList();
        softly
            .assertThat(text)
            .as(
                "%s of %s: row '%s' of %s as the seed prints it",
                format, seed, cells[0], table.title())
            .contains(row(cells[0], figures));
        checked += figures.size();
      }
      checked++;
    }
    return checked;
  }

  /** "Summa 1 192 207 1 315 306": a row label and its figures as the text of the document reads. */
  private static String row(String label, List<String> figures) {
    StringBuilder row = new StringBuilder(normalise(label));
    figures.stream().filter(f -> !f.isBlank()).forEach(f -> row.append(' ').append(normalise(f)));
    return row.toString();
  }

  /**
   * A figure as the seed prints it, as Styr prints it: the amount in Swedish format at its printed
   * precision, with the words before it ("tom april 7") and without a unit after it ("22,40%").
   */
  static String canonical(String printed) {
    Matcher m = AMOUNT.matcher(printed);
    if (!m.find()) {
      throw new IllegalArgumentException("no amount in '" + printed + "'");
    }
    BigDecimal amount = SeedFigures.amount(printed);
    String before = printed.substring(0, m.start()).replaceAll("[(+]", "").strip();
    String number = SwedishNumbers.format(amount);
    return before.isEmpty() ? number : before + " " + number;
  }
}
