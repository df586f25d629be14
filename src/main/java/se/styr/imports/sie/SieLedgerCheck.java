package se.styr.imports.sie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.styr.shared.Text;

/**
 * Whether a file's balances agree with its transactions, where it has both for the current
 * financial year (year 0): each account's opening balance and the year's transactions give its
 * closing balance ({@code #IB} + Σ {@code #TRANS} = {@code #UB}), a result account's transactions
 * give its result ({@code #RES}), and a month's transactions give the account's period balance
 * ({@code #PSALDO} without objects; programs write it as the month's change, some as the balance at
 * the month's end, and either is accepted). Balances by object are not checked. Holds a sum per
 * account (and per month of the year), never the transactions.
 */
final class SieLedgerCheck {
  /** Months of a financial year held per account (a broken year is at most 18 months). */
  private static final int MONTHS = 24;

  record Mismatch(int line, Text text) {}

  private LocalDate start;
  private LocalDate end;
  private int firstMonth;
  private final Map<String, long[]> opening = new HashMap<>();
  private final Map<String, long[]> closing = new HashMap<>();
  private final Map<String, long[]> results = new HashMap<>();
  private final Map<String, TreeMap<Integer, long[]>> periods = new HashMap<>();
  private final Map<String, long[]> sums = new HashMap<>();
  private int counted;
  private boolean overflow;

  void financialYear(SieRecord.FinancialYear year) {
    if (year.year() == 0) {
      start = year.start();
      end = year.end();
      firstMonth = start.getYear() * 12 + start.getMonthValue() - 1;
    }
  }

  void balance(SieRecord.Balance balance) {
    if (balance.year() != 0 || !balance.objects().isEmpty()) {
      return;
    }
    long[] stated = {balance.ore(), balance.line()};
    switch (balance.kind()) {
      case IB -> opening.put(balance.account(), stated);
      case UB -> closing.put(balance.account(), stated);
      case RES -> results.put(balance.account(), stated);
      case PSALDO ->
          periods
              .computeIfAbsent(balance.account(), a -> new TreeMap<>())
              .put(balance.period(), stated);
      default -> {
        // budgets and object balances are not checked
      }
    }
  }

  /** A transaction of the file (not one added or struck out afterwards). */
  void transaction(String account, LocalDate date, long ore) {
    if (start == null || date == null || date.isBefore(start) || date.isAfter(end)) {
      return;
    }
    long[] sum = sums.get(account);
    if (sum == null) {
      sum = new long[MONTHS + 1];
      sums.put(account, sum);
    }
    int month = date.getYear() * 12 + date.getMonthValue() - 1 - firstMonth;
    try {
      sum[MONTHS] = Math.addExact(sum[MONTHS], ore);
      if (month >= 0 && month < MONTHS) {
        sum[month] = Math.addExact(sum[month], ore);
      }
    } catch (ArithmeticException e) {
      overflow = true; // sums beyond any ledger: the vouchers say so, the balances are not compared
    }
    counted++;
  }

  List<Mismatch> mismatches() {
    List<Mismatch> mismatches = new ArrayList<>();
    if (counted == 0 || overflow) {
      return mismatches;
    }
    closing.forEach(
        (account, stated) -> {
          long in = opening.containsKey(account) ? opening.get(account)[0] : 0;
          long moved = total(account);
          if (in + moved != stated[0]) {
            mismatches.add(
                new Mismatch(
                    (int) stated[1],
                    Text.of(
                        "sie.closingBalance",
                        account,
                        kronor(in),
                        kronor(moved),
                        kronor(in + moved),
                        kronor(stated[0]))));
          }
        });
    results.forEach(
        (account, stated) -> {
          long moved = total(account);
          if (moved != stated[0]) {
            mismatches.add(
                new Mismatch(
                    (int) stated[1],
                    Text.of("sie.result", account, kronor(stated[0]), kronor(moved))));
          }
        });
    periods.forEach(
        (account, byPeriod) -> {
          long in = opening.containsKey(account) ? opening.get(account)[0] : 0;
          long[] sum = sums.get(account);
          byPeriod.forEach(
              (period, stated) -> {
                int month = (period / 100) * 12 + period % 100 - 1 - firstMonth;
                if (month < 0 || month >= MONTHS) {
                  return;
                }
                long change = sum == null ? 0 : sum[month];
                long balance = in;
                for (int m = 0; m <= month && sum != null; m++) {
                  balance += sum[m];
                }
                if (stated[0] != change && stated[0] != balance) {
                  mismatches.add(
                      new Mismatch(
                          (int) stated[1],
                          Text.of(
                              "sie.periodBalance",
                              account,
                              String.valueOf(period),
                              kronor(stated[0]),
                              kronor(change))));
                }
              });
        });
    mismatches.sort(java.util.Comparator.comparingInt(Mismatch::line));
    return mismatches;
  }

  private long total(String account) {
    long[] sum = sums.get(account);
    return sum == null ? 0 : sum[MONTHS];
  }

  private static String kronor(long ore) {
    return SieRecord.kronor(ore).toPlainString();
  }
}
