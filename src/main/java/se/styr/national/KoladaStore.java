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
  private final java.util.concurrent.atomic.AtomicLong revision =
      new java.util.concurrent.atomic.AtomicLong();

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
    revision.incrementAndGet();
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
    revision.incrementAndGet();
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
    revision.incrementAndGet();
  }

  /**
   * Stores fetched values, replacing what was stored for the same KPI, municipality or unit, year
   * and gender; a value Kolada reports deleted is removed.
   */
  public Saved saveValues(Collection<KoladaValue> values, String from, Instant at) {
    Saved saved = store(values, from, at);
    revision.incrementAndGet();
    return saved;
  }

  private Saved store(Collection<KoladaValue> values, String from, Instant at) {
    return transactions.execute(
        status -> {
          List<Object[]> keys = new ArrayList<>(values.size());
          List<Object[]> rows = new ArrayList<>(values.size());
          Timestamp when = Timestamp.from(at);
          int removed = 0;
          for (KoladaValue v : values) {
            String municipality = v.organisationalUnit() ? "" : v.unit();
            String ou = v.organisationalUnit() ? v.unit() : "";
            keys.add(new Object[] {v.kpi(), v.year(), v.gender(), ou, municipality});
            if (v.deleted()) {
              removed++;
            } else {
              rows.add(
                  new Object[] {
                    v.kpi(),
                    municipality,
                    ou,
                    v.year(),
                    v.gender(),
                    v.value(),
                    v.status(),
                    from,
                    when
                  });
            }
          }
          batch.batchUpdate(
              "delete from kolada_value where kpi = ? and period = ? and gender = ? and ou = ?"
                  + " and municipality = ?",
              keys);
          batch.batchUpdate(
              """
              insert into kolada_value (kpi, municipality, ou, period, gender, kpi_value, status,
                fetched_from, fetched_at)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?)\
              """,
              rows);
          return new Saved(rows.size(), removed);
        });
  }

  /**
   * A number that changes whenever this node stores anything of Kolada's (or SCB's population):
   * what is computed from a decided plan and kept (pages, documents) is kept per revision, since
   * its relative targets are assessed against the stored data.
   */
  public long revision() {
    return revision.get();
  }

  /** Counts a save of other national data into the same revision (SCB's population). */
  void changed() {
    revision.incrementAndGet();
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
    Map<String, Map<String, BigDecimal>> values = new TreeMap<>();
    Map<String, Fetched> fetched = new TreeMap<>();
    String marks = String.join(", ", kpis.stream().map(k -> "?").toList());
    List<Object> params = new ArrayList<>(kpis);
    params.add(gender);
    jdbc.sql(
            "select kpi, period, municipality, kpi_value, fetched_from, fetched_at from"
                + " kolada_value where kpi in ("
                + marks
                + ") and gender = ? and ou = '' and kpi_value is not null"
                + " and municipality not like '00%'")
        .params(params)
        .query(
            (RowCallbackHandler)
                rs -> {
                  String key = rs.getString("kpi") + "@" + rs.getInt("period");
                  values
                      .computeIfAbsent(key, k -> new TreeMap<>())
                      .put(rs.getString("municipality"), exact(rs.getBigDecimal("kpi_value")));
                  Fetched at =
                      new Fetched(rs.getString("fetched_from"), day(rs.getTimestamp("fetched_at")));
                  fetched.merge(key, at, (a, b) -> a.on().isAfter(b.on()) ? a : b);
                });
    List<ComparisonData> result = new ArrayList<>();
    values.forEach(
        (key, byMunicipality) -> {
          String kpi = key.substring(0, key.indexOf('@'));
          String period = key.substring(key.indexOf('@') + 1);
          result.add(new ComparisonData(kpi, period, byMunicipality, fetched.get(key)));
        });
    return result;
  }

  /**
   * The stored values of {@code kpi} for one municipality, or one of its organisational units when
   * {@code ou} is given, and {@code gender}, by year.
   */
  public List<Stored> series(String kpi, String municipality, String ou, String gender) {
    boolean unit = ou != null && !ou.isBlank();
    return jdbc.sql(
            "select period, kpi_value, status, fetched_from, fetched_at from kolada_value"
                + " where kpi = ? and gender = ? and "
                + (unit ? "ou = ?" : "ou = '' and municipality = ?")
                + " order by period")
        .params(kpi, gender, unit ? ou : municipality)
        .query(
            (rs, n) ->
                new Stored(
                    rs.getInt("period"),
                    exact(rs.getBigDecimal("kpi_value")),
                    rs.getString("status"),
                    new Fetched(rs.getString("fetched_from"), day(rs.getTimestamp("fetched_at")))))
        .list();
  }

  /** How many values are stored, for the national data page. */
  public long valueCount() {
    return jdbc.sql("select count(*) from kolada_value").query(Long.class).single();
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
