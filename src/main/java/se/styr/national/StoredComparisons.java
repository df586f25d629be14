package se.styr.national;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import se.styr.goals.ComparisonData;
import se.styr.goals.GoalPlan;
import se.styr.goals.Indicator;

/**
 * A plan's goals with the comparison data Styr has stored for the KPIs its indicators link to, so
 * that relative targets ("bland de 25 % bästa") can be assessed. What the plan file itself holds
 * for a KPI and year comes first; stored data fills the rest, and is never written into the plan
 * file. A KPI is compared for the gender its first linked indicator names (T unless one is chosen).
 */
public final class StoredComparisons {
  private StoredComparisons() {}

  /** {@code goals} with stored comparison data added where the plan file has none. */
  public static GoalPlan added(GoalPlan goals, KoladaStore store) {
    Map<String, String> genderByKpi = new LinkedHashMap<>();
    linked(goals)
        .filter(i -> i.source() != null && i.source().kpi() != null)
        .forEach(i -> genderByKpi.putIfAbsent(i.source().kpi(), i.source().genderOrTotal()));
    if (genderByKpi.isEmpty()) {
      return goals;
    }
    Set<String> inFile = new HashSet<>();
    goals.comparisons().forEach(c -> inFile.add(c.kpi() + "@" + c.year()));
    List<ComparisonData> all = new ArrayList<>(goals.comparisons());
    Map<String, List<String>> kpisByGender = new LinkedHashMap<>();
    genderByKpi.forEach(
        (kpi, gender) -> kpisByGender.computeIfAbsent(gender, g -> new ArrayList<>()).add(kpi));
    kpisByGender.forEach(
        (gender, kpis) ->
            store.comparisons(kpis, gender).stream()
                .filter(c -> !inFile.contains(c.kpi() + "@" + c.year()))
                .forEach(all::add));
    if (all.size() == goals.comparisons().size()) {
      return goals;
    }
    return new GoalPlan(
        goals.goalLevels(),
        goals.qualityAreas(),
        goals.assessment(),
        goals.goals(),
        goals.indicators(),
        goals.activities(),
        goals.assignments(),
        goals.priorityDirections(),
        goals.actionPlans(),
        goals.focusAreas(),
        goals.reservations(),
        all);
  }

  /** The plan's indicators and those its members' reservations propose. */
  private static Stream<Indicator> linked(GoalPlan goals) {
    return Stream.concat(
        goals.indicators().stream(),
        goals.reservations().stream()
            .flatMap(r -> r.points().stream())
            .flatMap(p -> p.indicators().stream()));
  }
}
