package se.styr.security;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.styr.cluster.BackgroundWork;

/**
 * Removes the sessions that have expired from the database once a minute, on one node of the
 * installation at a time (Spring Session's own schedule, which every node would run, is switched
 * off: spring.session.jdbc.cleanup-cron is "-"). An expired session is never used, removed or not.
 */
@Component
class ExpiredSessions implements DisposableBean {
  static final Duration EVERY = Duration.ofMinutes(1);
  private final ObjectProvider<SparingSessions> sessions;
  private final BackgroundWork work;
  private volatile ScheduledFuture<?> scheduled;

  ExpiredSessions(ObjectProvider<SparingSessions> sessions, BackgroundWork work) {
    this.sessions = sessions;
    this.work = work;
  }

  @EventListener(ApplicationReadyEvent.class)
  void schedule() {
    SparingSessions repository = sessions.getIfAvailable();
    if (repository != null) {
      scheduled = work.every("expired-sessions", EVERY, repository::removeExpired);
    }
  }

  @Override
  public void destroy() {
    ScheduledFuture<?> running = scheduled;
    if (running != null) {
      running.cancel(false);
    }
  }
}
