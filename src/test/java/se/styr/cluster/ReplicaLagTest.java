package se.styr.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplicaLagTest {
  private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

  private static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }

  @Test
  void aReplicaThatReplayedTheLatestPositionIsNotBehind() {
    ReplicaLag lag = new ReplicaLag(Duration.ofMinutes(1));
    lag.primaryAt(at(0), 100);
    lag.primaryAt(at(1), 200);

    assertThat(lag.behind(at(5), 200)).contains(Duration.ZERO);
    assertThat(lag.behind(at(5), 250)).contains(Duration.ZERO);
  }

  @Test
  void aReplicaIsBehindByTheTimeSinceTheNewestPositionItHasReplayed() {
    ReplicaLag lag = new ReplicaLag(Duration.ofMinutes(1));
    lag.primaryAt(at(0), 100);
    lag.primaryAt(at(1), 200);
    lag.primaryAt(at(2), 300);
    lag.primaryAt(at(3), 400);

    assertThat(lag.behind(at(4), 399)).contains(Duration.ofSeconds(2));
    assertThat(lag.behind(at(4), 200)).contains(Duration.ofSeconds(3));
  }

  @Test
  void aReplicaBehindEveryNotedPositionIsFurtherBehindThanTheHistoryTells() {
    ReplicaLag lag = new ReplicaLag(Duration.ofSeconds(10));
    for (int second = 0; second <= 30; second++) {
      lag.primaryAt(at(second), 1000 + second);
    }

    assertThat(lag.behind(at(30), 1005)).isEmpty();
    assertThat(lag.behind(at(30), 1025)).contains(Duration.ofSeconds(5));
  }

  @Test
  void nothingNotedYetTellsNothing() {
    assertThat(new ReplicaLag(Duration.ofMinutes(1)).behind(at(0), 5)).isEmpty();
  }

  @Test
  void aPrimaryWhosePositionWentBackStartsANewHistory() {
    ReplicaLag lag = new ReplicaLag(Duration.ofMinutes(1));
    lag.primaryAt(at(0), 5000);
    lag.primaryAt(at(1), 100);

    assertThat(lag.behind(at(2), 100)).contains(Duration.ZERO);
    assertThat(lag.behind(at(2), 50)).isEmpty();
  }

  @Test
  void readsPostgresqlsWriteAheadLogPositions() {
    assertThat(ReplicaLag.position("0/0")).isZero();
    assertThat(ReplicaLag.position("16/B374D848")).isEqualTo(0x16B374D848L);
    assertThat(ReplicaLag.position("FFFFFFFF/FFFFFFFF")).isEqualTo(-1L);
  }

  @Test
  void refusesWhatIsNotAPosition() {
    for (String bad : new String[] {"", "16", "/1", "1/", "G/1", "1/2/3", "123456789/1"}) {
      assertThatThrownBy(() -> ReplicaLag.position(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a write-ahead log position");
    }
    assertThatThrownBy(() -> ReplicaLag.position(null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
