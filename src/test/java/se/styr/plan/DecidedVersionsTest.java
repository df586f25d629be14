package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DecidedVersionsTest {
  private static final PlanDocument PLAN =
      PlanFileReader.read(Path.of("demo/ale-socialnamnden-2024.yaml"));

  @Test
  void dropsTheLeastRecentlyReadVersionWhenFull() {
    DecidedVersions versions = new DecidedVersions(2);
    versions.put(1, PLAN);
    versions.put(2, PLAN);
    versions.get(1);
    versions.put(3, PLAN);
    assertThat(versions.get(1)).isSameAs(PLAN);
    assertThat(versions.get(2)).isNull();
    assertThat(versions.get(3)).isSameAs(PLAN);
  }
}
