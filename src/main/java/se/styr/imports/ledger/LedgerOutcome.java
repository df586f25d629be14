package se.styr.imports.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import se.styr.followup.LedgerMapping;
import se.styr.imports.sie.SieHandler;
import se.styr.imports.sie.SieObject;
import se.styr.imports.sie.SieRecord;
import se.styr.imports.sie.SieTransaction;
import se.styr.imports.sie.SieVoucher;

/**
 * Sums a SIE file by a {@link LedgerMapping} up to a day ({@code until}, the occasion's period end,
 * or the same day a year before for last year's file): per area its revenue and cost (as the ledger
 * signs them: revenue negative, cost positive) and per month of the financial year; per investment
 * project its amount; and every row of an outcome account that no area takes, summed by account and
 * objects, so that nothing is dropped unseen. Transactions are summed where the file has them (SIE
 * 4); a file of period balances only (SIE 2 and 3) is summed from its {@code #PSALDO} of the year,
 * by object where the file gives objects. Holds sums, never rows.
 */
public final class LedgerOutcome implements SieHandler {
  /**
   * At most this many distinct unmapped account and object combinations are kept; the rest summed.
   */
  static final int MOST_UNMAPPED = 500;

  private final LedgerMapping mapping;
  private final LocalDate until;
  private LocalDate yearStart;
  private LocalDate yearEnd;
  private final Map<String, AreaSum> areas = new LinkedHashMap<>();
  private final Map<String, Long> projects = new LinkedHashMap<>();
  private final Map<String, Unmapped> unmapped = new HashMap<>();
  private long unmappedBeyond;
  private long rows;
  private long counted;
  private long later;
  private long outside;
  private final Map<String, Map<List<SieObject>, Long>> periodBalances = new HashMap<>();

  public LedgerOutcome(LedgerMapping mapping, LocalDate until) {
    this.mapping = mapping;
    this.until = until;
  }

  /** An area's sums in öre, as the ledger signs them, and by month from the year's start. */
  public static final class AreaSum {
    long revenue;
    long cost;
    final long[] months = new long[12];

    public long revenue() {
      return revenue;
    }

    public long cost() {
      return cost;
    }

    /** Revenue and cost together: the area's net cost (positive) or surplus (negative). */
    public long net() {
      return revenue + cost;
    }

    /**
     * The net of each month of the financial year, January (or its first month) first, the whole
     * year the file holds (also after the day summed to), for a monthly profile.
     */
    public long[] months() {
      return months.clone();
    }
  }

  /** Rows no area takes: the account, its objects as written ("1:100 6:P1"), and their sum. */
  public record Unmapped(String account, String objects, long ore) {}

  @Override
  public void record(SieRecord record) {
    if (record instanceof SieRecord.FinancialYear year && year.year() == 0) {
      yearStart = year.start();
      yearEnd = year.end();
    } else if (record instanceof SieRecord.Balance balance
        && balance.kind() == SieRecord.Balance.Kind.PSALDO
        && balance.year() == 0
        && within(balance.period())) {
      periodBalances
          .computeIfAbsent(balance.account(), a -> new HashMap<>())
          .merge(balance.objects(), balance.ore(), Long::sum);
    }
  }

  private boolean within(int period) {
    int last = until.getYear() * 100 + until.getMonthValue();
    int first = yearStart == null ? 0 : yearStart.getYear() * 100 + yearStart.getMonthValue();
    return period >= first && period <= last;
  }

  @Override
  public void transaction(SieVoucher voucher, SieTransaction row) {
    if (row.kind() != SieTransaction.Kind.TRANS) {
      return; // an added row is also written as #TRANS; a struck one is not in the ledger
    }
    rows++;
    LocalDate date = row.date();
    // a file without its financial year (#RAR 0) is read for the calendar year of the occasion
    LocalDate first = yearStart != null ? yearStart : until.withDayOfYear(1);
    LocalDate last = yearEnd != null ? yearEnd : until.withDayOfYear(until.lengthOfYear());
    if (date.isBefore(first) || date.isAfter(last)) {
      outside++;
      return;
    }
    boolean toDate = !date.isAfter(until);
    if (toDate) {
      counted++;
    } else {
      later++; // only in the months, for a profile of the whole year
    }
    add(row.account(), row.objects(), row.ore(), date, toDate);
  }

  private void add(
      String account, List<SieObject> objects, long ore, LocalDate date, boolean toDate) {
    IntFunction<String> objectOf = dimension -> objectOf(objects, dimension);
    Optional<String> project = mapping.project(account, objectOf);
    if (project.isPresent()) {
      if (toDate) {
        projects.merge(project.get(), ore, Long::sum);
      }
      return;
    }
    if (!mapping.outcome(account)) {
      return; // the balance sheet: not an area's outcome
    }
    Optional<String> area = mapping.area(account, objectOf);
    if (area.isEmpty() && !toDate) {
      return;
    }
    if (area.isEmpty()) {
      String written = written(objects);
      String key = account + " " + written;
      Unmapped known = unmapped.get(key);
      if (known != null) {
        unmapped.put(key, new Unmapped(account, written, known.ore() + ore));
      } else if (unmapped.size() < MOST_UNMAPPED) {
        unmapped.put(key, new Unmapped(account, written, ore));
      } else {
        unmappedBeyond += ore;
      }
      return;
    }
    AreaSum sum = areas.computeIfAbsent(area.get(), k -> new AreaSum());
    if (toDate && mapping.revenue(account)) {
      sum.revenue += ore;
    } else if (toDate) {
      sum.cost += ore;
    }
    if (date != null) {
      int month = monthOfYear(date);
      if (month >= 0 && month < 12) {
        sum.months[month] += ore;
      }
    }
  }

  private int monthOfYear(LocalDate date) {
    LocalDate start = yearStart != null ? yearStart : date.withDayOfYear(1);
    return (date.getYear() - start.getYear()) * 12 + date.getMonthValue() - start.getMonthValue();
  }

  private static String objectOf(List<SieObject> objects, int dimension) {
    for (SieObject object : objects) {
      if (object.dimension() == dimension) {
        return object.code();
      }
    }
    return null;
  }

  private static String written(List<SieObject> objects) {
    StringBuilder text = new StringBuilder();
    for (SieObject object : objects) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(object.dimension()).append(':').append(object.code());
    }
    return text.toString();
  }

  /**
   * Call once the file is read: where it had no transactions, its period balances are summed (by
   * object where an account has them, else the account's own).
   */
  public LedgerOutcome finish() {
    if (rows == 0) {
      periodBalances.forEach(
          (account, byObjects) -> {
            boolean byObject = byObjects.keySet().stream().anyMatch(o -> !o.isEmpty());
            byObjects.forEach(
                (objects, ore) -> {
                  if (objects.isEmpty() != byObject) {
                    counted++;
                    add(account, objects, ore, null, true);
                  }
                });
          });
    }
    return this;
  }

  /** Whether the sums come from period balances rather than transactions. */
  public boolean fromPeriodBalances() {
    return rows == 0 && counted > 0;
  }

  public Map<String, AreaSum> areas() {
    return java.util.Collections.unmodifiableMap(areas);
  }

  public Map<String, Long> projects() {
    return java.util.Collections.unmodifiableMap(projects);
  }

  /** The rows no area takes, the largest amounts first. */
  public List<Unmapped> unmapped() {
    List<Unmapped> list = new ArrayList<>(unmapped.values());
    list.sort(
        Comparator.comparingLong((Unmapped u) -> -Math.abs(u.ore()))
            .thenComparing(Unmapped::account)
            .thenComparing(Unmapped::objects));
    return list;
  }

  /** The sum of unmapped rows beyond the {@link #MOST_UNMAPPED} listed. */
  public long unmappedBeyond() {
    return unmappedBeyond;
  }

  /** How many rows (or period balances) were summed. */
  public long counted() {
    return counted;
  }

  /** How many rows lay outside the financial year summed. */
  public long outside() {
    return outside;
  }

  /** The financial year the file states ({@code #RAR 0}): its first and last day, or null. */
  public LocalDate yearStart() {
    return yearStart;
  }

  public LocalDate yearEnd() {
    return yearEnd;
  }

  /** How many rows fell after the day summed to (later in the year than the occasion). */
  public long later() {
    return later;
  }
}
