package se.styr.budget;

import java.util.List;
import se.styr.shared.RuleProblem;
import se.styr.shared.TextLengths;

/** Every text of a table (and of the plan's text figures) within the length its column stores. */
final class TableLengths {
  private TableLengths() {}

  static List<RuleProblem> check(BudgetTable table) {
    TextLengths lengths = new TextLengths();
    String key = table.key();
    lengths
        .check(key, TextLengths.KEY, key, null, null, "key")
        .check(table.title(), TextLengths.TITLE, key, null, null, "title")
        .check(table.unit(), TextLengths.UNIT, key, null, null, "unit");
    for (TableColumn column : table.columns()) {
      lengths
          .check(column.key(), TextLengths.KEY, key, null, column.key(), "key")
          .check(column.label(), TextLengths.TITLE, key, null, column.key(), "label")
          .check(column.unit(), TextLengths.UNIT, key, null, column.key(), "unit");
    }
    for (TableRow row : table.rows()) {
      lengths
          .check(row.key(), TextLengths.KEY, key, row.key(), null, "key")
          .check(row.label(), TextLengths.LABEL, key, row.key(), null, "label")
          .check(row.parent(), TextLengths.TITLE, key, row.key(), null, "parent")
          .check(row.note(), TextLengths.ROW_NOTE, key, row.key(), null, "note")
          .check(row.area(), TextLengths.KEY, key, row.key(), null, "area")
          .check(row.group(), TextLengths.KEY, key, row.key(), null, "group");
      if (row.frameChange() != null) {
        lengths.check(
            row.frameChange().counterpart(),
            TextLengths.COUNTERPART,
            key,
            row.key(),
            null,
            "counterpart");
      }
      for (int i = 0; i < row.cells().size() && i < table.columns().size(); i++) {
        lengths.check(
            row.cells().get(i).note(),
            TextLengths.CELL_NOTE,
            key,
            row.key(),
            table.columns().get(i).key(),
            "note");
      }
    }
    return lengths.problems();
  }

  static List<RuleProblem> check(TextFigure figure) {
    return new TextLengths()
        .check(figure.key(), TextLengths.KEY, "textFigures/" + figure.key() + "/key")
        .check(figure.unit(), TextLengths.UNIT, "textFigures/" + figure.key() + "/unit")
        .problems();
  }
}
