package se.styr.plan;

import org.snakeyaml.engine.v2.nodes.Node;
import se.styr.budget.SavingsMeasuresFile;
import se.styr.budget.TableWriter;
import se.styr.followup.FollowUpFile;
import se.styr.forecast.ForecastFile;
import se.styr.goals.GoalFile;
import se.styr.organisation.AreaWriter;
import se.styr.shared.yaml.YamlNodes;
import se.styr.shared.yaml.YamlNodes.Fields;
import se.styr.shared.yaml.YamlText;
import se.styr.texts.Section;
import se.styr.version.Decision;
import se.styr.version.PlanHeader;
import se.styr.version.VersionInfo;

/**
 * Writes a plan in the canonical plan file form: fixed field order, optional fields only when set.
 */
public final class PlanFileWriter {
  static final String HEADER =
      "# Styr plan file. Format: docs/plan-format.md (schema: docs/plan-file.schema.json)\n";

  private PlanFileWriter() {}

  public static String write(PlanDocument plan) {
    Fields root =
        Fields.block()
            .text("format", PlanFileReader.FORMAT)
            .put(
                "municipality",
                Fields.block()
                    .text("code", plan.municipality().scbCode())
                    .text("name", plan.municipality().name())
                    .node())
            .put(
                "committee",
                Fields.block()
                    .text("key", plan.committee().key())
                    .text("name", plan.committee().name())
                    .node())
            .put("plan", header(plan.header()))
            .put("version", version(plan.version()))
            .put(
                "areas",
                plan.areas().isEmpty()
                    ? null
                    : YamlNodes.blockList(plan.areas().stream().map(AreaWriter::area).toList()))
            .put(
                "content",
                YamlNodes.blockList(plan.content().stream().map(PlanFileWriter::block).toList()))
            .put(
                "textFigures",
                plan.textFigures().isEmpty()
                    ? null
                    : YamlNodes.blockList(
                        plan.textFigures().stream().map(TableWriter::figure).toList()));
    writeSections(plan, root);
    return HEADER + dump(root);
  }

  /**
   * The sections kept beside tables and text (goals, savings measures, follow-up) alone, or "" if
   * empty.
   */
  static String writeSections(PlanDocument plan) {
    Fields root = Fields.block();
    writeSections(plan, root);
    return plan.goals().isEmpty()
            && plan.savingsMeasures().isEmpty()
            && plan.followUp().isEmpty()
            && plan.forecasts().isEmpty()
        ? ""
        : dump(root);
  }

  private static void writeSections(PlanDocument plan, Fields root) {
    GoalFile.write(plan.goals(), root);
    SavingsMeasuresFile.write(plan.savingsMeasures(), root);
    FollowUpFile.write(plan.followUp(), root);
    ForecastFile.write(plan.forecasts(), root);
  }

  private static String dump(Fields root) {
    return YamlText.dump(root.node());
  }

  private static Node header(PlanHeader header) {
    return Fields.block()
        .text("title", header.title())
        .number("budgetYear", header.period().budgetYear())
        .put("historyYears", YamlNodes.years(header.period().historyYears()))
        .put("planYears", YamlNodes.years(header.period().planYears()))
        .text(
            "documentDate", header.documentDate() == null ? null : header.documentDate().toString())
        .text("chair", header.chair())
        .text("officer", header.officer())
        .node();
  }

  private static Node version(VersionInfo version) {
    Fields fields =
        Fields.block()
            .number("number", version.number())
            .text("status", version.status().fileName());
    if (!version.decisions().isEmpty()) {
      fields.put(
          "decisions",
          YamlNodes.blockList(version.decisions().stream().map(PlanFileWriter::decision).toList()));
    }
    return fields.node();
  }

  private static Node decision(Decision decision) {
    Fields fields =
        Fields.block()
            .text("date", decision.date() == null ? null : decision.date().toString())
            .text("paragraph", decision.paragraph())
            .text("dnr", decision.dnr())
            .text("body", decision.body());
    YamlNodes.texts(decision.points()).ifPresent(n -> fields.put("points", n));
    return fields.text("note", decision.note()).node();
  }

  static Node block(Block block) {
    if (block instanceof Block.Text text) {
      Section section = text.section();
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
    return TableWriter.table(((Block.Table) block).table());
  }
}
