package se.styr.cluster;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The read replica as this node sees it, at /actuator/health/replica: where reads go (replica or
 * primary), the replica's status and lag (milliseconds; absent when unknown), the greatest lag it
 * is read at, when it was checked, and how many connections were taken from it and from the primary
 * in its stead. Always UP: a replica that is down or behind does not stop a node from serving (its
 * reads go to the primary), so it must not take the node out of the balancer.
 */
@Component("readReplicaHealthIndicator")
class ReplicaHealth implements HealthIndicator {
  private final ObjectProvider<ReplicaMonitor> monitors;
  private final ObjectProvider<ReplicaRouting> routings;

  ReplicaHealth(ObjectProvider<ReplicaMonitor> monitors, ObjectProvider<ReplicaRouting> routings) {
    this.monitors = monitors;
    this.routings = routings;
  }

  @Override
  public Health health() {
    ReplicaMonitor monitor = monitors.getIfAvailable();
    ReplicaRouting routing = routings.getIfAvailable();
    if (monitor == null || routing == null) {
      return Health.up().withDetail("reads", "primary").withDetail("replica", "NONE").build();
    }
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
