package se.styr.budget;

import java.math.BigDecimal;
import java.util.Map;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;

/**
 * A stated relation in the plan's own words, as pages show it under its table: rows and columns by
 * their labels, another table by its title ("Netto, Avvikelse = Intäkter, Avvikelse + Kostnader,
 * Avvikelse"; "in every column: Netto = Intäkter + Kostnader").
 */
public final class RelationWords {
  private RelationWords() {}

  /** {@code relation} of {@code table}, other tables found by key in {@code tables}. */
  public static Text of(CellRelation relation, BudgetTable table, Map<String, BudgetTable> tables) {
    StringBuilder words = new StringBuilder(ref(relation.stated(), table, tables)).append(" =");
    for (int i = 0; i < relation.parts().size(); i++) {
      CellRelation.Part part = relation.parts().get(i);
      if (i > 0 || part.negative()) {
        words.append(part.negative() ? " −" : " +");
      }
      words.append(' ');
      if (part.factor().compareTo(BigDecimal.ONE) != 0) {
        words
            .append(SwedishNumbers.format(part.factor().movePointRight(2).stripTrailingZeros()))
            .append("\u00a0% av ");
      }
      words.append(ref(part.ref(), table, tables));
    }
    if (relation.everyRow()) {
      return Text.of("budget.relation.inEveryRow", words.toString());
    }
    if (relation.everyColumn()) {
      return Text.of("budget.relation.inEveryColumn", words.toString());
    }
    return Text.verbatim(words.toString());
  }

  private static String ref(
      CellRelation.Ref ref, BudgetTable own, Map<String, BudgetTable> tables) {
    BudgetTable table = ref.table() == null ? own : tables.get(ref.table());
    if (table == null) {
      return ref.toString();
    }
    String row = ref.row().equals(CellRelation.EVERY) ? null : rowLabel(table, ref.row());
    String column =
        ref.column().equals(CellRelation.EVERY) ? null : columnLabel(table, ref.column());
    String cell = row == null ? column : column == null ? row : row + ", " + column;
    return ref.table() == null ? cell : table.title() + ": " + cell;
  }

  private static String rowLabel(BudgetTable table, String key) {
    return table.rows().stream()
        .filter(r -> r.key().equals(key))
        .map(TableRow::label)
        .findFirst()
        .orElse(key);
  }

  private static String columnLabel(BudgetTable table, String key) {
    return table.columns().stream()
        .filter(c -> c.key().equals(key))
        .map(TableColumn::label)
        .findFirst()
        .orElse(key);
  }
}
