package se.styr.national;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import se.styr.goals.ComparisonData;
import se.styr.goals.ComparisonGroup;
import se.styr.goals.Fetched;
import se.styr.imports.kolada.KoladaGroup;
import se.styr.imports.kolada.KoladaKpi;
import se.styr.imports.kolada.KoladaMunicipality;
import se.styr.imports.kolada.KoladaUnit;
import se.styr.imports.kolada.KoladaValue;

/**
 * Kolada's data as Styr keeps it: the KPI catalogue, municipalities, municipality groups and KPI
 * values, each stored with where it was fetched from and when. Every save is one transaction: a
 * fetch is stored whole or not at all. A value Kolada gives as null is kept as null.
 */
@Component
public class KoladaStore {
  /** Fetch dates are days in Sweden. */
  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionOperations transactions;

  public KoladaStore(JdbcClient jdbc, JdbcTemplate batch, TransactionOperations transactions) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.transactions = transactions;
  }

  /** A KPI of the stored catalogue. */
  public record Kpi(
      String id,
      String title,
      String description,
      String operatingArea,
      boolean dividedByGender,
      boolean hasOuData,
      LocalDate publicationDate,
      String fetchedFrom,
      LocalDate fetchedOn) {}

  /** A municipality group with its members' codes. */
  public record Group(String id, String title, List<String> members) {
    /** The group as a plan's comparison group. */
    public ComparisonGroup asComparison() {
      return new ComparisonGroup(title, id, members);
    }
  }

  /** One stored value of a KPI for a year; {@code value} null where Kolada has none. */
  public record Stored(int year, BigDecimal value, String status, Fetched fetched) {}

  /** How many values a save stored and how many it removed (withdrawn by Kolada). */
  public record Saved(int stored, int removed) {}

  /** Stores (or replaces) KPIs of the catalogue. */
  public void saveKpis(Collection<KoladaKpi> kpis, String from, Instant at) {
    transactions.executeWithoutResult(
        status -> {
          batch.batchUpdate(
              "delete from kolada_kpi where id = ?",
              kpis.stream().map(k -> new Object[] {k.id()}).toList());
          batch.batchUpdate(
              """
              insert into kolada_kpi (id, title, description, operating_area, municipality_type,
                divided_by_gender, has_ou_data, publication_date, publ_period, fetched_from, fetched_at)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\
              """,
              kpis.stream()
                  .map(
                      k ->
                          new Object[] {
                            k.id(),
                            k.title(),
                            k.description(),
                            k.operatingArea(),
                            k.municipalityType(),
                            k.dividedByGender(),
                            k.hasUnitData(),
                            k.publicationDate() == null
                                ? null
                                : java.sql.Date.valueOf(k.publicationDate()),
                            k.publicationPeriod(),
                            from,
                            Timestamp.from(at)
                          })
                  .toList());
        });
    changed();
  }

  /** Stores (or replaces) municipalities. */
  public void saveMunicipalities(Collection<KoladaMunicipality> municipalities, Instant at) {
    transactions.executeWithoutResult(
        status -> {
          batch.batchUpdate(
              "delete from kolada_municipality where id = ?",
              municipalities.stream().map(m -> new Object[] {m.id()}).toList());
          batch.batchUpdate(
              "insert into kolada_municipality (id, title, type, fetched_at) values (?, ?, ?, ?)",
              municipalities.stream()
                  .map(m -> new Object[] {m.id(), m.title(), m.type(), Timestamp.from(at)})
                  .toList());
        });
    changed();
  }

  /** Stores (or replaces) organisational units. */
  public void saveUnits(Collection<KoladaUnit> units, Instant at) {
    transactions.executeWithoutResult(
        status -> {
          batch.batchUpdate(
              "delete from kolada_unit where id = ?",
              units.stream().map(u -> new Object[] {u.id()}).toList());
          batch.batchUpdate(
              "insert into kolada_unit (id, title, municipality, fetched_at) values (?, ?, ?, ?)",
              units.stream()
                  .map(u -> new Object[] {u.id(), u.title(), u.municipality(), Timestamp.from(at)})
                  .toList());
        });
    changed();
  }

  /** A municipality's stored organisational units, by title. */
  public List<KoladaUnit> units(String municipality) {
    return jdbc.sql(
            "select id, title, municipality from kolada_unit where municipality = ?"
                + " order by title, id")
        .param(municipality)
        .query(
            (rs, n) ->
                new KoladaUnit(
                    rs.getString("id"), rs.getString("title"), rs.getString("municipality")))
        .list();
  }

  /**
   * What an incremental fetch of {@code kpi} for {@code years} asks Kolada for changes since: the
   * day of the oldest latest fetch among those years' stored comparison data, when every year is
   * stored or later than the newest stored (not yet published then, so new rows count as changes);
   * empty when a full fetch is needed.
   */
  public Optional<LocalDate> fetchedSince(String kpi, String gender, List<Integer> years) {
    Map<Integer, LocalDate> fetched = new TreeMap<>();
    jdbc.sql("select period, fetched_at from kolada_comparison where kpi = ? and gender = ?")
        .params(kpi, gender)
        .query(
            (RowCallbackHandler)
                rs -> fetched.put(rs.getInt("period"), day(rs.getTimestamp("fetched_at"))));
    List<Integer> stored = years.stream().filter(fetched::containsKey).toList();
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    int newest = java.util.Collections.max(fetched.keySet());
    if (years.stream().anyMatch(y -> !fetched.containsKey(y) && y < newest)) {
      return Optional.empty(); // a year Kolada had is missing: fetch it all
    }
    return stored.stream().map(fetched::get).min(java.util.Comparator.naturalOrder());
  }

  /** Stores (or replaces) municipality groups with their members. */
  public void saveGroups(Collection<KoladaGroup> groups, Instant at) {
    transactions.executeWithoutResult(
        status -> {
          batch.batchUpdate(
              "delete from kolada_group where id = ?",
              groups.stream().map(g -> new Object[] {g.id()}).toList());
          batch.batchUpdate(
              "insert into kolada_group (id, title, fetched_at) values (?, ?, ?)",
              groups.stream()
                  .map(g -> new Object[] {g.id(), g.title(), Timestamp.from(at)})
                  .toList());
          List<Object[]> members = new ArrayList<>();
          for (KoladaGroup group : groups) {
            group.members().stream()
                .distinct()
                .forEach(m -> members.add(new Object[] {group.id(), m}));
          }
          batch.batchUpdate(
              "insert into kolada_group_member (group_id, municipality) values (?, ?)", members);
        });
    changed();
  }

  /**
   * Stores fetched values, replacing what was stored for the same KPI, municipality or unit, year
   * and gender; a value Kolada reports deleted is removed. A municipality's value goes into its
   * KPI's comparison data for the year (one row with every municipality's value).
   */
  public Saved saveValues(Collection<KoladaValue> values, String from, Instant at) {
    Saved saved = transactions.execute(status -> store(values, from, Timestamp.from(at)));
    changed();
    return saved;
  }

  private Saved store(Collection<KoladaValue> values, String from, Timestamp when) {
    Map<String, List<KoladaValue>> byYear = new LinkedHashMap<>();
    List<Object[]> unitGone = new ArrayList<>();
    List<Object[]> unitRows = new ArrayList<>();
    int kept = 0;
    int removed = 0;
    for (KoladaValue v : values) {
      if (v.deleted()) {
        removed++;
      } else {
        kept++;
      }
      if (v.organisationalUnit()) {
        unitGone.add(new Object[] {v.kpi(), v.unit(), v.year(), v.gender()});
        if (!v.deleted()) {
          unitRows.add(
              new Object[] {
                v.kpi(), v.unit(), v.year(), v.gender(), v.value(), v.status(), from, when
              });
        }
      } else {
        byYear
            .computeIfAbsent(v.kpi() + "|" + v.year() + "|" + v.gender(), k -> new ArrayList<>())
            .add(v);
      }
    }
    Map<String, TreeMap<String, BigDecimal>> stored = storedComparisons(byYear.keySet());
    List<Object[]> inserts = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    for (Map.Entry<String, List<KoladaValue>> group : byYear.entrySet()) {
      TreeMap<String, BigDecimal> entries = stored.get(group.getKey());
      boolean exists = entries != null;
      if (!exists) {
        entries = new TreeMap<>();
      }
      for (KoladaValue v : group.getValue()) {
        if (v.deleted()) {
          entries.remove(v.unit());
        } else {
          entries.put(v.unit(), v.value());
        }
      }
      KoladaValue first = group.getValue().get(0);
      String text = ComparisonEntries.write(entries);
      if (exists) {
        updates.add(
            new Object[] {
              entries.size(), text, from, when, first.kpi(), first.year(), first.gender()
            });
      } else {
        inserts.add(
            new Object[] {
              first.kpi(), first.year(), first.gender(), entries.size(), text, from, when
            });
      }
    }
    batch.batchUpdate(
        "update kolada_comparison set entries = ?, municipality_values = ?, fetched_from = ?,"
            + " fetched_at = ? where kpi = ? and period = ? and gender = ?",
        updates);
    batch.batchUpdate(
        "insert into kolada_comparison (kpi, period, gender, entries, municipality_values,"
            + " fetched_from, fetched_at) values (?, ?, ?, ?, ?, ?, ?)",
        inserts);
    batch.batchUpdate(
        "delete from kolada_unit_value where kpi = ? and ou = ? and period = ? and gender = ?",
        unitGone);
    batch.batchUpdate(
        "insert into kolada_unit_value (kpi, ou, period, gender, kpi_value, status, fetched_from,"
            + " fetched_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        unitRows);
    return new Saved(kept, removed);
  }

  /** The stored comparison data of the KPI, year and gender keys given ("kpi|year|gender"). */
  private Map<String, TreeMap<String, BigDecimal>> storedComparisons(java.util.Set<String> keys) {
    Map<String, TreeMap<String, BigDecimal>> stored = new java.util.HashMap<>();
    List<String> kpis = keys.stream().map(k -> k.substring(0, k.indexOf('|'))).distinct().toList();
    for (int i = 0; i < kpis.size(); i += 100) {
      List<String> part = kpis.subList(i, Math.min(kpis.size(), i + 100));
      jdbc.sql(
              "select kpi, period, gender, municipality_values from kolada_comparison"
                  + " where kpi in ("
                  + String.join(", ", part.stream().map(k -> "?").toList())
                  + ")")
          .params(new ArrayList<Object>(part))
          .query(
              (RowCallbackHandler)
                  rs -> {
                    String key =
                        rs.getString("kpi")
                            + "|"
                            + rs.getInt("period")
                            + "|"
                            + rs.getString("gender");
                    if (keys.contains(key)) {
                      stored.put(key, ComparisonEntries.read(rs.getString("municipality_values")));
                    }
                  });
    }
    return stored;
  }

  /**
   * A number that changes whenever any node stores anything of Kolada's (or SCB's population), kept
   * in the database (cache_stamp): what is computed from a decided plan and kept (pages, documents)
   * is kept per revision, since its relative targets are assessed against the stored data.
   */
  public long revision() {
    return jdbc.sql("select revision from cache_stamp where name = 'national'")
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  /** Counts a save of national data (also SCB's population) as a new revision. */
  void changed() {
    jdbc.sql("update cache_stamp set revision = revision + 1 where name = 'national'").update();
  }

  /** KPIs of the stored catalogue whose id is {@code query} or whose title holds it. */
  public List<Kpi> searchKpis(String query, int most) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select * from kolada_kpi where upper(id) = ? or lower(title) like ? escape '!'
            order by case when upper(id) = ? then 0 else 1 end, title, id
            fetch first ? rows only\
            """)
        .params(
            q.toUpperCase(Locale.ROOT),
            "%" + like(q.toLowerCase(Locale.ROOT)) + "%",
            q.toUpperCase(Locale.ROOT),
            most)
        .query(
            (rs, n) ->
                new Kpi(
                    rs.getString("id"),
                    rs.getString("title"),
                    rs.getString("description"),
                    rs.getString("operating_area"),
                    rs.getBoolean("divided_by_gender"),
                    rs.getBoolean("has_ou_data"),
                    rs.getDate("publication_date") == null
                        ? null
                        : rs.getDate("publication_date").toLocalDate(),
                    rs.getString("fetched_from"),
                    day(rs.getTimestamp("fetched_at"))))
        .list();
  }

  /** A KPI of the stored catalogue. */
  public Optional<Kpi> kpi(String id) {
    return searchKpis(id, 1).stream().filter(k -> k.id().equalsIgnoreCase(id)).findFirst();
  }

  /** The stored municipality groups, by title. */
  public List<Group> groups() {
    Map<String, Group> groups = new LinkedHashMap<>();
    jdbc.sql(
            """
            select g.id, g.title, m.municipality from kolada_group g
            left join kolada_group_member m on m.group_id = g.id order by g.title, g.id, m.municipality\
            """)
        .query(
            (RowCallbackHandler)
                rs -> {
                  Group group =
                      groups.computeIfAbsent(
                          rs.getString("id"), id -> new Group(id, title(rs), new ArrayList<>()));
                  if (rs.getString("municipality") != null) {
                    group.members().add(rs.getString("municipality"));
                  }
                });
    return groups.values().stream()
        .map(g -> new Group(g.id(), g.title(), List.copyOf(g.members())))
        .toList();
  }

  /** A stored municipality group. */
  public Optional<Group> group(String id) {
    return groups().stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /** The stored municipalities' names by code. */
  public Map<String, String> municipalityNames() {
    Map<String, String> names = new TreeMap<>();
    jdbc.sql("select id, title from kolada_municipality")
        .query((RowCallbackHandler) rs -> names.put(rs.getString("id"), rs.getString("title")));
    return names;
  }

  /**
   * Every municipality's stored values of {@code kpis} for {@code gender}, one comparison per KPI
   * and year (the country and regions left out; values Kolada does not have left out).
   */
  public List<ComparisonData> comparisons(Collection<String> kpis, String gender) {
    if (kpis.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>(kpis);
    params.add(gender);
    return jdbc.sql(
            "select kpi, period, municipality_values, fetched_from, fetched_at"
                + " from kolada_comparison where kpi in ("
                + String.join(", ", kpis.stream().map(k -> "?").toList())
                + ") and gender = ? order by kpi, period")
        .params(params)
        .query(
            (rs, n) -> {
              Map<String, BigDecimal> values = new TreeMap<>();
              ComparisonEntries.read(rs.getString("municipality_values"))
                  .forEach(
                      (code, value) -> {
                        if (value != null && !code.startsWith("00")) {
                          values.put(code, value);
                        }
                      });
              return new ComparisonData(
                  rs.getString("kpi"),
                  Integer.toString(rs.getInt("period")),
                  values,
                  new Fetched(rs.getString("fetched_from"), day(rs.getTimestamp("fetched_at"))));
            })
        .list();
  }

  /**
   * The stored values of {@code kpi} for one municipality, or one of its organisational units when
   * {@code ou} is given, and {@code gender}, by year.
   */
  public List<Stored> series(String kpi, String municipality, String ou, String gender) {
    if (ou != null && !ou.isBlank()) {
      return jdbc.sql(
              "select period, kpi_value, status, fetched_from, fetched_at from kolada_unit_value"
                  + " where kpi = ? and gender = ? and ou = ? order by period")
          .params(kpi, gender, ou)
          .query(
              (rs, n) ->
                  new Stored(
                      rs.getInt("period"),
                      exact(rs.getBigDecimal("kpi_value")),
                      rs.getString("status"),
                      new Fetched(
                          rs.getString("fetched_from"), day(rs.getTimestamp("fetched_at")))))
          .list();
    }
    List<Stored> series = new ArrayList<>();
    jdbc.sql(
            "select period, municipality_values, fetched_from, fetched_at from kolada_comparison"
                + " where kpi = ? and gender = ? order by period")
        .params(kpi, gender)
        .query(
            (RowCallbackHandler)
                rs -> {
                  TreeMap<String, BigDecimal> values =
                      ComparisonEntries.read(rs.getString("municipality_values"));
                  if (values.containsKey(municipality)) {
                    series.add(
                        new Stored(
                            rs.getInt("period"),
                            values.get(municipality),
                            values.get(municipality) == null ? "Missing" : "",
                            new Fetched(
                                rs.getString("fetched_from"), day(rs.getTimestamp("fetched_at")))));
                  }
                });
    return series;
  }

  /** How many values are stored, for the national data page. */
  public long valueCount() {
    return jdbc.sql(
            "select coalesce(sum(entries), 0) + (select count(*) from kolada_unit_value)"
                + " from kolada_comparison")
        .query(Long.class)
        .single();
  }

  /** A stored value as Kolada wrote it: without the zeros the column's scale adds. */
  private static BigDecimal exact(BigDecimal stored) {
    if (stored == null) {
      return null;
    }
    BigDecimal plain = stored.stripTrailingZeros();
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }

  private static LocalDate day(Timestamp at) {
    return at.toInstant().atZone(SWEDEN).toLocalDate();
  }

  private static String title(java.sql.ResultSet rs) {
    try {
      return rs.getString("title");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String like(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
