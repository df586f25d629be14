package se.styr.budget;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;
import se.styr.shared.yaml.YamlNodes;
import se.styr.shared.yaml.YamlNodes.Fields;

/**
 * Writes tables and text figures in the plan file's canonical form (the reader is {@link
 * TableReader}).
 */
public final class TableWriter {
  private TableWriter() {}

  /** A table as the plan file writes it in its content. */
  public static Node table(BudgetTable table) {
    Fields fields =
        Fields.block()
            .text("table", table.key())
            .text("kind", table.kind().fileName())
            .text("title", table.title())
            .text("unit", table.unit())
            .flag("unitPrinted", table.unitPrinted(), true)
            .flag("itemised", table.itemised(), true)
            .text(
                "distributes", table.distributes() == null ? null : table.distributes().toString())
            .put(
                "columns",
                YamlNodes.blockList(table.columns().stream().map(TableWriter::column).toList()))
            .put("rows", YamlNodes.blockList(table.rows().stream().map(TableWriter::row).toList()));
    YamlNodes.texts(table.footnotes()).ifPresent(n -> fields.put("footnotes", n));
    YamlNodes.texts(table.relations().stream().map(CellRelation::toString).toList())
        .ifPresent(n -> fields.put("relations", n));
    return fields.node();
  }

  private static Node column(TableColumn column) {
    return Fields.flow()
        .text("key", column.key())
        .text("label", column.label())
        .text("type", column.type().fileName())
        .number("year", column.year())
        .text("asOf", column.asOf() == null ? null : column.asOf().toString())
        .text("unit", column.unit())
        .text("formula", column.formula() == null ? null : column.formula().toString())
        .node();
  }

  private static Node row(TableRow row) {
    Fields fields =
        Fields.block()
            .text("key", row.key())
            .text("label", row.label())
            .text("parent", row.parent())
            .text("role", row.role() == RowRole.ITEM ? null : row.role().fileName())
            .text("area", row.area())
            .text("group", row.group())
            .text("formula", row.formula() == null ? null : row.formula().toString());
    if (row.frameChange() != null) {
      fields
          .text("category", row.frameChange().category().fileName())
          .number("percent", row.frameChange().percent())
          .text(
              "duration",
              row.frameChange().duration() == null ? null : row.frameChange().duration().fileName())
          .text("counterpart", row.frameChange().counterpart())
          .number("frameYear", row.frameChange().year());
    }
    if (row.reallocation() != null) {
      fields.text("from", row.reallocation().fromArea()).text("to", row.reallocation().toArea());
    }
    fields
        .text("investment", row.investment() == null ? null : row.investment().fileName())
        .text("note", row.note());
    boolean allBlank = row.cells().stream().allMatch(c -> c.isBlank() && !c.isDash());
    if (!(row.role() == RowRole.HEADING && allBlank)) {
      List<Node> values = new ArrayList<>();
      for (Cell cell : row.cells()) {
        values.add(cell(cell));
      }
      fields.put("values", YamlNodes.flowList(values));
    }
    return fields.node();
  }

  private static Node cell(Cell cell) {
    Node figure =
        cell.printed() != null
            ? YamlNodes.text(cell.printed()) // quoted by the emitter: read back as printed
            : cell.isBlank() ? null : YamlNodes.number(cell.value());
    if (cell.note() == null) {
      return figure == null ? YamlNodes.nothing() : figure;
    }
    return Fields.flow().put("value", figure).text("note", cell.note()).node();
  }

  /** A text figure as the plan file writes it. */
  public static Node figure(TextFigure figure) {
    return Fields.block()
        .text("key", figure.key())
        .text("text", figure.text())
        .number("value", figure.value())
        .text("unit", figure.unit())
        .text("equals", figure.equals().toString())
        .node();
  }
}
