package se.styr.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.security.PlanScope;
import se.styr.version.PlanAccess;
import se.styr.version.PlanStatus;
import se.styr.version.PlanSummary;
import se.styr.version.VersionSummary;

class DecidedViewsTest {
  private static final PlanDocument PLAN =
      PlanFileReader.read(Path.of("demo/trollhattan-omsorgsnamnden-2024.yaml"));

  private static PlanAccess.VisibleVersion version(long versionId, PlanStatus status) {
    PlanSummary plan =
        new PlanSummary(
            1,
            "1488/omsorgsnamnden/2024",
            "1488",
            "Trollhättan",
            1,
            "omsorgsnamnden",
            "Omsorgsnämnden",
            2024,
            "Verksamhetsplan",
            1,
            status);
    VersionSummary version =
        new VersionSummary(versionId, 1, status, null, Instant.now(), "test", List.of());
    return new PlanAccess.VisibleVersion(plan, new PlanScope("1488", 1), version);
  }

  @Test
  void computesForADecidedVersionOnceForEachNameAndForADraftEachTime() {
    DecidedViews versions = new DecidedViews(() -> 0);
    AtomicInteger computed = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      versions.computed(version(7, PlanStatus.DECIDED), "goals@2024", computed::incrementAndGet);
      versions.computed(version(7, PlanStatus.DECIDED), "goals@2025", computed::incrementAndGet);
    }
    assertThat(computed.get()).isEqualTo(2);
    for (int i = 0; i < 3; i++) {
      versions.computed(version(8, PlanStatus.DRAFT), "goals@2024", computed::incrementAndGet);
    }
    assertThat(computed.get()).isEqualTo(5);
  }

  @Test
  void computesADecidedVersionAgainWhenNationalDataIsStored() {
    java.util.concurrent.atomic.AtomicLong revision = new java.util.concurrent.atomic.AtomicLong();
    DecidedViews versions = new DecidedViews(revision::get);
    AtomicInteger computed = new AtomicInteger();
    versions.computed(version(7, PlanStatus.DECIDED), "goals@2024", computed::incrementAndGet);
    versions.computed(version(7, PlanStatus.DECIDED), "goals@2024", computed::incrementAndGet);
    revision.incrementAndGet();
    versions.computed(version(7, PlanStatus.DECIDED), "goals@2024", computed::incrementAndGet);
    assertThat(computed.get()).isEqualTo(2);
  }
}
