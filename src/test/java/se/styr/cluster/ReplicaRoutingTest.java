package se.styr.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class ReplicaRoutingTest {
  private final DataSource primary = h2("jdbc:h2:mem:routing-primary");
  private final DataSource replica = h2("jdbc:h2:mem:routing-replica");
  private final ReplicaMonitor monitor =
      new ReplicaMonitor(primary, replica, Duration.ofSeconds(10), Clock.systemUTC());

  private static DataSource h2(String url) {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(url);
    source.setUser("sa");
    return source;
  }

  private void replicaIs(ReplicaMonitor.Status status) {
    monitor.seen(
        new ReplicaMonitor.State(
            status, Optional.of(Duration.ZERO), Clock.systemUTC().instant(), null));
  }

  private static String url(ReplicaRouting routing) throws Exception {
    try (Connection connection = routing.getConnection()) {
      return connection.getMetaData().getURL();
    }
  }

  @Test
  void aRequestThatMayReadFromTheReplicaIsGivenItsConnections() throws Exception {
    replicaIs(ReplicaMonitor.Status.CURRENT);
    ReplicaRouting routing = new ReplicaRouting(primary, replica, monitor);

    String used = ReplicaRouting.onReplica(() -> url(routing));

    assertThat(used).isEqualTo("jdbc:h2:mem:routing-replica");
    assertThat(ReplicaRouting.usedReplica()).isTrue();
    assertThat(routing.fromReplica()).isEqualTo(1);
  }

  @Test
  void everythingElseUsesThePrimary() throws Exception {
    replicaIs(ReplicaMonitor.Status.CURRENT);
    ReplicaRouting routing = new ReplicaRouting(primary, replica, monitor);

    assertThat(url(routing)).isEqualTo("jdbc:h2:mem:routing-primary");
  }

  @Test
  void aReplicaThatIsBehindDownOrNoReplicaIsNotReadFrom() throws Exception {
    ReplicaRouting routing = new ReplicaRouting(primary, replica, monitor);
    for (ReplicaMonitor.Status status :
        new ReplicaMonitor.Status[] {
          ReplicaMonitor.Status.UNKNOWN,
          ReplicaMonitor.Status.BEHIND,
          ReplicaMonitor.Status.DOWN,
          ReplicaMonitor.Status.NOT_A_REPLICA
        }) {
      replicaIs(status);

      assertThat(ReplicaRouting.onReplica(() -> url(routing)))
          .as(status.name())
          .isEqualTo("jdbc:h2:mem:routing-primary");
      assertThat(ReplicaRouting.usedReplica()).isFalse();
    }
  }

  @Test
  void aReplicaConnectionThatCannotBeHadFallsBackToThePrimaryAndMarksTheReplicaDown()
      throws Exception {
    DataSource gone = h2("jdbc:h2:file:/nonexistent/styr-replica;IFEXISTS=TRUE");
    ReplicaMonitor watching =
        new ReplicaMonitor(primary, gone, Duration.ofSeconds(10), Clock.systemUTC());
    watching.seen(
        new ReplicaMonitor.State(
            ReplicaMonitor.Status.CURRENT,
            Optional.of(Duration.ZERO),
            Clock.systemUTC().instant(),
            null));
    ReplicaRouting routing = new ReplicaRouting(primary, gone, watching);

    assertThat(ReplicaRouting.onReplica(() -> url(routing)))
        .isEqualTo("jdbc:h2:mem:routing-primary");
    assertThat(watching.state().status()).isEqualTo(ReplicaMonitor.Status.DOWN);
    assertThat(watching.usable()).isFalse();
    assertThat(routing.fellBack()).isEqualTo(1);
  }

  @Test
  void aCheckOfAReplicaThatDoesNotAnswerFindsItDown() {
    DataSource gone = h2("jdbc:h2:file:/nonexistent/styr-replica;IFEXISTS=TRUE");
    ReplicaMonitor watching =
        new ReplicaMonitor(primary, gone, Duration.ofSeconds(10), Clock.systemUTC());

    watching.check();

    assertThat(watching.state().status()).isEqualTo(ReplicaMonitor.Status.DOWN);
    assertThat(watching.state().problem()).isNotBlank();
  }

  @Test
  void aStaleCheckIsNotTrusted() {
    replicaIs(ReplicaMonitor.Status.CURRENT);
    assertThat(monitor.usable()).isTrue();

    monitor.seen(
        new ReplicaMonitor.State(
            ReplicaMonitor.Status.CURRENT,
            Optional.of(Duration.ZERO),
            Clock.systemUTC().instant().minusSeconds(60),
            null));

    assertThat(monitor.usable()).isFalse();
  }
}
