package se.styr.followup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * A municipality's follow-up calendar: which occasions each year has, the month each period ends,
 * what each covers, whom it is reported to and how many days after the period's end entries are
 * due. Lerum's: monthly economy reports in February and October to the executive board, the tertial
 * report in April to the executive board, the interim report in August and the annual report in
 * December to the council.
 */
public record FollowUpCalendar(List<Entry> entries) {
  /** No calendar: occasions are opened one by one. */
  public static final FollowUpCalendar NONE = new FollowUpCalendar(List.of());

  /** One occasion of every year; {@code daysDue} may be unknown (no deadline). */
  public record Entry(
      ReportingOccasion kind,
      int month,
      Set<Coverage> coverage,
      String reportedTo,
      Integer daysDue) {
    public Entry {
      Objects.requireNonNull(kind, "kind");
      if (month < 1 || month > 12) {
        throw new InvalidValueException(Text.of("followup.calendar.month", month));
      }
      if (daysDue != null && (daysDue < 0 || daysDue > 120)) {
        throw new InvalidValueException(Text.of("followup.calendar.daysDue", daysDue));
      }
      if (coverage == null || coverage.isEmpty()) {
        throw new InvalidValueException(Text.of("followup.calendar.coversNothing", month));
      }
      coverage = Set.copyOf(coverage);
    }
  }

  public FollowUpCalendar {
    entries = List.copyOf(entries);
    Set<Integer> months = new HashSet<>();
    for (Entry entry : entries) {
      if (!months.add(entry.month())) {
        throw new InvalidValueException(Text.of("followup.calendar.twice", entry.month()));
      }
    }
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The occasions of {@code year}, in the order of the months they end. */
  public List<Occasion> occasions(int year) {
    List<Occasion> occasions = new ArrayList<>();
    entries.stream()
        .sorted(java.util.Comparator.comparingInt(Entry::month))
        .forEach(
            entry -> {
              LocalDate end = YearMonth.of(year, entry.month()).atEndOfMonth();
              occasions.add(
                  new Occasion(
                      key(entry, year),
                      entry.kind(),
                      title(entry, year),
                      end,
                      entry.daysDue() == null ? null : end.plusDays(entry.daysDue()),
                      entry.coverage(),
                      entry.reportedTo()));
            });
    return occasions;
  }

  private static String key(Entry entry, int year) {
    return switch (entry.kind()) {
      case MONTHLY -> String.format(Locale.ROOT, "m%02d-%d", entry.month(), year);
      case TERTIAL -> "t" + (entry.month() / 4) + "-" + year;
      case INTERIM -> "delar-" + year;
      case ANNUAL -> "helar-" + year;
    };
  }

  private static String title(Entry entry, int year) {
    return switch (entry.kind()) {
      case MONTHLY ->
          "Månadsrapport "
              + java.time.Month.of(entry.month())
                  .getDisplayName(java.time.format.TextStyle.FULL, Locale.forLanguageTag("sv"))
              + " "
              + year;
      case TERTIAL -> "Tertialrapport " + (entry.month() / 4) + " " + year;
      case INTERIM -> "Delårsrapport " + year;
      case ANNUAL -> "Årsredovisning och verksamhetsberättelse " + year;
    };
  }
}
