package se.styr.organisation;

import java.util.List;
import java.util.Optional;
import se.styr.shared.Text;
import se.styr.shared.yaml.YamlFile;
import se.styr.shared.yaml.YamlNodes;
import se.styr.shared.yaml.YamlText;

/**
 * A change of a draft's operational areas, exactly enough to undo it: the areas before and after,
 * each as a plan file writes them. Kept with the change's audit entry as two YAML documents after a
 * first line {@code areas}.
 */
public record AreaChange(List<OperationalArea> before, List<OperationalArea> after) {
  private static final String MARK = "areas\n";
  private static final String AFTER = "\n# after\n";

  public AreaChange {
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  /** The change as its audit entry keeps it. */
  public String target() {
    return MARK + yaml(before) + AFTER + yaml(after);
  }

  private static String yaml(List<OperationalArea> areas) {
    return YamlText.dump(
        YamlNodes.Fields.block()
            .put("areas", YamlNodes.blockList(areas.stream().map(AreaWriter::area).toList()))
            .node());
  }

  /** The area change an audit entry's target describes, if it describes one. */
  public static Optional<AreaChange> of(String target) {
    if (target == null || !target.startsWith(MARK) || !target.contains(AFTER)) {
      return Optional.empty();
    }
    String body = target.substring(MARK.length());
    int split = body.indexOf(AFTER);
    try {
      return Optional.of(
          new AreaChange(
              read(body.substring(0, split)), read(body.substring(split + AFTER.length()))));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static List<OperationalArea> read(String yaml) {
    return YamlFile.read(
        "areas",
        yaml,
        Text.of("organisation.file.area"),
        (map, reading) -> AreaReader.areas(map, reading));
  }
}
