package se.styr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import se.styr.budget.TableStore;
import se.styr.organisation.OrganisationStore;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanStore;
import se.styr.security.AuditLog;
import se.styr.version.Versions;

/**
 * Target: importing all five seed plans into H2 takes under 1 s: reading the five plan files from
 * disk and storing each in its own transaction, into a freshly migrated H2 database (the default
 * file database, and in memory for comparison).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ImportBenchmark {
  @Param({"file", "mem"})
  public String storage;

  private List<Path> files;
  private Path directory;
  private PlanStore store;
  private int database;
  private JdbcTemplate shutdown;

  @Setup(Level.Trial)
  public void findFiles() throws IOException {
    try (Stream<Path> demo = Files.list(Path.of("demo"))) {
      files = demo.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    if (files.size() != 5) {
      throw new IllegalStateException(
          "run from the project directory: expected the five demo plans in demo/, found " + files);
    }
    directory = Files.createTempDirectory("styr-bench");
  }

  @Setup(Level.Invocation)
  public void freshDatabase() {
    JdbcDataSource dataSource = new JdbcDataSource();
    String name = "styr" + database++;
    dataSource.setURL(
        (storage.equals("file") ? "jdbc:h2:file:" + directory.resolve(name) : "jdbc:h2:mem:" + name)
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .load()
        .migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    JdbcTemplate batch = new JdbcTemplate(dataSource);
    shutdown = batch;
    TransactionTemplate transactions =
        new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    TableStore tables = new TableStore(jdbc, batch);
    AuditLog audit = new AuditLog(jdbc);
    store =
        new PlanStore(
            jdbc,
            batch,
            transactions,
            new OrganisationStore(jdbc, batch),
            tables,
            new Versions(jdbc, batch, transactions, audit),
            audit,
            new se.styr.national.KoladaStore(jdbc, batch, transactions));
  }

  /** Shuts the database down so that in-memory databases do not pile up between invocations. */
  @TearDown(Level.Invocation)
  public void closeDatabase() {
    shutdown.execute("shutdown");
  }

  @Benchmark
  public List<PlanStore.StoredVersion> importFiveSeedPlans() throws IOException {
    List<PlanStore.StoredVersion> stored = new ArrayList<>();
    for (Path file : files) {
      stored.add(
          store.store(
              PlanFileReader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8)),
              "bench"));
    }
    return stored;
  }
}
