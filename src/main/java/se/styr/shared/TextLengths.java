package se.styr.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The longest text each stored field takes (its column's length), checked where a plan, a table or
 * a decision comes in: a text too long is a rule problem naming the field and where it is, never a
 * database error. Collects the problems of one check.
 */
public final class TextLengths {
  public static final int KEY = 120;
  public static final int NAME = 200;
  public static final int AREA_NAME = 300;
  public static final int TITLE = 500;
  public static final int SECTION_TITLE = 1000;
  public static final int LABEL = 2000;
  public static final int ROW_NOTE = 2000;
  public static final int CELL_NOTE = 500;
  public static final int UNIT = 40;
  public static final int FORMULA = 400;
  public static final int COUNTERPART = 300;
  public static final int DECISION_REFERENCE = 100;
  public static final int DECISION_BODY = 200;
  public static final int YEARS = 200;
  public static final int AREA_LIST = 2000;

  private final List<RuleProblem> problems = new ArrayList<>();

  /**
   * A problem if {@code value} is longer than {@code most} characters: at the table, row and column
   * (any may be null), in the field named {@code field}.
   */
  public TextLengths check(
      String value, int most, String table, String row, String column, String field) {
    if (value != null && value.length() > most) {
      problems.add(
          new RuleProblem(
              table, row, column, field, Text.of("rule.tooLong", field, value.length(), most)));
    }
    return this;
  }

  /** A field of the plan as a whole (no table, row or column). */
  public TextLengths check(String value, int most, String field) {
    return check(value, most, null, null, null, field);
  }

  public List<RuleProblem> problems() {
    return List.copyOf(problems);
  }
}
