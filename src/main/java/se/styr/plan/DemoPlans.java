package se.styr.plan;

import se.styr.version.Versions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Stores the five seed plans shipped in the application (demo/*.yaml) at start-up, each once. */
@Component
@ConditionalOnProperty(name = "styr.demo.load", havingValue = "true")
class DemoPlans implements ApplicationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(DemoPlans.class);
  private final PlanStore plans;
  private final Versions versions;

  DemoPlans(PlanStore plans, Versions versions) {
    this.plans = plans;
    this.versions = versions;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/*.yaml");
    Arrays.sort(files, Comparator.comparing(Resource::getFilename));
    for (Resource file : files) {
      PlanDocument plan = read(file);
      boolean stored = versions.plan(plan.municipality().code(), plan.committee().key(), plan.header().period().budgetYear())
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
      return PlanFileReader.read("demo/" + file.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
