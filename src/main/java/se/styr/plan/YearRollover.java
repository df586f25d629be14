package se.styr.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.CellRelation;
import se.styr.budget.ColumnType;
import se.styr.budget.Formula;
import se.styr.budget.RowRole;
import se.styr.budget.TableColumn;
import se.styr.budget.TableKind;
import se.styr.budget.TableRow;
import se.styr.budget.TextFigure;
import se.styr.version.PlanHeader;
import se.styr.version.PlanPeriod;
import se.styr.version.PlanStatus;
import se.styr.version.VersionInfo;

/**
 * Next year's plan started from a decided one (issue 16, year rollover): every year moves on by
 * one. The budget year becomes a history year and the plan years move up; the title and every
 * column's label and key that name a year name the next one; references to renamed columns (column
 * formulas, stated relations, text figures) follow. A column's figures for the year it now shows
 * come from the column that showed that year before if it was a budget or plan figure (next year's
 * plan figures become the starting budget); an outcome column is filled from the closed annual
 * follow-up's outcomes where they are given (in the same unit), else left blank, never zero; a year
 * nobody has planned yet stays blank. Areas, text, goals, commitments, internal control and the
 * follow-up rules (with the ledger mapping) carry over as they are. What was done to each column is
 * listed for the page to show before the draft is stored.
 */
public final class YearRollover {
  private static final Set<ColumnType> PLANNED =
      EnumSet.of(ColumnType.BUDGET, ColumnType.PLAN, ColumnType.PROPOSAL, ColumnType.BUDGET_AS_OF);

  private YearRollover() {}

  /**
   * The year's outcome per operational area from the closed annual follow-up, in {@code unit} and
   * signed as the plan's operating summary signs budgets; {@code source} names the report.
   */
  public record AnnualOutcome(
      int year, String unit, Map<String, BigDecimal> byArea, String source, Set<String> finished) {
    public AnnualOutcome {
      byArea = Map.copyOf(byArea);
      finished = Set.copyOf(finished);
    }

    /** The year's outcome without commitments reported finished. */
    public AnnualOutcome(int year, String unit, Map<String, BigDecimal> byArea, String source) {
      this(year, unit, byArea, source, Set.of());
    }
  }

  /** What was done to a column. */
  public enum Source {
    /** The figures of the column that showed the same year before. */
    CARRIED,
    /** The year's outcome per area from the annual follow-up. */
    FILLED,
    /** No figures: a year nobody has planned, or an outcome not yet reported. */
    BLANK,
    /** A column of no year: as it was. */
    UNCHANGED
  }

  /**
   * One column moved on: the table, its label before and after, where its figures came from ({@code
   * from}: the label of the column carried, or the report filled from), and how many rows got a
   * figure.
   */
  public record Shift(
      String table, String before, String after, Source source, String from, int figures) {}

  /**
   * The new draft, what was done to each column, and what changed in the goal chain (an indicator's
   * baseline moved to its latest value, targets of past years dropped).
   */
  public record Result(PlanDocument plan, List<Shift> shifts, List<se.styr.shared.Text> goals) {}

  /**
   * Next year's draft of {@code decided}, its outcome columns filled from {@code outcomes} (the
   * annual follow-ups Styr holds, any years) where one gives the column's year.
   */
  public static Result of(PlanDocument decided, List<AnnualOutcome> outcomes) {
    return of(decided, outcomes, List.of());
  }

  /**
   * A value of an indicator reported at a closed follow-up of the plan ({@code source} names the
   * report): a baseline may move to it.
   */
  public record ReportedValue(
      String indicator, se.styr.goals.IndicatorValue value, String source) {}

  /**
   * Next year's draft as {@link #of(PlanDocument, List)}, each indicator's baseline moved to the
   * latest of its stated values and the values {@code reported} at the plan's follow-ups.
   */
  public static Result of(
      PlanDocument decided, List<AnnualOutcome> outcomes, List<ReportedValue> reported) {
    int year = decided.header().period().budgetYear();
    PlanPeriod period = decided.header().period();
    PlanPeriod next =
        new PlanPeriod(
            year + 1,
            shiftedHistory(period.historyYears(), year),
            period.planYears().stream().map(y -> y + 1).toList());
    PlanHeader header =
        new PlanHeader(
            nextYear(decided.header().title()),
            next,
            null,
            decided.header().chair(),
            decided.header().officer());
    Map<String, Map<String, String>> renamed = new HashMap<>();
    for (BudgetTable table : decided.tables()) {
      Map<String, String> keys = new HashMap<>();
      for (TableColumn column : table.columns()) {
        if (column.year() != null) {
          keys.put(column.key(), nextYear(column.key()));
        }
      }
      renamed.put(table.key(), keys);
    }
    List<Shift> shifts = new ArrayList<>();
    List<se.styr.shared.Text> goalNotes = new ArrayList<>();
    List<Block> content = new ArrayList<>();
    for (Block block : decided.content()) {
      if (block instanceof Block.Table t) {
        content.add(new Block.Table(table(t.table(), renamed, outcomes, shifts)));
      } else {
        content.add(block);
      }
    }
    List<TextFigure> figures =
        decided.textFigures().stream()
            .map(
                f ->
                    new TextFigure(
                        f.key(), f.text(), f.value(), f.unit(), figureRefs(f.equals(), renamed)))
            .toList();
    PlanDocument draft =
        new PlanDocument(
            decided.municipality(),
            decided.committee(),
            header,
            new VersionInfo(1, PlanStatus.DRAFT, List.of()),
            decided.areas(),
            content,
            figures,
            goals(
                decided.goals(),
                year + 1,
                reported,
                outcomes.stream()
                    .filter(o -> o.year() == year)
                    .flatMap(o -> o.finished().stream())
                    .collect(java.util.stream.Collectors.toSet()),
                goalNotes),
            decided.savingsMeasures(),
            decided.followUp());
    return new Result(draft, shifts, goalNotes);
  }

  /**
   * The goal chain for {@code year}: each indicator's baseline moved to its latest stated value
   * (with its period) where that is later than the baseline, and targets only for {@code year} and
   * after (a target of a past year dropped); every such change said in {@code notes}.
   */
  private static se.styr.goals.GoalPlan goals(
      se.styr.goals.GoalPlan goals,
      int year,
      List<ReportedValue> reported,
      Set<String> reportedFinished,
      List<se.styr.shared.Text> notes) {
    List<se.styr.goals.Indicator> indicators = new ArrayList<>();
    for (se.styr.goals.Indicator indicator : goals.indicators()) {
      se.styr.goals.Baseline baseline = indicator.baseline();
      se.styr.goals.IndicatorValue latest = null;
      String source = null;
      for (se.styr.goals.IndicatorValue value : indicator.values()) {
        if (!value.missing()
            && (latest == null
                || se.styr.shared.Period.order(value.period())
                    > se.styr.shared.Period.order(latest.period()))) {
          latest = value;
        }
      }
      // a value reported at a follow-up counts over the plan's own for the same period
      for (ReportedValue value : reported) {
        if (value.indicator().equals(indicator.key())
            && !value.value().missing()
            && (latest == null
                || se.styr.shared.Period.order(value.value().period())
                    >= se.styr.shared.Period.order(latest.period()))) {
          latest = value.value();
          source = value.source();
        }
      }
      if (latest != null
          && (baseline == null
              || baseline.period() == null
              || se.styr.shared.Period.order(latest.period())
                  > se.styr.shared.Period.order(baseline.period()))) {
        baseline =
            new se.styr.goals.Baseline(latest.printed(), latest.value(), latest.period(), false);
        notes.add(
            source == null
                ? se.styr.shared.Text.of("plan.next.baseline", indicator.name(), latest.period())
                : se.styr.shared.Text.of(
                    "plan.next.baselineReported",
                    indicator.name(),
                    latest.period(),
                    latest.value() == null ? "" : latest.value().swedish(),
                    source));
      }
      List<se.styr.goals.TargetSpec> targets = new ArrayList<>();
      for (se.styr.goals.TargetSpec target : indicator.targets()) {
        List<Integer> years = target.years().stream().filter(y -> y >= year).toList();
        if (years.isEmpty()) {
          notes.add(
              se.styr.shared.Text.of(
                  "plan.next.targetDropped",
                  indicator.name(),
                  target.years().stream()
                      .map(String::valueOf)
                      .collect(java.util.stream.Collectors.joining(", "))));
          continue;
        }
        targets.add(
            years.size() == target.years().size()
                ? target
                : new se.styr.goals.TargetSpec(years, target.printed(), target.target()));
      }
      indicators.add(indicator.withBaselineAndTargets(baseline, targets));
    }
    return new se.styr.goals.GoalPlan(
        goals.goalLevels(),
        goals.qualityAreas(),
        goals.assessment(),
        goals.goals(),
        indicators,
        open(
            goals.activities(),
            se.styr.goals.Activity::key,
            se.styr.goals.Activity::title,
            se.styr.goals.Activity::status,
            reportedFinished,
            notes),
        open(
            goals.assignments(),
            se.styr.goals.Assignment::key,
            se.styr.goals.Assignment::title,
            se.styr.goals.Assignment::status,
            reportedFinished,
            notes),
        goals.priorityDirections(),
        goals.actionPlans(),
        goals.focusAreas(),
        goals.reservations(),
        goals.comparisons());
  }

  /**
   * The commitments still open: one the plan marks done or cancelled, or the year's closed annual
   * follow-up reported so ({@code reportedFinished}), does not carry over, and says so.
   */
  private static <T> List<T> open(
      List<T> commitments,
      java.util.function.Function<T, String> key,
      java.util.function.Function<T, String> title,
      java.util.function.Function<T, se.styr.shared.Status> status,
      Set<String> reportedFinished,
      List<se.styr.shared.Text> notes) {
    List<T> open = new ArrayList<>();
    for (T commitment : commitments) {
      se.styr.shared.Status stated = status.apply(commitment);
      boolean finished =
          stated == se.styr.shared.Status.DONE
              || stated == se.styr.shared.Status.CANCELLED
              || reportedFinished.contains(key.apply(commitment));
      if (finished) {
        notes.add(se.styr.shared.Text.of("plan.next.finished", title.apply(commitment)));
      } else {
        open.add(commitment);
      }
    }
    return open;
  }

  /**
   * The history years one on: the budget year joins them, the oldest leaves (as many as before).
   */
  private static List<Integer> shiftedHistory(List<Integer> history, int budgetYear) {
    List<Integer> years = new ArrayList<>(history);
    years.add(budgetYear);
    return years
        .subList(Math.max(0, years.size() - Math.max(history.size(), 1)), years.size())
        .stream()
        .toList();
  }

  private static BudgetTable table(
      BudgetTable table,
      Map<String, Map<String, String>> renamed,
      List<AnnualOutcome> outcomes,
      List<Shift> shifts) {
    Map<String, String> keys = renamed.get(table.key());
    List<TableColumn> columns = new ArrayList<>();
    // for each new column: the old column whose figures it takes (-1: none), or a fill
    int[] source = new int[table.columns().size()];
    AnnualOutcome[] fill = new AnnualOutcome[table.columns().size()];
    for (int c = 0; c < table.columns().size(); c++) {
      TableColumn column = table.columns().get(c);
      if (column.year() == null) {
        columns.add(withFormula(column, column.key(), column.label(), null, keys));
        source[c] = c;
        continue;
      }
      int shown = column.year() + 1;
      TableColumn moved =
          withFormula(column, keys.get(column.key()), nextYear(column.label()), shown, keys);
      columns.add(moved);
      source[c] = -1;
      if (column.type() == ColumnType.OUTCOME) {
        String unit = column.unit() == null ? table.unit() : column.unit();
        fill[c] =
            table.kind() != TableKind.OPERATING_SUMMARY
                ? null
                : outcomes.stream()
                    .filter(o -> o.year() == shown && unit != null && unit.equals(o.unit()))
                    .findFirst()
                    .orElse(null);
        continue;
      }
      for (int o = 0; o < table.columns().size(); o++) {
        TableColumn old = table.columns().get(o);
        if (old.year() != null
            && old.year() == shown
            && (old.type() == column.type()
                || (PLANNED.contains(old.type()) && PLANNED.contains(column.type())))) {
          source[c] = o;
          break;
        }
      }
    }
    List<TableRow> rows = new ArrayList<>();
    int[] counts = new int[columns.size()];
    for (TableRow row : table.rows()) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = Cell.BLANK;
        if (fill[c] != null) {
          BigDecimal value =
              row.role() == RowRole.ITEM && row.area() != null
                  ? fill[c].byArea().get(row.area())
                  : null;
          cell = value == null ? Cell.BLANK : new Cell(value, null);
        } else if (source[c] >= 0) {
          cell = row.cell(source[c]);
        }
        if (!cell.isBlank()) {
          counts[c]++;
        }
        cells.add(cell);
      }
      rows.add(row.withCells(cells));
    }
    for (int c = 0; c < columns.size(); c++) {
      TableColumn column = table.columns().get(c);
      if (column.year() == null) {
        shifts.add(
            new Shift(
                table.title(), column.label(), column.label(), Source.UNCHANGED, null, counts[c]));
        continue;
      }
      Source how = fill[c] != null ? Source.FILLED : source[c] >= 0 ? Source.CARRIED : Source.BLANK;
      shifts.add(
          new Shift(
              table.title(),
              column.label(),
              columns.get(c).label(),
              how,
              how == Source.FILLED
                  ? fill[c].source()
                  : how == Source.CARRIED ? table.columns().get(source[c]).label() : null,
              counts[c]));
    }
    List<CellRelation> relations =
        table.relations().stream().map(r -> relation(r, table.key(), renamed)).toList();
    return new BudgetTable(
        table.key(),
        table.kind(),
        table.title(),
        table.unit(),
        table.unitPrinted(),
        columns,
        rows,
        table.footnotes(),
        table.itemised(),
        table.distributes(),
        relations);
  }

  private static TableColumn withFormula(
      TableColumn column, String key, String label, Integer year, Map<String, String> keys) {
    Formula formula =
        column.formula() == null
            ? null
            : column.formula().withColumnsRenamed(k -> keys.getOrDefault(k, k));
    return new TableColumn(
        key,
        label,
        column.type(),
        year,
        column.asOf() == null ? null : column.asOf().plusYears(1),
        column.unit(),
        formula);
  }

  private static CellRelation relation(
      CellRelation relation, String table, Map<String, Map<String, String>> renamed) {
    return new CellRelation(
        ref(relation.stated(), table, renamed),
        relation.parts().stream()
            .map(p -> new CellRelation.Part(p.negative(), p.factor(), ref(p.ref(), table, renamed)))
            .toList());
  }

  private static CellRelation.Ref ref(
      CellRelation.Ref ref, String table, Map<String, Map<String, String>> renamed) {
    Map<String, String> keys =
        renamed.getOrDefault(ref.table() == null ? table : ref.table(), Map.of());
    return new CellRelation.Ref(
        ref.table(), ref.row(), keys.getOrDefault(ref.column(), ref.column()));
  }

  /** A text figure's cells, {@code table.row.column}, with renamed columns. */
  private static Formula figureRefs(Formula equals, Map<String, Map<String, String>> renamed) {
    return new Formula(
        equals.terms().stream()
            .map(
                t -> {
                  if (t.reference().size() != 3) {
                    return t;
                  }
                  String column =
                      renamed
                          .getOrDefault(t.reference().get(0), Map.of())
                          .getOrDefault(t.reference().get(2), t.reference().get(2));
                  return new Formula.Term(
                      t.negative(), List.of(t.reference().get(0), t.reference().get(1), column));
                })
            .toList());
  }

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20|21)\\d\\d(?!\\d)");

  /** A label, key or title with every year in it one on: "Budget 2024" → "Budget 2025". */
  static String nextYear(String text) {
    Matcher m = YEAR.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, String.valueOf(Integer.parseInt(m.group()) + 1));
    }
    m.appendTail(out);
    return out.toString();
  }
}
