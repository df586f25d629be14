package se.styr.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import se.styr.cluster.BackgroundWork;
import se.styr.version.Versions;

/**
 * Stores the five seed plans shipped in the application (demo/*.yaml) at start-up, each once. The
 * import runs in a thread of its own from the moment the store exists, beside the rest of the
 * start-up, and the web server opens only when it is complete (this lifecycle's phase comes before
 * the web server's): no page is served from half an import. A failure stops the start-up. On a
 * cluster one node stores them while the others wait ({@link BackgroundWork}), then find them
 * stored.
 */
@Component
@ConditionalOnProperty(name = "styr.demo.load", havingValue = "true")
class DemoPlans implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(DemoPlans.class);
  private final PlanStore plans;
  private final Versions versions;
  private final FutureTask<Void> importing;
  private volatile boolean running;

  DemoPlans(PlanStore plans, Versions versions, BackgroundWork work) {
    this.plans = plans;
    this.versions = versions;
    this.importing =
        new FutureTask<>(
            () ->
                work.exclusively(
                    "demo-plans",
                    Duration.ofMinutes(10),
                    () -> {
                      storeAll();
                      return null;
                    }));
    Thread thread = new Thread(importing, "styr-demo-import");
    thread.setDaemon(true);
    thread.start();
  }

  /** Waits for the import. */
  @Override
  public void start() {
    try {
      importing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while storing the seed plans", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the seed plans could not be stored", e.getCause());
    }
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 2;
  }

  private void storeAll() throws IOException {
    Resource[] files =
        new PathMatchingResourcePatternResolver().getResources("classpath*:demo/*.yaml");
    Arrays.sort(files, Comparator.comparing(Resource::getFilename));
    for (Resource file : files) {
      PlanDocument plan = read(file);
      boolean stored =
          versions
              .plan(
                  plan.municipality().code(),
                  plan.committee().key(),
                  plan.header().period().budgetYear())
              .map(p -> versions.version(p.planId(), plan.version().number()).isPresent())
              .orElse(false);
      if (!stored) {
        plans.store(plan, "demo");
        LOG.info("Demo plan stored: {}", plan.displayName());
      }
    }
  }

  private static PlanDocument read(Resource file) {
    try (InputStream in = file.getInputStream()) {
      return PlanFileReader.read(
          "demo/" + file.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
