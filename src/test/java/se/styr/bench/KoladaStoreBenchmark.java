package se.styr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.styr.goals.ComparisonData;
import se.styr.imports.kolada.KoladaAnswers;
import se.styr.imports.kolada.KoladaValue;
import se.styr.national.KoladaStore;
import se.styr.organisation.MunicipalityCodes;

/**
 * Target: a recorded Kolada answer of 290 municipalities × 20 KPIs × 10 years (58,000 rows in 12
 * pages of at most 5,000, Kolada's v3 shape, invented figures) is read and stored as comparison
 * data in under 1 s: every page read exactly, all of it stored in one transaction into a freshly
 * migrated database (the default H2 file, and PostgreSQL), and read back as one comparison per KPI
 * and year.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class KoladaStoreBenchmark {
  static final int KPIS = 20;
  static final int YEARS = 10;

  /**
   * The default embedded database (a file), or PostgreSQL (a fresh schema of the test database).
   */
  @Param({"h2file", "postgres"})
  public String database;

  private List<String> pages;
  private List<String> kpis;
  private Path directory;
  private int fresh;
  private String schema;
  private KoladaStore store;
  private JdbcTemplate shutdown;

  @Setup(Level.Trial)
  public void recordedAnswer() throws IOException {
    List<String> codes = MunicipalityCodes.all();
    if (codes.size() != 290) {
      throw new IllegalStateException(
          "expected Sweden's 290 municipalities, found " + codes.size());
    }
    kpis = new ArrayList<>();
    for (int k = 0; k < KPIS; k++) {
      kpis.add(String.format("N%05d", 90000 + k));
    }
    Random random = new Random(17);
    List<String> rows = new ArrayList<>();
    for (String kpi : kpis) {
      for (int year = 2015; year < 2015 + YEARS; year++) {
        for (String code : codes) {
          String value =
              random.nextInt(50) == 0
                  ? "null"
                  : (random.nextInt(200000) + 1000) + "." + random.nextInt(100);
          rows.add(
              "{\"kpi\":\""
                  + kpi
                  + "\",\"municipality\":\""
                  + code
                  + "\",\"period\":"
                  + year
                  + ",\"values\":[{\"gender\":\"T\",\"count\":1,\"status\":\"\",\"value\":"
                  + value
                  + ",\"isdeleted\":false}]}");
        }
      }
    }
    pages = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += 5000) {
      List<String> page = rows.subList(from, Math.min(rows.size(), from + 5000));
      boolean last = from + 5000 >= rows.size();
      pages.add(
          "{\"count\":"
              + page.size()
              + ",\"values\":["
              + String.join(",", page)
              + "],\"next_url\":"
              + (last ? "null" : "\"https://api.kolada.se/v3/data?page=" + (from / 5000 + 2) + "\"")
              + ",\"previous_url\":null}");
    }
    directory = Files.createTempDirectory("styr-kolada-bench");
  }

  @Setup(Level.Invocation)
  public void freshDatabase() {
    javax.sql.DataSource dataSource;
    Flyway flyway;
    if (database.equals("postgres")) {
      org.postgresql.ds.PGSimpleDataSource postgres = new org.postgresql.ds.PGSimpleDataSource();
      schema = "kolada_bench_" + fresh++;
      postgres.setURL("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
      postgres.setUser("postgres");
      dataSource = postgres;
      flyway =
          Flyway.configure()
              .dataSource(dataSource)
              .schemas(schema)
              .cleanDisabled(false)
              .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
              .load();
      flyway.clean();
    } else {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(
          "jdbc:h2:file:"
              + directory.resolve("kolada" + fresh++)
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
      h2.setUser("sa");
      dataSource = h2;
      flyway =
          Flyway.configure()
              .dataSource(dataSource)
              .locations("classpath:db/migration", "classpath:db/vendor/h2")
              .load();
    }
    flyway.migrate();
    JdbcTemplate batch = new JdbcTemplate(dataSource);
    shutdown = batch;
    store =
        new KoladaStore(
            JdbcClient.create(dataSource),
            batch,
            new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
  }

  @TearDown(Level.Invocation)
  public void closeDatabase() {
    shutdown.execute(
        database.equals("postgres") ? "drop schema " + schema + " cascade" : "shutdown");
  }

  @Benchmark
  public List<ComparisonData> readAndStoreAsComparisonData() {
    List<KoladaValue> values = new ArrayList<>(KPIS * YEARS * 290);
    for (String page : pages) {
      values.addAll(KoladaAnswers.data(page).values());
    }
    store.saveValues(values, "Kolada (benchmark)", Instant.now());
    List<ComparisonData> comparisons = store.comparisons(kpis, "T");
    if (comparisons.size() != KPIS * YEARS) {
      throw new IllegalStateException("expected 200 comparisons, got " + comparisons.size());
    }
    return comparisons;
  }
}
