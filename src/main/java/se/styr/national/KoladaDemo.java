package se.styr.national;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import se.styr.cluster.BackgroundWork;

/**
 * Stores Styr's Kolada demo data (demo/kolada: invented figures in Kolada's shape, marked as demo
 * data) at start-up when demo data is loaded and nothing of Kolada's is stored yet; on one node at
 * a time ({@link BackgroundWork}).
 */
@Component
@ConditionalOnProperty(name = "styr.demo.load", havingValue = "true")
class KoladaDemo implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(KoladaDemo.class);
  private static final String[] FILES = {
    "municipalities.json", "groups.json", "kpis.json", "data.json"
  };

  private final KoladaFetching fetching;
  private final KoladaStore store;
  private final BackgroundWork work;
  private volatile boolean running;

  KoladaDemo(KoladaFetching fetching, KoladaStore store, BackgroundWork work) {
    this.fetching = fetching;
    this.store = store;
    this.work = work;
  }

  @Override
  public void start() {
    work.atStartUp("demo-kolada", this::storeDemo);
    running = true;
  }

  private void storeDemo() {
    if (store.searchKpis("N99901", 1).isEmpty()) {
      for (String file : FILES) {
        try (InputStream in = KoladaDemo.class.getResourceAsStream("/demo/kolada/" + file)) {
          if (in == null) {
            LOG.warn("Kolada demo data {} is missing from the application", file);
            continue;
          }
          fetching.importAnswer(
              new String(in.readAllBytes(), StandardCharsets.UTF_8), KoladaFetching.DEMO_SOURCE);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      LOG.info("Stored Kolada demo data (invented figures, marked as demo data)");
    }
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
}
