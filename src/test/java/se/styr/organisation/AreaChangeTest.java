package se.styr.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.plan.PlanFileReader;

/** A change of areas kept with its audit entry reads back exactly, so that it can be undone. */
class AreaChangeTest {
  @Test
  void theAreasBeforeAndAfterReadBackExactlyFromTheAuditTarget() {
    List<OperationalArea> before =
        PlanFileReader.read(Path.of("demo/trollhattan-omsorgsnamnden-2024.yaml")).areas();
    List<OperationalArea> after = before.subList(1, before.size());
    AreaChange change = new AreaChange(before, after);
    assertThat(AreaChange.of(change.target())).contains(change);
    assertThat(AreaChange.of("section:intro")).isEmpty();
    assertThat(AreaChange.of(null)).isEmpty();
  }
}
