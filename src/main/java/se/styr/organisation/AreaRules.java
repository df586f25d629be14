package se.styr.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.styr.shared.RuleProblem;
import se.styr.shared.Text;

/**
 * The rules of a plan's operational areas: every parent and every area an event comes from exists.
 */
public final class AreaRules {
  private AreaRules() {}

  /** The keys of the areas, as the other sections' rules check their references. */
  public static Set<String> keys(List<OperationalArea> areas) {
    return areas.stream().map(OperationalArea::key).collect(Collectors.toUnmodifiableSet());
  }

  public static List<RuleProblem> check(List<OperationalArea> areas) {
    Set<String> areaKeys = keys(areas);
    List<RuleProblem> problems = new ArrayList<>();
    for (OperationalArea area : areas) {
      if (area.parent() != null && !areaKeys.contains(area.parent())) {
        problems.add(
            new RuleProblem(
                null,
                null,
                null,
                "areas/" + area.key() + "/parent",
                Text.of("organisation.rule.unknownArea", area.key(), area.parent())));
      }
      for (AreaEvent event : area.events()) {
        for (String from : event.from()) {
          if (!areaKeys.contains(from)) {
            problems.add(
                new RuleProblem(
                    null,
                    null,
                    null,
                    "areas/" + area.key() + "/events",
                    Text.of("organisation.rule.unknownArea", area.key(), from)));
          }
        }
      }
    }
    return problems;
  }
}
