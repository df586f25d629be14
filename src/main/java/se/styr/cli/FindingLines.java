package se.styr.cli;

import java.math.BigDecimal;
import se.styr.checks.Finding;
import se.styr.checks.FindingKind;
import se.styr.checks.GoalFinding;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One finding as one JSON line, exactly these fields in this order: {@code
 * {"file","table","row","column","stated","computed","difference","kind"}}. Amounts are JSON
 * numbers written in plain notation; a UNIT finding states units as strings and has no difference.
 */
final class FindingLines {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private FindingLines() {}

  static String line(String file, Finding finding) {
    ObjectNode node = JSON.createObjectNode();
    node.put("file", file);
    node.put("table", finding.table());
    node.put("row", finding.row());
    node.put("column", finding.column());
    if (finding.kind() == FindingKind.UNIT) {
      node.put("stated", finding.statedUnit());
      node.put("computed", finding.computedUnit());
      node.putNull("difference");
    } else {
      number(node, "stated", finding.stated());
      number(node, "computed", finding.computed());
      number(node, "difference", finding.difference());
    }
    node.put("kind", finding.kind().name());
    return JSON.writeValueAsString(node);
  }

  /**
   * A goal-chain fault in the same fields: "table" names what it concerns (indikator, regel, mål,
   * risk, besparingsåtgärder), "row" its name, "column" the field; stated and computed are texts.
   */
  static String line(String file, GoalFinding finding) {
    ObjectNode node = JSON.createObjectNode();
    node.put("file", file);
    node.put(
        "table",
        switch (finding.subject()) {
          case "indicator" -> "indikator";
          case "rule" -> "regel";
          case "goal" -> "mål";
          case "risk" -> "risk";
          default -> "besparingsåtgärder";
        });
    node.put("row", finding.key() + ": " + finding.name());
    node.put("column", finding.field());
    node.put("stated", finding.stated());
    node.put("computed", finding.expected());
    node.putNull("difference");
    node.put("kind", finding.kind().name());
    return JSON.writeValueAsString(node);
  }

  private static void number(ObjectNode node, String field, BigDecimal value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
