package se.styr.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * Plans are stored on connections opened after the migration's connection has closed, as happens
 * when the pool retires it. (H2 2.4.240 failed every check constraint then; Styr pins a fixed H2.)
 */
class H2ConnectionsIT {
  @TempDir Path dir;

  @Test
  void storesAPlanOnConnectionsOpenedAfterTheMigrationClosedItsOwn() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:file:"
            + dir.resolve("styr")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .load()
        .migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    JdbcTemplate batch = new JdbcTemplate(dataSource);
    TransactionTemplate transactions =
        new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    AuditLog audit = new AuditLog(jdbc);
    PlanStore plans =
        new PlanStore(
            jdbc,
            batch,
            transactions,
            new OrganisationStore(jdbc, batch),
            new TableStore(jdbc, batch),
            new Versions(jdbc, batch, transactions, audit),
            audit,
            new se.styr.national.KoladaStore(jdbc, batch, transactions));

    PlanStore.StoredVersion stored =
        plans.store(PlanFileReader.read(Path.of("demo/ale-socialnamnden-2024.yaml")), "test");

    assertThat(plans.load(stored.versionId()).tables()).hasSize(2);
    batch.execute("shutdown");
  }
}
