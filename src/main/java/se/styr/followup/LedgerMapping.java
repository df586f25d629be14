package se.styr.followup;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * How a committee's ledger maps to its plan's operational areas and investment projects, so that
 * outcome to date comes from the accounting system (a SIE file) instead of being typed: which
 * accounts count as outcome at all ({@code accounts}, by default the result accounts 3000-8999),
 * which of those are revenue ({@code revenue}, by default 3000-3999; the rest is cost), and a
 * {@link LedgerRule} per area and per project, tried in order, the first that matches taking the
 * row. A row of an outcome account that no area takes is never dropped: the import lists it as
 * unmapped. Part of the plan file (followUp → ledger), so it is versioned with the plan year.
 * {@code demo} marks a mapping invented for Styr's demo ledger rather than the municipality's own
 * chart.
 */
public record LedgerMapping(
    boolean demo,
    List<CodePattern> accounts,
    List<CodePattern> revenue,
    List<LedgerRule> areas,
    List<LedgerRule> projects) {

  public static final List<CodePattern> RESULT_ACCOUNTS = List.of(CodePattern.parse("3000-8999"));
  public static final List<CodePattern> REVENUE_ACCOUNTS = List.of(CodePattern.parse("3000-3999"));

  /** No mapping: the plan's outcome is typed or read from a spreadsheet. */
  public static final LedgerMapping NONE =
      new LedgerMapping(false, RESULT_ACCOUNTS, REVENUE_ACCOUNTS, List.of(), List.of());

  public LedgerMapping {
    accounts = accounts == null || accounts.isEmpty() ? RESULT_ACCOUNTS : List.copyOf(accounts);
    revenue = revenue == null || revenue.isEmpty() ? REVENUE_ACCOUNTS : List.copyOf(revenue);
    areas = List.copyOf(areas);
    projects = List.copyOf(projects);
  }

  public boolean isEmpty() {
    return areas.isEmpty() && projects.isEmpty();
  }

  /** Whether rows on {@code account} are outcome at all (not balance sheet accounts). */
  public boolean outcome(String account) {
    return CodePattern.any(accounts, account);
  }

  public boolean revenue(String account) {
    return CodePattern.any(revenue, account);
  }

  /** The area the row belongs to, the first whose rule matches. */
  public Optional<String> area(String account, IntFunction<String> objectOf) {
    return first(areas, account, objectOf);
  }

  /** The investment project the row belongs to, the first whose rule matches. */
  public Optional<String> project(String account, IntFunction<String> objectOf) {
    return first(projects, account, objectOf);
  }

  private static Optional<String> first(
      List<LedgerRule> rules, String account, IntFunction<String> objectOf) {
    for (LedgerRule rule : rules) {
      if (rule.matches(account, objectOf)) {
        return Optional.of(rule.key());
      }
    }
    return Optional.empty();
  }
}
