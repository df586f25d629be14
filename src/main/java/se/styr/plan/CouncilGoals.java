package se.styr.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.ColumnType;
import se.styr.budget.TableColumn;
import se.styr.budget.TableKind;
import se.styr.budget.TableRow;
import se.styr.goals.Goal;
import se.styr.goals.GoalLevel;
import se.styr.goals.GoalPlan;
import se.styr.organisation.Committee;
import se.styr.shared.file.BadFileException;

/**
 * The council's goals and frames, written once per municipality and year in the council's own plan
 * (the plan of the committee {@value #COUNCIL_KEY}, whose operational areas are the committees) and
 * followed by every committee's plan of that year: the council plan's goal levels and the goals at
 * them take the place of the committee plan's goals at those levels, and a committee's frame is the
 * council plan's budget-year figure of the row for that committee. Plain Java.
 */
public final class CouncilGoals {
  /** The committee key of the council's own plan (kommunfullmäktige). */
  public static final String COUNCIL_KEY = "kommunfullmaktige";

  private CouncilGoals() {}

  /** Whether {@code committee} is the council, whose plan the others follow. */
  public static boolean isCouncil(Committee committee) {
    return COUNCIL_KEY.equals(committee.key());
  }

  /**
   * {@code plan} with the council plan's goal levels and goals in place of its own at those levels
   * (its own goals at other levels stay, after them), if the plan file's rules accept the result;
   * else empty (a committee goal names a council goal the council no longer has, say).
   */
  public static Optional<PlanDocument> followed(PlanDocument plan, PlanDocument council) {
    try {
      return Optional.of(checked(merged(plan, council)));
    } catch (BadFileException e) {
      return Optional.empty();
    }
  }

  /**
   * Why {@code plan} cannot take the council's goals as they are now (the plan file's rules, each
   * problem in words); empty if it can.
   */
  public static List<se.styr.shared.Text> conflicts(PlanDocument plan, PlanDocument council) {
    try {
      checked(merged(plan, council));
      return List.of();
    } catch (BadFileException e) {
      return e.problems().stream().map(se.styr.shared.file.FileProblem::text).toList();
    }
  }

  private static PlanDocument checked(PlanDocument followed) {
    return StoredSections.read(
        followed.withSections(null, null, null), StoredSections.write(followed));
  }

  private static PlanDocument merged(PlanDocument plan, PlanDocument council) {
    GoalPlan own = plan.goals();
    GoalPlan theirs = council.goals();
    Set<String> levels = new HashSet<>();
    List<GoalLevel> mergedLevels = new ArrayList<>(theirs.goalLevels());
    theirs.goalLevels().forEach(l -> levels.add(l.key()));
    for (GoalLevel level : own.goalLevels()) {
      if (!levels.contains(level.key())) {
        mergedLevels.add(level);
      }
    }
    Set<String> keys = new HashSet<>();
    List<Goal> goals = new ArrayList<>();
    for (Goal goal : theirs.goals()) {
      if (levels.contains(goal.level())) {
        goals.add(goal);
        keys.add(goal.key());
      }
    }
    for (Goal goal : own.goals()) {
      if (!levels.contains(goal.level()) && !keys.contains(goal.key())) {
        goals.add(goal);
      }
    }
    GoalPlan merged =
        new GoalPlan(
            mergedLevels,
            own.qualityAreas(),
            own.assessment(),
            goals,
            own.indicators(),
            own.activities(),
            own.assignments(),
            own.priorityDirections(),
            own.actionPlans(),
            own.focusAreas(),
            own.reservations(),
            own.comparisons());
    return plan.withGoals(merged);
  }

  /** Whether a goal level of a plan that follows {@code council} is the council's to change. */
  public static boolean councilLevel(PlanDocument council, String level) {
    return council.goals().goalLevels().stream().anyMatch(l -> l.key().equals(level));
  }

  /** A committee's frame as the council's plan states it: amount and unit. */
  public record Frame(BigDecimal amount, String unit, String table) {}

  /**
   * The frame the council's plan gives {@code committee} in {@code year}: the figure of the first
   * frame distribution or operating summary row for the committee's key, in a budget column of that
   * year; empty if the council's plan states none (never zero).
   */
  public static Optional<Frame> frame(PlanDocument council, String committee, int year) {
    for (TableKind kind : List.of(TableKind.FRAME_DISTRIBUTION, TableKind.OPERATING_SUMMARY)) {
      for (BudgetTable table : council.tables()) {
        if (table.kind() != kind) {
          continue;
        }
        for (int c = 0; c < table.columns().size(); c++) {
          TableColumn column = table.columns().get(c);
          if (column.type() != ColumnType.BUDGET
              || column.year() == null
              || column.year() != year) {
            continue;
          }
          for (TableRow row : table.rows()) {
            if (committee.equals(row.area())) {
              Cell cell = row.cells().get(c);
              if (!cell.isBlank()) {
                return Optional.of(new Frame(cell.value(), table.unit(), table.title()));
              }
            }
          }
        }
      }
    }
    return Optional.empty();
  }
}
