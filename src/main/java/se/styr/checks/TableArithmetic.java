package se.styr.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.Formula;
import se.styr.budget.RowRole;
import se.styr.budget.TableColumn;
import se.styr.budget.TableKind;
import se.styr.budget.TableRow;
import se.styr.shared.Unit;

/**
 * Recomputes one table: subtotals over their groups, totals and balances along the rows (a base
 * starts a chain, items add to it, a balance closes it), "of which" parts against their whole,
 * derived rows and columns by their formulas, and what a distribution distributes.
 */
final class TableArithmetic {
  private final BudgetTable table;
  private final PlanTables plan;
  private final List<Finding> findings;
  private final Map<String, List<Integer>> groupMembers = new HashMap<>();

  private TableArithmetic(BudgetTable table, PlanTables plan, List<Finding> findings) {
    this.table = table;
    this.plan = plan;
    this.findings = findings;
    List<TableRow> rows = table.rows();
    for (int r = 0; r < rows.size(); r++) {
      String group = rows.get(r).group();
      if (group != null) {
        groupMembers.computeIfAbsent(group, g -> new ArrayList<>()).add(r);
      }
    }
  }

  static void check(BudgetTable table, PlanTables plan, List<Finding> findings) {
    TableArithmetic arithmetic = new TableArithmetic(table, plan, findings);
    for (int c = 0; c < table.columns().size(); c++) {
      arithmetic.checkColumn(c);
    }
    arithmetic.checkColumnFormulas();
    arithmetic.checkDistribution();
    arithmetic.checkRelations();
  }

  /**
   * Every relation the table states between cells: each part's figure (in this table or another,
   * converted to the stated cell's unit) times its factor, summed, against the stated figure. A
   * relation with a blank part is not checked.
   */
  private void checkRelations() {
    for (se.styr.budget.CellRelation relation :
        table.relations().stream().flatMap(r -> r.cells(table).stream()).toList()) {
      OptionalInt r = table.rowIndex(relation.stated().row());
      OptionalInt c = table.columnIndex(relation.stated().column());
      if (r.isEmpty() || c.isEmpty()) {
        continue;
      }
      TableRow row = table.rows().get(r.getAsInt());
      Cell stated = row.cell(c.getAsInt());
      Unit unit = table.unitOf(c.getAsInt());
      Terms terms = new Terms();
      boolean known = true;
      for (se.styr.budget.CellRelation.Part part : relation.parts()) {
        BudgetTable source =
            part.ref().table() == null ? table : plan.table(part.ref().table()).orElse(null);
        OptionalInt pr = source == null ? OptionalInt.empty() : source.rowIndex(part.ref().row());
        OptionalInt pc =
            source == null ? OptionalInt.empty() : source.columnIndex(part.ref().column());
        if (pr.isEmpty() || pc.isEmpty()) {
          known = false;
          break;
        }
        Cell cell = source.rows().get(pr.getAsInt()).cell(pc.getAsInt());
        if (cell.isBlank()) {
          terms.add(cell);
          continue;
        }
        BigDecimal value =
            source == table && pc.getAsInt() == c.getAsInt()
                ? cell.value()
                : PlanTables.convert(cell.value(), source.unitOf(pc.getAsInt()), unit);
        BigDecimal product = value.multiply(part.factor());
        terms.add(part.negative() ? product.negate() : product);
      }
      if (known) {
        compare(row, c.getAsInt(), stated, terms, "the relation " + relation);
      }
    }
  }

  private void checkColumn(int c) {
    List<TableRow> rows = table.rows();
    BigDecimal base = null;
    Terms items = new Terms();
    BigDecimal statedTotal = null;
    TableRow whole = null;
    for (int r = 0; r < rows.size(); r++) {
      TableRow row = rows.get(r);
      Cell cell = row.cell(c);
      if (row.formula() != null) {
        checkRowFormula(row, c);
        whole = row;
        continue;
      }
      switch (row.role()) {
        case SUBTOTAL -> {
          Terms members = new Terms();
          for (int m : groupMembers.getOrDefault(row.key(), List.of())) {
            TableRow member = rows.get(m);
            if (member.formula() == null
                && member.role() != RowRole.HEADING
                && member.role() != RowRole.INFO
                && member.role() != RowRole.OF_WHICH) {
              members.add(member.cell(c));
            }
          }
          compare(row, c, cell, members, "the sum of the rows in group '" + row.key() + "'");
          if (row.group() == null) {
            items.add(cell);
          }
        }
        case TOTAL -> {
          if (table.itemised()) {
            compare(row, c, cell, items, "the sum of the rows above it");
          }
          if (!cell.isBlank()) {
            statedTotal = cell.value();
          }
          items = new Terms();
        }
        case BASE -> {
          base = cell.value();
          items = new Terms();
          statedTotal = null;
        }
        case BALANCE -> {
          if (!cell.isBlank() && (base != null || statedTotal != null || items.present())) {
            Terms chain = new Terms();
            chain.add(base);
            if (statedTotal != null) {
              chain.add(statedTotal);
            } else {
              chain.addAll(items);
            }
            compare(row, c, cell, chain, "the base plus what was added to it");
          }
          base = cell.value();
          items = new Terms();
          statedTotal = null;
        }
        case OF_WHICH -> checkPart(row, c, cell, whole);
        case ITEM -> {
          if (row.group() == null) {
            items.add(cell);
          }
        }
        case HEADING, INFO -> {}
      }
      if (row.role() != RowRole.OF_WHICH && row.role() != RowRole.HEADING) {
        whole = row;
      }
    }
  }

  private void checkPart(TableRow row, int c, Cell part, TableRow whole) {
    if (part.isBlank() || whole == null || whole.cell(c).isBlank()) {
      return;
    }
    BigDecimal wholeValue = whole.cell(c).value();
    if (part.value().abs().compareTo(wholeValue.abs()) > 0) {
      add(
          row,
          c,
          part.value(),
          wholeValue,
          FindingKind.MISMATCH,
          "'" + row.label() + "' is a part of '" + whole.label() + "' but larger than it");
    }
  }

  private void checkRowFormula(TableRow row, int c) {
    Cell cell = row.cell(c);
    if (cell.isBlank()) {
      return;
    }
    Unit unit = table.unitOf(c);
    String columnKey = table.columns().get(c).key();
    Terms terms = new Terms();
    for (Formula.Term term : row.formula().terms()) {
      Optional<Cell> referenced = referencedRowCell(term, columnKey, unit);
      if (referenced.isEmpty()) {
        return;
      }
      terms.add(referenced.get(), term.negative());
    }
    compare(row, c, cell, terms, "its formula " + row.formula());
  }

  /** The cell a row reference names in the column with the given key, converted to {@code unit}. */
  private Optional<Cell> referencedRowCell(Formula.Term term, String columnKey, Unit unit) {
    List<String> ref = term.reference();
    BudgetTable source = ref.size() == 1 ? table : plan.table(ref.get(0)).orElse(null);
    if (source == null) {
      return Optional.empty();
    }
    OptionalInt r = source.rowIndex(ref.get(ref.size() - 1));
    OptionalInt c = source.columnIndex(columnKey);
    if (r.isEmpty() || c.isEmpty()) {
      return Optional.empty();
    }
    Cell cell = source.rows().get(r.getAsInt()).cell(c.getAsInt());
    if (cell.isBlank() || source == table) {
      return Optional.of(cell);
    }
    return Optional.of(
        Cell.of(PlanTables.convert(cell.value(), source.unitOf(c.getAsInt()), unit)));
  }

  private void checkColumnFormulas() {
    List<TableColumn> columns = table.columns();
    for (int c = 0; c < columns.size(); c++) {
      Formula formula = columns.get(c).formula();
      if (formula == null) {
        continue;
      }
      int[] sources = new int[formula.terms().size()];
      for (int t = 0; t < sources.length; t++) {
        sources[t] = table.columnIndex(formula.terms().get(t).reference().get(0)).orElse(-1);
      }
      for (TableRow row : table.rows()) {
        Cell cell = row.cell(c);
        if (cell.isBlank() || row.role() == RowRole.HEADING) {
          continue;
        }
        Terms terms = new Terms();
        for (int t = 0; t < sources.length; t++) {
          if (sources[t] >= 0) {
            terms.add(row.cell(sources[t]), formula.terms().get(t).negative());
          }
        }
        compare(row, c, cell, terms, "its column formula " + formula);
      }
    }
  }

  private void checkDistribution() {
    if (table.kind() != TableKind.FRAME_DISTRIBUTION
        || table.distributes() == null
        || table.columns().isEmpty()) {
      return;
    }
    Formula.Term source = table.distributes().terms().get(0);
    Optional<BigDecimal> distributed = plan.value(source, table.unitOf(0));
    if (distributed.isEmpty()) {
      return;
    }
    Terms uses = new Terms();
    for (TableRow row : table.rows()) {
      if (row.role() == RowRole.ITEM) {
        uses.add(row.cell(0));
      }
    }
    if (!uses.present() || uses.incomplete()) {
      return;
    }
    String label =
        plan.table(source.reference().get(0))
            .flatMap(t -> t.row(source.reference().get(1)))
            .map(TableRow::label)
            .orElse(source.referenceText());
    Comparison.compare(distributed.get(), uses.sum(), uses.values())
        .ifPresent(
            kind ->
                findings.add(
                    new Finding(
                        null,
                        table.key(),
                        table.title(),
                        source.referenceText(),
                        label,
                        table.columns().get(0).key(),
                        table.columns().get(0).label(),
                        distributed.get(),
                        uses.sum(),
                        null,
                        null,
                        kind,
                        "the uses add up to "
                            + uses.sum().toPlainString()
                            + " but the amount distributed is "
                            + distributed.get().toPlainString())));
  }

  private void compare(TableRow row, int c, Cell stated, Terms terms, String what) {
    // A relation with a part the source does not state (a blank) cannot be checked: the blank is
    // not a zero.
    if (stated.isBlank() || !terms.present() || terms.incomplete()) {
      return;
    }
    Comparison.compare(stated.value(), terms.sum(), terms.values())
        .ifPresent(
            kind ->
                add(
                    row,
                    c,
                    stated.value(),
                    terms.sum(),
                    kind,
                    "stated "
                        + stated.value().toPlainString()
                        + ", but "
                        + what
                        + " gives "
                        + terms.sum().toPlainString()));
  }

  private void add(
      TableRow row,
      int c,
      BigDecimal stated,
      BigDecimal computed,
      FindingKind kind,
      String explanation) {
    TableColumn column = table.columns().get(c);
    findings.add(
        new Finding(
            null,
            table.key(),
            table.title(),
            row.key(),
            row.label(),
            column.key(),
            column.label(),
            stated,
            computed,
            null,
            null,
            kind,
            explanation));
  }

  /**
   * Summed figures, keeping each one's printed precision for the rounding tolerance, and whether a
   * part was blank (not stated): then the sum is not known.
   */
  private static final class Terms {
    private BigDecimal sum = BigDecimal.ZERO;
    private final List<BigDecimal> values = new ArrayList<>();
    private boolean blank;

    void add(Cell cell) {
      add(cell, false);
    }

    void add(Cell cell, boolean negative) {
      if (cell.isBlank()) {
        blank = true;
      } else {
        add(negative ? cell.value().negate() : cell.value());
      }
    }

    boolean incomplete() {
      return blank;
    }

    void add(BigDecimal value) {
      if (value != null) {
        sum = sum.add(value);
        values.add(value);
      }
    }

    void addAll(Terms other) {
      for (BigDecimal value : other.values) {
        add(value);
      }
      blank |= other.blank;
    }

    boolean present() {
      return !values.isEmpty();
    }

    BigDecimal sum() {
      return sum;
    }

    List<BigDecimal> values() {
      return values;
    }
  }
}
