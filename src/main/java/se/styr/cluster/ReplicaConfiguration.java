package se.styr.cluster;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * A PostgreSQL streaming replica for reads, when {@code styr.replica.url} names one (a JDBC URL;
 * the same user and password as the primary): the application's data source routes the reads that
 * may go there ({@link ReplicaReadRule}) while the replica keeps within {@code
 * styr.replica.max-lag} (10 s unless set), watched every second by each node ({@link
 * ReplicaMonitor}). Its pools are not beans of their own, so that the database health check (and
 * with it a node's readiness) asks the primary only: a node whose replica is down still serves.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${styr.replica.url:}'.isBlank()")
class ReplicaConfiguration {
  @Bean
  @Primary
  ReplicaRouting dataSource(
      DataSourceProperties properties,
      Environment environment,
      @Value("${styr.replica.url}") String url,
      @Value("${styr.replica.max-lag:10s}") Duration maxLag) {
    HikariDataSource primary =
        properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(primary));
    if (primary.getPoolName() == null) {
      primary.setPoolName("styr-primary");
    }
    HikariDataSource replica = new HikariDataSource();
    replica.setJdbcUrl(url);
    replica.setUsername(properties.determineUsername());
    replica.setPassword(properties.determinePassword());
    replica.setPoolName("styr-replica");
    replica.setReadOnly(true);
    replica.setMaximumPoolSize(primary.getMaximumPoolSize());
    replica.setMinimumIdle(0);
    // A replica that does not answer is given up on quickly: the request goes to the primary.
    replica.setConnectionTimeout(1000);
    replica.setValidationTimeout(500);
    replica.setInitializationFailTimeout(-1);
    ReplicaMonitor monitor = new ReplicaMonitor(primary, replica, maxLag, Clock.systemUTC());
    return new ClosingRouting(primary, replica, monitor);
  }

  @Bean
  ReplicaMonitor replicaMonitor(ReplicaRouting dataSource) {
    return ((ClosingRouting) dataSource).monitor;
  }

  @Bean
  ReplicaFailures replicaFailures() {
    return new ReplicaFailures();
  }

  @Bean
  FilterRegistrationBean<ReplicaReads> replicaReads(ReplicaMonitor monitor) {
    FilterRegistrationBean<ReplicaReads> registration =
        new FilterRegistrationBean<>(
            new ReplicaReads(new ReplicaReadRule(monitor.maxLag()), Clock.systemUTC()));
    // Right after the security filters: it must know who signed in.
    registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  /** The routing data source that checks the replica while it lives and closes both pools. */
  static final class ClosingRouting extends ReplicaRouting implements AutoCloseable {
    private final HikariDataSource primary;
    private final HikariDataSource replica;
    private final ReplicaMonitor monitor;
    private final ScheduledExecutorService checking;

    ClosingRouting(HikariDataSource primary, HikariDataSource replica, ReplicaMonitor monitor) {
      super(primary, replica, monitor);
      this.primary = primary;
      this.replica = replica;
      this.monitor = monitor;
      this.checking =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "styr-replica-monitor");
                thread.setDaemon(true);
                return thread;
              });
      checking.scheduleWithFixedDelay(
          monitor::check, 0, ReplicaMonitor.EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
      checking.shutdownNow();
      replica.close();
      primary.close();
    }
  }
}
