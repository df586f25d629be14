package se.styr.organisation;

import org.snakeyaml.engine.v2.nodes.Node;
import se.styr.shared.yaml.YamlNodes;
import se.styr.shared.yaml.YamlNodes.Fields;

/**
 * Writes operational areas in the plan file's canonical form (the reader is {@link AreaReader}).
 */
public final class AreaWriter {
  private AreaWriter() {}

  /** An area as the plan file writes it. */
  public static Node area(OperationalArea area) {
    Fields fields =
        Fields.block()
            .text("key", area.key())
            .text("name", area.name())
            .text("parent", area.parent())
            .flag("group", area.group(), false)
            .number("validFrom", area.validFrom())
            .number("validTo", area.validTo());
    if (!area.events().isEmpty()) {
      fields.put(
          "events", YamlNodes.blockList(area.events().stream().map(AreaWriter::event).toList()));
    }
    return fields.node();
  }

  private static Node event(AreaEvent event) {
    return Fields.block()
        .number("year", event.year())
        .text("type", event.type().name().toLowerCase())
        .put(
            "from",
            event.from().isEmpty()
                ? null
                : YamlNodes.flowList(event.from().stream().map(YamlNodes::text).toList()))
        .text("formerName", event.formerName())
        .text("note", event.note())
        .node();
  }
}
