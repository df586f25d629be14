package se.styr.budget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;
import se.styr.shared.yaml.Where;
import se.styr.shared.yaml.YamlMap;
import se.styr.shared.yaml.YamlProblems;
import se.styr.shared.yaml.YamlReading;

/**
 * Reads the text figures of a plan file: amounts stated in running text, with what they must equal.
 */
public final class TextFigureReader {
  public static final String FIELD = "textFigures";
  private static final Text FIGURE = Text.of("budget.file.textFigure");

  private TextFigureReader() {}

  public static List<TextFigure> read(YamlMap file, YamlReading reading) {
    YamlProblems problems = reading.problems();
    List<TextFigure> figures = new ArrayList<>();
    Map<String, Node> seen = new HashMap<>();
    for (Node node : file.list(FIELD, false)) {
      YamlMap.of(node, FIGURE, problems)
          .ifPresent(
              map -> {
                map.allowOnly(Set.of("key", "text", "value", "unit", "equals"));
                String key = map.text("key", true);
                reading.once(seen, key, node, FIGURE);
                Text where = Where.item(FIGURE, key);
                String text = map.text("text", true);
                String unit = map.text("unit", true);
                map.field("unit")
                    .ifPresent(n -> reading.locations().field("textFigures/" + key + "/unit", n));
                map.field("equals")
                    .ifPresent(n -> reading.locations().field("textFigures/" + key + "/equals", n));
                var value = map.decimal("value", true);
                Formula equals = null;
                String formula = map.text("equals", true);
                if (formula != null) {
                  try {
                    equals = Formula.parse(formula);
                  } catch (IllegalArgumentException e) {
                    problems.add(
                        map.field("equals").get(),
                        Where.at(where, InvalidValueException.textOf(e)));
                  }
                }
                if (key != null
                    && text != null
                    && unit != null
                    && value != null
                    && equals != null) {
                  figures.add(new TextFigure(key, text, value, unit, equals));
                }
              });
    }
    return figures;
  }
}
