package se.styr.goals;

import java.util.List;
import java.util.Objects;
import se.styr.shared.Keys;

/**
 * A goal at one level of the hierarchy: a council goal, a committee goal, a goal area. A goal whose
 * level has goals below may say by decision that it has none ({@code withoutSubgoal}). A goal
 * proposed in a reservation names the decided goal it would replace.
 */
public record Goal(
    String key,
    String level,
    String parent,
    String number,
    String title,
    CouncilGoalType type,
    String perspective,
    String description,
    String followUp,
    List<GlobalGoal> globalGoals,
    List<String> qualityAreas,
    String withoutSubgoal,
    String rule,
    String replaces) {

  public Goal {
    Keys.require(key, GoalWords.GOAL);
    Objects.requireNonNull(level, "goal level");
    Objects.requireNonNull(title, "goal title");
    globalGoals = List.copyOf(globalGoals);
    qualityAreas = List.copyOf(qualityAreas);
  }

  /** "KF-mål 1: Södertälje kommuns invånare ..." or the title alone. */
  public String label() {
    return numbered(number, title);
  }

  /**
   * "1: Trygg omsorg", or, where the number ends in punctuation of its own as printed ("1.", "1)",
   * "A:"), "1. Trygg omsorg": never a doubled mark such as "1.: ".
   */
  public static String numbered(String number, String title) {
    if (number == null || number.isBlank()) {
      return title;
    }
    String printed = number.strip();
    char last = printed.charAt(printed.length() - 1);
    return ".:)".indexOf(last) >= 0 ? printed + " " + title : printed + ": " + title;
  }
}
