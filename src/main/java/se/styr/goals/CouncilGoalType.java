package se.styr.goals;

/** The council's two kinds of goal (utvecklingsmål, resursmål). */
public enum CouncilGoalType {
  DEVELOPMENT,
  RESOURCE
}
