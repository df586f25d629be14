package se.styr.cluster;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On shutdown, keeps serving for {@code styr.shutdown.drain-delay} after the node's readiness has
 * turned to refusing traffic (which happens as the shutdown begins), before the web server stops
 * taking connections and finishes the requests it has: a load balancer checking readiness every
 * second sees the 503 and takes the node out of its pool while the node still answers, so no
 * request meets a closed port. Zero (the default, for a single node) waits not at all; behind a
 * balancer set it to a little more than the balancer's checks need to mark a node down (deploy/: 3
 * s).
 */
@Component
class Draining implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(Draining.class);
  private final Duration delay;
  private volatile boolean running;

  Draining(@Value("${styr.shutdown.drain-delay:0s}") Duration delay) {
    this.delay = delay;
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    if (delay.isZero() || delay.isNegative()) {
      return;
    }
    LOG.info("Shutting down: not ready; serving {} more while the load balancer drains us", delay);
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stopped first: before the web server's graceful shutdown, which has a lower phase. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE;
  }
}
