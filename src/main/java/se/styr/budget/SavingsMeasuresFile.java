package se.styr.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import se.styr.shared.Status;
import se.styr.shared.Text;
import se.styr.shared.yaml.Where;
import se.styr.shared.yaml.YamlMap;
import se.styr.shared.yaml.YamlMap.Keyed;
import se.styr.shared.yaml.YamlNodes;
import se.styr.shared.yaml.YamlNodes.Fields;
import se.styr.shared.yaml.YamlReading;

/**
 * The savings measures section of a plan file (docs/plan-format.md): how it is read, and how it is
 * written in canonical form. The plan file's envelope delegates the field here.
 */
public final class SavingsMeasuresFile {
  public static final String FIELD = "savingsMeasures";

  private SavingsMeasuresFile() {}

  /** Reads the section from a plan file's root mapping; every problem goes to {@code reading}. */
  public static SavingsMeasures read(YamlMap file, YamlReading reading) {
    Optional<YamlMap> found = file.map("savingsMeasures", false);
    if (found.isEmpty()) {
      return SavingsMeasures.NONE;
    }
    YamlMap map = found.get();
    map.allowOnly(Set.of("unit", "total", "measures"));
    reading.locations().field("savingsMeasures", map.node());
    map.field("total").ifPresent(n -> reading.locations().field("savingsMeasures/total", n));
    map.field("unit").ifPresent(n -> reading.locations().field("savingsMeasures/unit", n));
    BigDecimal total = map.decimal("total", false);
    List<SavingsMeasures.Measure> measures = new ArrayList<>();
    for (Keyed item :
        map.keyed(
            "measures",
            Text.of("budget.file.savingsMeasure"),
            Set.of("key", "area", "title", "amount", "status"))) {
      YamlMap m = item.map();
      reading.locate("savingsMeasures/" + item.key(), item.node(), item.map(), "area");
      String title = m.text("title", true);
      BigDecimal amount = m.decimal("amount", false);
      Status status = m.word("status", false, Status.class);
      if (title != null) {
        reading.add(
            measures,
            item.node(),
            m.what(),
            () ->
                new SavingsMeasures.Measure(
                    item.key(), m.text("area", false), title, amount, status));
      }
    }
    return reading.build(
        map.node(),
        Where.name(FIELD),
        () -> new SavingsMeasures(map.text("unit", false), total, measures));
  }

  /** Writes the section's field into a plan file's root mapping, left out when empty. */
  public static void write(SavingsMeasures measures, Fields root) {
    root.put(FIELD, node(measures));
  }

  private static Node node(SavingsMeasures s) {
    if (s.isEmpty()) {
      return null;
    }
    return Fields.block()
        .text("unit", s.unit())
        .number("total", s.total())
        .put(
            "measures",
            YamlNodes.list(
                s.measures(),
                m ->
                    Fields.block()
                        .text("key", m.key())
                        .text("area", m.area())
                        .text("title", m.title())
                        .number("amount", m.amount())
                        .status(m.status())
                        .node()))
        .node();
  }
}
