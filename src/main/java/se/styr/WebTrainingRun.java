package se.styr;

import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The launcher's training run of the web application (bin/styr, {@code --styr.training-run=true}):
 * once the application is ready (its seed plans imported, the web server open) it visits the pages
 * a first visitor sees ({@link PageVisits}) and ends the process, so that the class-data-sharing
 * archive the JVM writes at its exit also holds what serving those pages loads. Without the setting
 * it does nothing. The setting is read at run time, not as a bean condition, because Spring AOT
 * fixes the beans at build time.
 */
@Component
class WebTrainingRun implements ApplicationListener<ApplicationReadyEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(WebTrainingRun.class);
  private final boolean enabled;

  WebTrainingRun(@Value("${styr.training-run:false}") boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    if (!enabled
        || !(event.getApplicationContext() instanceof WebServerApplicationContext context)) {
      return;
    }
    URI base = URI.create("http://127.0.0.1:" + context.getWebServer().getPort());
    List<PageVisits.Visit> visits = PageVisits.of(base);
    long answered = visits.stream().filter(visit -> visit.status() == 200).count();
    LOG.info("Training run: {} of {} pages answered 200 {}", answered, visits.size(), visits);
    System.exit(SpringApplication.exit(context));
  }
}
