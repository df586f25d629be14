package se.styr.followup.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import se.styr.cluster.BackgroundWork;
import se.styr.version.PlanSummary;
import se.styr.version.VersionSummary;
import se.styr.version.Versions;

/**
 * Stores the demo follow-up reports shipped in the application (demo/followup/*.yaml: invented
 * figures, marked as demo data) at start-up, each once, after the seed plans they follow up and
 * before the web server opens. A failure stops the start-up. On one node at a time ({@link
 * BackgroundWork}).
 */
@Component
@ConditionalOnProperty(name = "styr.demo.load", havingValue = "true")
class DemoFollowUps implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(DemoFollowUps.class);
  private final FollowUps followUps;
  private final Versions versions;
  private final BackgroundWork work;
  private volatile boolean running;

  DemoFollowUps(FollowUps followUps, Versions versions, BackgroundWork work) {
    this.followUps = followUps;
    this.versions = versions;
    this.work = work;
  }

  @Override
  public void start() {
    work.atStartUp("demo-follow-ups", this::storeAll);
    running = true;
  }

  private void storeAll() {
    try {
      Resource[] files =
          new PathMatchingResourcePatternResolver().getResources("classpath*:demo/followup/*.yaml");
      Arrays.sort(files, Comparator.comparing(Resource::getFilename));
      for (Resource file : files) {
        store(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void store(Resource file) throws IOException {
    String name = "demo/followup/" + file.getFilename();
    String text;
    try (InputStream in = file.getInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    FollowUpReport report = FollowUpReportFile.read(name, text);
    PlanReference ref = report.plan();
    PlanSummary plan =
        versions
            .plan(ref.municipality(), ref.committee(), ref.budgetYear())
            .orElseThrow(() -> new IllegalStateException(name + ": its plan is not stored"));
    VersionSummary version =
        versions
            .version(plan.planId(), ref.version())
            .orElseThrow(() -> new IllegalStateException(name + ": its version is not stored"));
    boolean stored =
        followUps.occasions(version.versionId()).stream()
            .anyMatch(
                o ->
                    o.key().equals(report.occasion().key())
                        && o.reportVersion() == report.version());
    if (!stored) {
      followUps.importReport(
          plan.planId(),
          version.versionId(),
          version.status() == se.styr.version.PlanStatus.DECIDED,
          name,
          text,
          "demo");
      LOG.info("Demo follow-up stored: {} ({})", report.occasion().title(), plan.planKey());
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

  /** After the seed plans (one phase earlier), before the web server. */
  @Override
  public int getPhase() {
    return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
  }
}
