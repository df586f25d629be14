package se.styr.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplicaReadRuleTest {
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private final ReplicaReadRule rule = new ReplicaReadRule(Duration.ofSeconds(10));

  @Test
  void thePublicsReadsMayGoToTheReplica() {
    assertThat(rule.mayRead("GET", "/plans/3/versions/2/budget", false, null, NOW)).isTrue();
    assertThat(rule.mayRead("HEAD", "/", false, null, NOW)).isTrue();
    assertThat(rule.mayRead("GET", "/api/plans/3", false, null, NOW)).isTrue();
  }

  @Test
  void writesAndHealthChecksNeverDo() {
    for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
      assertThat(rule.mayRead(method, "/plans/3/versions/2", false, null, NOW)).isFalse();
    }
    assertThat(rule.mayRead("GET", "/actuator/health/readiness", false, null, NOW)).isFalse();
  }

  @Test
  void aSignedInCallersPagesAreReadFromThePrimary() {
    assertThat(rule.mayRead("GET", "/plans/3/versions/2/budget", true, null, NOW)).isFalse();
    assertThat(rule.mayRead("GET", "/api/plans/3", true, null, NOW)).isFalse();
  }

  @Test
  void aSignedInCallersDocumentsMayBePrintedFromTheReplica() {
    assertThat(rule.mayRead("GET", "/plans/3/versions/2/document.pdf", true, null, NOW)).isTrue();
    assertThat(rule.mayRead("GET", "/api/plans/3/versions/2/document", true, null, NOW)).isTrue();
    assertThat(rule.mayRead("GET", "/plans/3/versions/2/followup/7/report.docx", true, null, NOW))
        .isTrue();
    assertThat(rule.mayRead("GET", "/plans/3/versions/2/documents", true, null, NOW)).isFalse();
  }

  @Test
  void aCallersReadsRightAfterTheirOwnWriteGoToThePrimary() {
    String document = "/plans/3/versions/2/document.pdf";
    Instant wrote = NOW.minusSeconds(12);

    assertThat(rule.mayRead("GET", document, true, wrote, NOW)).isFalse();
    assertThat(rule.mayRead("GET", "/plans/3/versions/2", false, wrote, NOW)).isFalse();
    assertThat(rule.mayRead("GET", document, true, wrote, NOW.plusSeconds(2))).isTrue();
  }

  @Test
  void namesTheMethodsThatWrite() {
    assertThat(ReplicaReadRule.writes("POST")).isTrue();
    assertThat(ReplicaReadRule.writes("DELETE")).isTrue();
    assertThat(ReplicaReadRule.writes("GET")).isFalse();
    assertThat(ReplicaReadRule.writes("OPTIONS")).isFalse();
  }
}
