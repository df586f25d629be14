package se.styr.cluster;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The read replica as this node sees it, at /actuator/health/replica: where reads go (replica or
 * primary), the replica's status and lag (milliseconds; absent when unknown), the greatest lag it
 * is read at, when it was checked, and how many connections were taken from it and from the primary
 * in its stead. Always UP: a replica that is down or behind does not stop a node from serving (its
 * reads go to the primary), so it must not take the node out of the balancer.
 */
final class ReplicaHealth implements HealthIndicator {
  private final ReplicaMonitor monitor;
  private final ReplicaRouting routing;

  ReplicaHealth(ReplicaMonitor monitor, ReplicaRouting routing) {
    this.monitor = monitor;
    this.routing = routing;
  }

  @Override
  public Health health() {
    ReplicaMonitor.State state = monitor.state();
    Health.Builder health =
        Health.up()
            .withDetail("reads", monitor.usable() ? "replica" : "primary")
            .withDetail("replica", state.status().name())
            .withDetail("maxLagMillis", monitor.maxLag().toMillis())
            .withDetail("checked", state.checked().toString())
            .withDetail("connectionsFromReplica", routing.fromReplica())
            .withDetail("connectionsFellBack", routing.fellBack());
    // The problem's text (which may name hosts and ports) is in the node's log, not here: these
    // details are shown to anyone.
    state.lag().ifPresent(lag -> health.withDetail("lagMillis", lag.toMillis()));
    return health.build();
  }
}
