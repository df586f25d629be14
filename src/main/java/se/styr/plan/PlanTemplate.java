package se.styr.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.styr.budget.BudgetTable;
import se.styr.budget.Formula;
import se.styr.budget.TableColumn;
import se.styr.goals.GoalPlan;
import se.styr.organisation.Committee;
import se.styr.organisation.Municipality;
import se.styr.texts.Section;
import se.styr.version.PlanHeader;
import se.styr.version.PlanPeriod;
import se.styr.version.PlanStatus;
import se.styr.version.VersionInfo;

/**
 * A municipality's template for new plans, made from one of its plans: what every committee's plan
 * of the municipality shares and nothing that belongs to one committee. It keeps the goal levels,
 * quality areas and assessment rules, the document's headings (without their text) and the standard
 * tables (kind, title, unit, columns; without rows, figures or footnotes). A plan started from it
 * gets its own committee and budget year; every year of the template moves by the same number of
 * years, in columns (their keys, labels, years and the formulas over them), titles and headings.
 * Plain Java.
 */
public final class PlanTemplate {
  private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");

  private PlanTemplate() {}

  /** The template {@code plan} makes: its shared parts only, as a plan of its own year. */
  public static PlanDocument of(PlanDocument plan) {
    List<Block> content = new ArrayList<>();
    for (Block block : plan.content()) {
      if (block instanceof Block.Text text) {
        Section section = text.section();
        content.add(
            new Block.Text(new Section(section.key(), section.title(), section.level(), null)));
      } else if (block instanceof Block.Table table) {
        BudgetTable t = table.table();
        content.add(
            new Block.Table(
                new BudgetTable(
                    t.key(),
                    t.kind(),
                    t.title(),
                    t.unit(),
                    t.unitPrinted(),
                    t.columns(),
                    List.of(),
                    List.of(),
                    t.itemised(),
                    null)));
      }
    }
    GoalPlan goals = plan.goals();
    GoalPlan shared =
        GoalPlan.ofGoals(
            goals.goalLevels(),
            goals.qualityAreas(),
            new se.styr.goals.AssessmentSettings(
                goals.assessment().indicatorRule(),
                goals.assessment().rules(),
                List.of(),
                goals.assessment().scale()),
            List.of());
    return new PlanDocument(
        plan.municipality(),
        plan.committee(),
        plan.header(),
        new VersionInfo(1, PlanStatus.DRAFT, List.of()),
        List.of(),
        content,
        List.of(),
        shared,
        null,
        null);
  }

  /**
   * A new draft for {@code committee}'s plan of {@code budgetYear} from {@code template}: the
   * template's years moved to the new budget year, the title given (or the template's, its years
   * moved).
   */
  public static PlanDocument start(
      PlanDocument template,
      Municipality municipality,
      Committee committee,
      int budgetYear,
      String title) {
    PlanPeriod from = template.header().period();
    int shift = budgetYear - from.budgetYear();
    Set<Integer> years = new HashSet<>(from.historyYears());
    years.add(from.budgetYear());
    years.addAll(from.planYears());
    PlanPeriod period =
        new PlanPeriod(
            budgetYear,
            from.historyYears().stream().map(y -> y + shift).toList(),
            from.planYears().stream().map(y -> y + shift).toList());
    List<Block> content = new ArrayList<>();
    for (Block block : template.content()) {
      if (block instanceof Block.Text text) {
        Section section = text.section();
        content.add(
            new Block.Text(
                new Section(
                    section.key(),
                    moved(section.title(), years, shift),
                    section.level(),
                    section.text())));
      } else if (block instanceof Block.Table table) {
        content.add(new Block.Table(moved(table.table(), years, shift)));
      } else {
        content.add(block);
      }
    }
    String heading =
        title == null || title.isBlank()
            ? moved(template.header().title(), years, shift)
            : title.strip();
    return new PlanDocument(
        municipality,
        committee,
        new PlanHeader(heading, period, null, null, null),
        new VersionInfo(1, PlanStatus.DRAFT, List.of()),
        List.of(),
        content,
        List.of(),
        template.goals(),
        null,
        null);
  }

  private static BudgetTable moved(BudgetTable table, Set<Integer> years, int shift) {
    List<TableColumn> columns = new ArrayList<>();
    for (TableColumn c : table.columns()) {
      LocalDate asOf = c.asOf() == null ? null : c.asOf().plusYears(shift);
      Formula formula =
          c.formula() == null ? null : c.formula().withColumnsRenamed(k -> moved(k, years, shift));
      columns.add(
          new TableColumn(
              moved(c.key(), years, shift),
              moved(c.label(), years, shift),
              c.type(),
              c.year() == null ? null : c.year() + shift,
              asOf,
              c.unit(),
              formula));
    }
    return new BudgetTable(
        table.key(),
        table.kind(),
        moved(table.title(), years, shift),
        table.unit(),
        table.unitPrinted(),
        columns,
        table.rows(),
        table.footnotes(),
        table.itemised(),
        table.distributes(),
        table.relations());
  }

  /** {@code text} with every year of the template's period moved by {@code shift} years. */
  static String moved(String text, Set<Integer> years, int shift) {
    if (text == null || shift == 0) {
      return text;
    }
    Matcher matcher = YEAR.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      int year = Integer.parseInt(matcher.group());
      matcher.appendReplacement(out, String.valueOf(years.contains(year) ? year + shift : year));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
