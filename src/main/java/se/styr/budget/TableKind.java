package se.styr.budget;

import java.util.Arrays;
import java.util.Optional;

/** What a table is; decides which unit it needs and whether its years must lie within the plan. */
public enum TableKind {
  OPERATING_SUMMARY("operating_summary", true, true),
  INCOME_STATEMENT("income_statement", true, true),
  GROSS_RESULT("gross_result", true, true),
  INVESTMENT_BUDGET("investment_budget", true, true),
  FRAME_CHANGES("frame_changes", true, true),
  FRAME_DISTRIBUTION("frame_distribution", true, true),
  REALLOCATIONS("reallocations", true, true),
  BUDGET_ADJUSTMENTS("budget_adjustments", true, true),
  VOLUMES("volumes", false, true),
  STATISTICS("statistics", false, false);

  private final String fileName;
  private final boolean money;
  private final boolean yearsWithinPlan;

  TableKind(String fileName, boolean money, boolean yearsWithinPlan) {
    this.fileName = fileName;
    this.money = money;
    this.yearsWithinPlan = yearsWithinPlan;
  }

  /** The name used in plan files and the API. */
  public String fileName() {
    return fileName;
  }

  public boolean isMoney() {
    return money;
  }

  /** Statistics (population forecasts and the like) may reach far outside the plan's years. */
  public boolean yearsWithinPlan() {
    return yearsWithinPlan;
  }

  public static Optional<TableKind> fromFileName(String name) {
    return Arrays.stream(values()).filter(k -> k.fileName.equals(name)).findFirst();
  }
}
