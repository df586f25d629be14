package se.styr.goals;

import java.util.List;
import se.styr.shared.yaml.YamlMap;
import se.styr.shared.yaml.YamlNodes.Fields;
import se.styr.shared.yaml.YamlReading;

/**
 * The goals section of a plan file (docs/plan-format.md): its fields, how they are read, and how
 * they are written in canonical form. The plan file's envelope delegates these fields here.
 */
public final class GoalFile {
  /** The plan file's fields this section holds, in canonical order. */
  public static final List<String> FIELDS =
      List.of(
          "goalLevels",
          "qualityAreas",
          "assessment",
          "goals",
          "indicators",
          "activities",
          "assignments",
          "priorityDirections",
          "actionPlans",
          "focusAreas",
          "reservations",
          "comparisons");

  private GoalFile() {}

  /** Reads the section from a plan file's root mapping; every problem goes to {@code reading}. */
  public static GoalPlan read(YamlMap file, YamlReading reading) {
    GoalReader goals = new GoalReader(reading);
    CommitmentReader commitments = new CommitmentReader(reading, goals);
    return new GoalPlan(
        goals.levels(file),
        goals.qualityAreas(file),
        goals.assessment(file),
        goals.goals(file, "goals", "goals/"),
        goals.indicators(file, "indicators", "indicators/"),
        commitments.activities(file),
        commitments.assignments(file),
        commitments.priorityDirections(file),
        commitments.actionPlans(file),
        commitments.focusAreas(file),
        commitments.reservations(file),
        goals.comparisons(file));
  }

  /** Writes the section's fields into a plan file's root mapping, empty ones left out. */
  public static void write(GoalPlan plan, Fields root) {
    GoalWriter.write(plan, root);
  }
}
