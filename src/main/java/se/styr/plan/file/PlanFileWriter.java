package se.styr.plan.file;

import se.styr.goals.GoalWriter;
import se.styr.shared.yaml.YamlNodes;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.RowRole;
import se.styr.budget.TableColumn;
import se.styr.budget.TableRow;
import se.styr.budget.TextFigure;
import se.styr.organisation.AreaEvent;
import se.styr.organisation.OperationalArea;
import se.styr.plan.Block;
import se.styr.version.Decision;
import se.styr.plan.PlanDocument;
import se.styr.version.PlanHeader;
import se.styr.version.VersionInfo;
import se.styr.shared.yaml.YamlNodes.Fields;

/** Writes a plan in the canonical plan file form: fixed field order, optional fields only when set. */
public final class PlanFileWriter {
  static final String HEADER = "# Styr plan file. Format: docs/plan-format.md (schema: docs/plan-file.schema.json)\n";

  private PlanFileWriter() {}

  public static String write(PlanDocument plan) {
    Fields root = Fields.block()
        .text("format", PlanFileReader.FORMAT)
        .put("municipality", Fields.block().text("code", plan.municipality().code())
            .text("name", plan.municipality().name()).node())
        .put("committee", Fields.block().text("key", plan.committee().key()).text("name", plan.committee().name()).node())
        .put("plan", header(plan.header()))
        .put("version", version(plan.version()))
        .put("areas", plan.areas().isEmpty() ? null : YamlNodes.blockList(plan.areas().stream().map(PlanFileWriter::area).toList()))
        .put("content", YamlNodes.blockList(plan.content().stream().map(PlanFileWriter::block).toList()))
        .put("textFigures", plan.textFigures().isEmpty() ? null
            : YamlNodes.blockList(plan.textFigures().stream().map(PlanFileWriter::figure).toList()));
    GoalWriter.write(plan.steering(), root);
    return HEADER + dump(root);
  }

  /** The goal chain and commitments of a plan alone, as the sections a plan file holds them in. */
  static String writeSteering(PlanDocument plan) {
    Fields root = Fields.block();
    GoalWriter.write(plan.steering(), root);
    return plan.steering().isEmpty() ? "" : dump(root);
  }

  private static String dump(Fields root) {
    DumpSettings settings = DumpSettings.builder()
        .setDefaultFlowStyle(FlowStyle.BLOCK)
        .setIndent(2)
        .setIndicatorIndent(2)
        .setIndentWithIndicator(true)
        .setWidth(4096)
        .setSplitLines(false)
        .setUseUnicodeEncoding(true)
        // The YAML 1.2 core schema reads 0181 as a number; under it the emitter quotes such strings.
        .setSchema(new CoreSchema())
        .build();
    StringWriter out = new StringWriter();
    new Dump(settings).dumpNode(root.node(), new StreamDataWriter() {
      @Override
      public void write(String str) {
        out.write(str);
      }

      @Override
      public void write(String str, int off, int len) {
        out.write(str, off, len);
      }
    });
    return out.toString();
  }

  private static Node header(PlanHeader header) {
    return Fields.block()
        .text("title", header.title())
        .number("budgetYear", header.period().budgetYear())
        .put("historyYears", YamlNodes.years(header.period().historyYears()))
        .put("planYears", YamlNodes.years(header.period().planYears()))
        .text("documentDate", header.documentDate() == null ? null : header.documentDate().toString())
        .text("chair", header.chair())
        .text("officer", header.officer())
        .node();
  }

  private static Node version(VersionInfo version) {
    Fields fields = Fields.block().number("number", version.number()).text("status", version.status().fileName());
    if (!version.decisions().isEmpty()) {
      fields.put("decisions", YamlNodes.blockList(version.decisions().stream().map(PlanFileWriter::decision).toList()));
    }
    return fields.node();
  }

  private static Node decision(Decision decision) {
    Fields fields = Fields.block()
        .text("date", decision.date() == null ? null : decision.date().toString())
        .text("paragraph", decision.paragraph())
        .text("dnr", decision.dnr())
        .text("body", decision.body());
    YamlNodes.texts(decision.points()).ifPresent(n -> fields.put("points", n));
    return fields.text("note", decision.note()).node();
  }

  private static Node area(OperationalArea area) {
    Fields fields = Fields.block()
        .text("key", area.key())
        .text("name", area.name())
        .text("parent", area.parent())
        .flag("group", area.group(), false)
        .number("validFrom", area.validFrom())
        .number("validTo", area.validTo());
    if (!area.events().isEmpty()) {
      fields.put("events", YamlNodes.blockList(area.events().stream().map(PlanFileWriter::event).toList()));
    }
    return fields.node();
  }

  private static Node event(AreaEvent event) {
    return Fields.block()
        .number("year", event.year())
        .text("type", event.type().name().toLowerCase())
        .put("from", event.from().isEmpty() ? null : YamlNodes.flowList(event.from().stream().map(YamlNodes::text).toList()))
        .text("formerName", event.formerName())
        .text("note", event.note())
        .node();
  }

  private static Node block(Block block) {
    if (block instanceof Block.Section section) {
      return Fields.block()
          .text("section", section.key())
          .text("title", section.title())
          .number("level", section.level())
          .put("text", section.text().isEmpty() ? null : YamlNodes.text(section.text()))
          .node();
    }
    if (block instanceof Block.TableReference reference) {
      return Fields.block().text("table", reference.key()).node();
    }
    return table(((Block.Table) block).table());
  }

  private static Node table(BudgetTable table) {
    Fields fields = Fields.block()
        .text("table", table.key())
        .text("kind", table.kind().fileName())
        .text("title", table.title())
        .text("unit", table.unit())
        .flag("unitPrinted", table.unitPrinted(), true)
        .flag("itemised", table.itemised(), true)
        .text("distributes", table.distributes() == null ? null : table.distributes().toString())
        .put("columns", YamlNodes.blockList(table.columns().stream().map(PlanFileWriter::column).toList()))
        .put("rows", YamlNodes.blockList(table.rows().stream().map(PlanFileWriter::row).toList()));
    YamlNodes.texts(table.footnotes()).ifPresent(n -> fields.put("footnotes", n));
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
    Fields fields = Fields.block()
        .text("key", row.key())
        .text("label", row.label())
        .text("role", row.role() == RowRole.ITEM ? null : row.role().fileName())
        .text("area", row.area())
        .text("group", row.group())
        .text("formula", row.formula() == null ? null : row.formula().toString());
    if (row.frameChange() != null) {
      fields.text("category", row.frameChange().category().fileName())
          .number("percent", row.frameChange().percent())
          .text("duration", row.frameChange().duration() == null ? null : row.frameChange().duration().fileName())
          .text("counterpart", row.frameChange().counterpart());
    }
    if (row.reallocation() != null) {
      fields.text("from", row.reallocation().fromArea()).text("to", row.reallocation().toArea());
    }
    fields.text("investment", row.investment() == null ? null : row.investment().fileName())
        .text("note", row.note());
    boolean allBlank = row.cells().stream().allMatch(Cell::isBlank);
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
    if (cell.note() == null) {
      return cell.isBlank() ? YamlNodes.nothing() : YamlNodes.number(cell.value());
    }
    return Fields.flow().put("value", cell.isBlank() ? null : YamlNodes.number(cell.value())).text("note", cell.note()).node();
  }

  private static Node figure(TextFigure figure) {
    return Fields.block()
        .text("key", figure.key())
        .text("text", figure.text())
        .number("value", figure.value())
        .text("unit", figure.unit())
        .text("equals", figure.equals().toString())
        .node();
  }
}
