package se.styr.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;

/**
 * A relation the plan states between figures, checked like a sum: one cell of the table equals a
 * sum and difference of other cells, each perhaps a percentage or multiple of it, in this table or
 * another, in any column (another year's). A table may state any number of them.
 *
 * <pre>
 *   ram.b2025 = ram.b2024 + uppräkning.b2025          a frame chain across years
 *   uppräkning.b2025 = 2 % * drift.summa.b2024         an index of last year's budget
 *   netto.utfall = intakter.utfall - kostnader.utfall  one of several relations in a column
 * </pre>
 *
 * The cell stated is {@code row.column} of the table itself; a part is {@code [table.]row.column},
 * with an optional factor before it ({@code 2 % *}, {@code 0,5 *}). Operators stand between spaces,
 * because keys may hold hyphens.
 *
 * <p>A relation may hold for a whole row or a whole column: {@code *} in the stated cell's row
 * stands for every row of the table that is not a heading, {@code *} in its column for every
 * column, and a part's {@code *} in the same place for that same row or column:
 *
 * <pre>
 *   *.avvikelse = *.budget - *.prognos                 in every row
 *   netto.* = intakter.* + kostnader.*                 in every column
 * </pre>
 */
public record CellRelation(Ref stated, List<Part> parts) {

  /** A cell: in the table itself ({@code table} null) or in another. */
  public record Ref(String table, String row, String column) {
    public Ref {
      Objects.requireNonNull(row, "row");
      Objects.requireNonNull(column, "column");
    }

    @Override
    public String toString() {
      return (table == null ? "" : table + ".") + row + "." + column;
    }
  }

  /** One part with its sign and factor (1 for none). */
  public record Part(boolean negative, BigDecimal factor, Ref ref) {
    public Part {
      Objects.requireNonNull(factor, "factor");
      Objects.requireNonNull(ref, "reference");
      factor = factor.stripTrailingZeros();
    }
  }

  /** Stands for every row or every column. */
  public static final String EVERY = "*";

  public CellRelation {
    Objects.requireNonNull(stated, "stated cell");
    if (stated.table() != null) {
      throw new InvalidValueException(Text.of("budget.relation.statedElsewhere", stated));
    }
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new InvalidValueException(Text.of("budget.relation.noPart"));
    }
    boolean everyRow = stated.row().equals(EVERY);
    boolean everyColumn = stated.column().equals(EVERY);
    if (everyRow && everyColumn) {
      throw new InvalidValueException(Text.of("budget.relation.everyCell", stated));
    }
    for (Part part : parts) {
      if ((part.ref().row().equals(EVERY) && !everyRow)
          || (part.ref().column().equals(EVERY) && !everyColumn)) {
        throw new InvalidValueException(Text.of("budget.relation.strayEvery", part.ref(), stated));
      }
    }
  }

  /** Whether the relation holds in every row ({@code *.column = ...}). */
  public boolean everyRow() {
    return stated.row().equals(EVERY);
  }

  /** Whether the relation holds in every column ({@code row.* = ...}). */
  public boolean everyColumn() {
    return stated.column().equals(EVERY);
  }

  /**
   * The relation cell by cell in the table it belongs to: itself when it names one cell, one
   * relation per row that is not a heading, or per column, when it holds for all of them.
   */
  public List<CellRelation> cells(BudgetTable table) {
    if (everyRow()) {
      return table.rows().stream()
          .filter(row -> row.role() != RowRole.HEADING)
          .map(row -> at(row.key(), null))
          .toList();
    }
    if (everyColumn()) {
      return table.columns().stream().map(column -> at(null, column.key())).toList();
    }
    return List.of(this);
  }

  private CellRelation at(String row, String column) {
    return new CellRelation(
        at(stated, row, column),
        parts.stream()
            .map(p -> new Part(p.negative(), p.factor(), at(p.ref(), row, column)))
            .toList());
  }

  private static Ref at(Ref ref, String row, String column) {
    return new Ref(
        ref.table(),
        row != null && ref.row().equals(EVERY) ? row : ref.row(),
        column != null && ref.column().equals(EVERY) ? column : ref.column());
  }

  /** Parses a relation; the exception's text says what is wrong with it. */
  public static CellRelation parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException(Text.of("budget.relation.empty"));
    }
    String[] tokens = text.strip().split("\\s+");
    if (tokens.length < 3 || !tokens[1].equals("=")) {
      throw new InvalidValueException(Text.of("budget.relation.shape", text));
    }
    Ref stated = ref(tokens[0], text);
    List<Part> parts = new ArrayList<>();
    boolean negative = false;
    BigDecimal factor = null;
    boolean expectPart = true;
    for (int i = 2; i < tokens.length; i++) {
      String token = tokens[i];
      if (token.equals("+") || token.equals("-")) {
        if (expectPart && !(parts.isEmpty() && token.equals("-") && !negative)) {
          throw new InvalidValueException(Text.of("budget.relation.shape", text));
        }
        negative = token.equals("-");
        expectPart = true;
        continue;
      }
      if (!expectPart) {
        throw new InvalidValueException(Text.of("budget.relation.shape", text));
      }
      // a factor: "2 % *", "2% *", "0,5 *"
      if (i + 1 < tokens.length && isFactor(token, tokens, i)) {
        boolean percent = token.endsWith("%") || tokens[i + 1].equals("%");
        String number = token.endsWith("%") ? token.substring(0, token.length() - 1) : token;
        BigDecimal value =
            SwedishNumbers.parse(number)
                .orElseThrow(
                    () -> new InvalidValueException(Text.of("budget.relation.factor", token)));
        factor = percent ? value.movePointLeft(2) : value;
        i += tokens[i + 1].equals("%") ? 2 : 1; // past "%" and "*", or past "*"
        if (i >= tokens.length || !tokens[i].equals("*")) {
          throw new InvalidValueException(Text.of("budget.relation.shape", text));
        }
        continue;
      }
      parts.add(new Part(negative, factor == null ? BigDecimal.ONE : factor, ref(token, text)));
      negative = false;
      factor = null;
      expectPart = false;
    }
    if (expectPart) {
      throw new InvalidValueException(Text.of("budget.relation.shape", text));
    }
    return new CellRelation(stated, parts);
  }

  private static boolean isFactor(String token, String[] tokens, int i) {
    boolean number = token.matches("[0-9][0-9 ,.]*%?");
    if (!number) {
      return false;
    }
    String next = tokens[i + 1];
    return next.equals("*") || (next.equals("%") && i + 2 < tokens.length);
  }

  private static Ref ref(String token, String text) {
    String[] parts = token.split("\\.", -1);
    if (parts.length < 2 || parts.length > 3) {
      throw new InvalidValueException(Text.of("budget.relation.reference", token, text));
    }
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean every = part.equals(EVERY) && i >= parts.length - 2;
      if (!every && !part.matches("[A-Za-z0-9_][A-Za-z0-9_\\-]*")) {
        throw new InvalidValueException(Text.of("budget.relation.reference", token, text));
      }
    }
    return parts.length == 2
        ? new Ref(null, parts[0], parts[1])
        : new Ref(parts[0], parts[1], parts[2]);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(stated.toString()).append(" =");
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      if (i > 0 || part.negative()) {
        text.append(part.negative() ? " -" : " +");
      }
      text.append(' ');
      if (part.factor().compareTo(BigDecimal.ONE) != 0) {
        text.append(part.factor().movePointRight(2).stripTrailingZeros().toPlainString())
            .append(" % * ");
      }
      text.append(part.ref());
    }
    return text.toString();
  }
}
