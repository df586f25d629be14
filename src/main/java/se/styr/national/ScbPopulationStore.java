package se.styr.national;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import se.styr.forecast.AgeBand;
import se.styr.forecast.ScbPopulation;
import se.styr.imports.scb.Age;
import se.styr.imports.scb.Population;
import se.styr.imports.scb.PopulationCount;
import se.styr.imports.scb.PopulationTables;
import se.styr.imports.scb.Sex;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * SCB's population as Styr keeps it: per region, sex, single-year age (100: 100 and over) and year,
 * SCB's outcome (TAB638) or forecast (TAB6008), with where and when it was fetched. A population is
 * saved whole in one transaction, replacing what was stored of the same kind for its regions and
 * years; a count SCB gives as null stays null. An age band's population sums both sexes exactly and
 * is null if any figure it needs is not stored.
 */
@Component
public class ScbPopulationStore {
  /** The oldest age stored; it stands for that age and over. */
  static final int OLDEST = 100;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionOperations transactions;
  private final KoladaStore revision;

  public ScbPopulationStore(
      JdbcClient jdbc,
      JdbcTemplate batch,
      TransactionOperations transactions,
      KoladaStore revision) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.transactions = transactions;
    this.revision = revision;
  }

  /** Outcome (the population at year end) or SCB's forecast. */
  public enum Kind {
    OUTCOME,
    FORECAST;

    /** The kind of SCB's table {@code table}; any other table is refused naming it. */
    public static Kind of(String table) {
      if (PopulationTables.OUTCOME.equals(table)) {
        return OUTCOME;
      }
      if (PopulationTables.FORECAST.equals(table)) {
        return FORECAST;
      }
      throw new InvalidValueException(Text.of("national.scb.badTable", String.valueOf(table)));
    }

    String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** What is stored of one region and kind: its table, years, source and when it was fetched. */
  public record Stored(
      String region,
      Kind kind,
      String table,
      int firstYear,
      int lastYear,
      long counts,
      String source,
      LocalDateTime fetchedAt) {
    /** The years as a span: "2030–2031", or one year. */
    public String span() {
      return firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "–" + lastYear;
    }

    /** When it was fetched, to the minute, in Sweden. */
    public String fetchedWhen() {
      return fetchedAt.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    /** The kind in words. */
    public Text kindText() {
      return kind == Kind.OUTCOME
          ? Text.of("national.scb.kind.outcome", table)
          : Text.of("national.scb.kind.forecast", table);
    }
  }

  /**
   * Stores {@code population}, read from SCB's {@code table}, whole: what was stored of the same
   * kind for its regions and years is replaced. SCB's totals over all ages are not kept (a band is
   * summed from single years); an age the store cannot hold is refused naming it.
   */
  public int save(Population population, String table, String source, Instant at) {
    Kind kind = Kind.of(table);
    List<Object[]> rows = new ArrayList<>();
    Timestamp when = Timestamp.from(at);
    for (PopulationCount c : population.counts()) {
      if (c.age().years() == null) {
        continue;
      }
      rows.add(
          new Object[] {
            region(c.region()),
            kind.code(),
            c.year(),
            sex(c.sex()),
            age(c.age()),
            c.count(),
            table,
            source,
            when
          });
    }
    if (rows.isEmpty()) {
      throw new InvalidValueException(Text.of("national.scb.empty", table));
    }
    List<Object[]> replaced = new ArrayList<>();
    java.util.Set<String> regions = new java.util.TreeSet<>();
    population.counts().forEach(c -> regions.add(c.region()));
    for (String region : regions) {
      for (int year : population.years()) {
        replaced.add(new Object[] {region, kind.code(), year});
      }
    }
    transactions.executeWithoutResult(
        status -> {
          batch.batchUpdate(
              "delete from scb_population where region = ? and kind = ? and stat_year = ?",
              replaced);
          batch.batchUpdate(
              """
              insert into scb_population (region, kind, stat_year, sex, age, persons, scb_table,
                fetched_from, fetched_at)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?)\
              """,
              rows);
        });
    revision.changed();
    return rows.size();
  }

  private static String region(String code) {
    if (code == null || !code.matches("\\d{4}")) {
      throw new InvalidValueException(Text.of("national.scb.badRegion", String.valueOf(code)));
    }
    return code;
  }

  private static String sex(Sex sex) {
    return switch (sex) {
      case MEN -> "1";
      case WOMEN -> "2";
      case TOTAL -> "T";
    };
  }

  private static int age(Age age) {
    boolean single = !age.open() && age.years() < OLDEST;
    boolean oldest = age.open() && age.years() == OLDEST;
    if (!single && !oldest) {
      throw new InvalidValueException(Text.of("national.scb.age", age.toString()));
    }
    return age.years();
  }

  /**
   * The persons of ages {@code from} to {@code to} ({@code to} null: and over) in {@code region} in
   * {@code year}, both sexes summed exactly (men and women, else SCB's both together); null if any
   * age's figure is not stored or SCB gave none, or if the band ends at or above the oldest age
   * stored (which holds everyone older).
   */
  public Long persons(String region, Kind kind, int year, int from, Integer to) {
    int last = to == null ? OLDEST : to;
    if (from < 0 || from > OLDEST || last < from || (to != null && to >= OLDEST)) {
      return null;
    }
    Map<Integer, Map<String, Long>> byAge = new HashMap<>();
    jdbc.sql(
            "select age, sex, persons from scb_population where region = ? and kind = ?"
                + " and stat_year = ? and age between ? and ?")
        .params(region, kind.code(), year, from, last)
        .query(
            (RowCallbackHandler)
                rs -> {
                  long n = rs.getLong("persons");
                  Long persons = rs.wasNull() ? null : n;
                  byAge
                      .computeIfAbsent(rs.getInt("age"), a -> new HashMap<>())
                      .put(rs.getString("sex"), persons);
                });
    long sum = 0;
    for (int age = from; age <= last; age++) {
      Long persons = both(byAge.getOrDefault(age, Map.of()));
      if (persons == null) {
        return null;
      }
      sum = Math.addExact(sum, persons);
    }
    return sum;
  }

  /** Men and women summed where both are stored, else the figure of both together; or null. */
  private static Long both(Map<String, Long> sexes) {
    if (sexes.containsKey("1") || sexes.containsKey("2")) {
      Long men = sexes.get("1");
      Long women = sexes.get("2");
      return men == null || women == null ? null : Math.addExact(men, women);
    }
    return sexes.get("T");
  }

  /** The years stored of a region, each with whether it is an outcome year. */
  public SortedMap<Integer, Boolean> years(String region) {
    SortedMap<Integer, Boolean> years = new TreeMap<>();
    jdbc.sql("select distinct stat_year, kind from scb_population where region = ?")
        .params(region)
        .query(
            (RowCallbackHandler)
                rs -> {
                  boolean outcome = rs.getString("kind").equals(Kind.OUTCOME.code());
                  years.merge(rs.getInt("stat_year"), outcome, Boolean::logicalOr);
                });
    int lastOutcome =
        years.entrySet().stream()
            .filter(Map.Entry::getValue)
            .mapToInt(Map.Entry::getKey)
            .max()
            .orElse(Integer.MIN_VALUE);
    years.keySet().removeIf(y -> !years.get(y) && y <= lastOutcome);
    return years;
  }

  /** What is stored, per region, kind and fetch, for the national data page. */
  public List<Stored> stored() {
    return jdbc.sql(
            """
            select region, kind, scb_table, min(stat_year) as first_year,
              max(stat_year) as last_year, count(*) as counts, fetched_from, fetched_at
            from scb_population group by region, kind, scb_table, fetched_from, fetched_at
            order by region, kind, first_year, fetched_at\
            """)
        .query(
            (rs, n) ->
                new Stored(
                    rs.getString("region"),
                    Kind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                    rs.getString("scb_table"),
                    rs.getInt("first_year"),
                    rs.getInt("last_year"),
                    rs.getLong("counts"),
                    rs.getString("fetched_from"),
                    rs.getTimestamp("fetched_at")
                        .toInstant()
                        .atZone(KoladaStore.SWEDEN)
                        .toLocalDateTime()
                        .withNano(0)))
        .list();
  }

  /** The stored population of {@code region} as a forecast takes it (null region: none). */
  public ScbPopulation population(String region) {
    if (region == null || !region.matches("\\d{4}")) {
      return ScbPopulation.NONE;
    }
    return new ScbPopulation() {
      @Override
      public String region() {
        return region;
      }

      @Override
      public Long persons(AgeBand band, int year, boolean outcome) {
        return ScbPopulationStore.this.persons(
            region, outcome ? Kind.OUTCOME : Kind.FORECAST, year, band.from(), band.to());
      }

      @Override
      public SortedMap<Integer, Boolean> years() {
        return ScbPopulationStore.this.years(region);
      }
    };
  }
}
