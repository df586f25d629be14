package se.styr.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;
import se.styr.shared.yaml.Locations;
import se.styr.shared.yaml.Where;
import se.styr.shared.yaml.YamlMap;
import se.styr.shared.yaml.YamlProblems;
import se.styr.shared.yaml.YamlReading;

/** Reads the operational areas of a plan file and checks that their references resolve. */
public final class AreaReader {
  private static final Text AREA = Text.of("organisation.file.area");

  private AreaReader() {}

  public static List<OperationalArea> areas(YamlMap file, YamlReading reading) {
    YamlProblems problems = reading.problems();
    Locations locations = reading.locations();
    List<OperationalArea> areas = new ArrayList<>();
    Map<String, Node> seen = new HashMap<>();
    for (Node node : file.list("areas", false)) {
      Optional<YamlMap> found = YamlMap.of(node, AREA, problems);
      if (found.isEmpty()) {
        continue;
      }
      YamlMap map = found.get();
      map.allowOnly(Set.of("key", "name", "parent", "group", "validFrom", "validTo", "events"));
      String key = map.text("key", true);
      Text where = Where.item(AREA, key);
      if (key != null && !key.matches("[A-Za-z0-9_][A-Za-z0-9_\\-]*")) {
        problems.add(map.field("key").get(), Text.of("organisation.file.key", where));
      }
      if (key != null) {
        Node first = seen.putIfAbsent(key, node);
        if (first != null) {
          problems.add(node, Text.of("file.duplicate", AREA, key, YamlProblems.line(first)));
        }
      }
      String name = map.text("name", true);
      String parent = map.text("parent", false);
      map.field("parent").ifPresent(n -> locations.field("areas/" + key + "/parent", n));
      map.field("events").ifPresent(n -> locations.field("areas/" + key + "/events", n));
      List<AreaEvent> events = new ArrayList<>();
      for (Node eventNode : map.list("events", false)) {
        YamlMap.of(eventNode, Where.part(where, Text.of("organisation.file.event")), problems)
            .ifPresent(
                e -> {
                  AreaEvent event = event(e, where, problems);
                  if (event != null) {
                    events.add(event);
                  }
                });
      }
      if (key == null || name == null) {
        continue;
      }
      try {
        areas.add(
            new OperationalArea(
                key,
                name,
                parent,
                map.flag("group", false),
                map.year("validFrom", false),
                map.year("validTo", false),
                events));
      } catch (IllegalArgumentException e) {
        problems.add(node, Where.at(where, InvalidValueException.textOf(e)));
      }
    }
    return areas;
  }

  private static AreaEvent event(YamlMap map, Text where, YamlProblems problems) {
    map.allowOnly(Set.of("year", "type", "from", "formerName", "note"));
    Integer year = map.year("year", true);
    String typeText = map.text("type", true);
    AreaEvent.Type type = null;
    if (typeText != null) {
      try {
        type = AreaEvent.Type.valueOf(typeText.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(
            map.field("type").get(), Text.of("organisation.file.eventType", where, typeText));
      }
    }
    if (year == null || type == null) {
      return null;
    }
    try {
      return new AreaEvent(
          year, type, map.texts("from"), map.text("formerName", false), map.text("note", false));
    } catch (IllegalArgumentException e) {
      problems.add(map.node(), Where.at(where, InvalidValueException.textOf(e)));
      return null;
    }
  }
}
