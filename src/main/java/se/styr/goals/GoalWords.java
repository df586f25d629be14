package se.styr.goals;

import se.styr.shared.Text;

/**
 * How the goal section's items are named in messages about a plan file: "indicator 'x'", "goal
 * level 'kf'".
 */
final class GoalWords {
  static final Text GOAL_LEVEL = Text.of("goals.file.goalLevel");
  static final Text QUALITY_AREA = Text.of("goals.file.qualityArea");
  static final Text RULE = Text.of("goals.file.rule");
  static final Text BAND = Text.of("goals.file.band");
  static final Text MANUAL = Text.of("goals.file.manual");
  static final Text SCALE = Text.of("goals.file.scale");
  static final Text SCALE_STEP = Text.of("goals.file.scaleStep");
  static final Text GOAL = Text.of("goals.file.goal");
  static final Text INDICATOR = Text.of("goals.file.indicator");
  static final Text TARGET = Text.of("goals.file.target");
  static final Text VALUE = Text.of("goals.file.value");
  static final Text COMPARISON = Text.of("goals.file.comparison");
  static final Text ACTIVITY = Text.of("goals.file.activity");
  static final Text ASSIGNMENT = Text.of("goals.file.assignment");
  static final Text PRIORITY_DIRECTION = Text.of("goals.file.priorityDirection");
  static final Text ACTION_PLAN = Text.of("goals.file.actionPlan");
  static final Text ACTION_PLAN_ITEM = Text.of("goals.file.actionPlanItem");
  static final Text ITEM = Text.of("goals.file.item");
  static final Text FOCUS_AREA = Text.of("goals.file.focusArea");
  static final Text RESERVATION = Text.of("goals.file.reservation");
  static final Text POINT = Text.of("goals.file.point");

  private GoalWords() {}
}
