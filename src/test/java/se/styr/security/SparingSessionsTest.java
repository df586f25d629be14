package se.styr.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

class SparingSessionsTest {
  private JdbcTemplate jdbc;
  private SparingSessions sessions;

  @BeforeEach
  void database() throws Exception {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(
        "jdbc:h2:mem:sparing-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
    jdbc = new JdbcTemplate(source);
    for (String statement :
        Files.readString(Path.of("src/main/resources/db/migration/V35__http_sessions.sql"))
            .replaceAll("(?m)^--.*$", "")
            .split(";")) {
      if (!statement.isBlank()) {
        jdbc.execute(statement);
      }
    }
    sessions =
        new SparingSessions(
            new JdbcIndexedSessionRepository(
                jdbc, new TransactionTemplate(new DataSourceTransactionManager(source))));
  }

  /** A request as Spring Session's filter makes it: the session found, its time noted, saved. */
  private SparingSessions.Kept request(String id, Instant at) {
    SparingSessions.Kept session = sessions.findById(id);
    session.setLastAccessedTime(at);
    return session;
  }

  private long storedLastAccess(String id) {
    return jdbc.queryForObject(
        "select last_access_time from spring_session where session_id = ?", Long.class, id);
  }

  private String newSession(Instant at) {
    SparingSessions.Kept session = sessions.createSession();
    session.setLastAccessedTime(at);
    session.setAttribute("caller", "anna");
    sessions.save(session);
    return session.getId();
  }

  @Test
  void aNewSessionIsWrittenWithItsAttributes() {
    Instant start = Instant.now();
    String id = newSession(start);
    assertThat(sessions.findById(id).<String>getAttribute("caller")).isEqualTo("anna");
    assertThat(storedLastAccess(id)).isEqualTo(start.toEpochMilli());
  }

  @Test
  void aRequestWithinAMinuteOfTheStoredAccessWritesNothing() {
    Instant start = Instant.now();
    String id = newSession(start);
    SparingSessions.Kept read = request(id, start.plusSeconds(59));
    sessions.save(read);
    assertThat(storedLastAccess(id)).isEqualTo(start.toEpochMilli());
    assertThat(read.getLastAccessedTime()).isEqualTo(start.plusSeconds(59));
  }

  @Test
  void aRequestAMinuteOrMoreAfterTheStoredAccessWritesItsTime() {
    Instant start = Instant.now();
    String id = newSession(start);
    sessions.save(request(id, start.plusSeconds(60)));
    assertThat(storedLastAccess(id)).isEqualTo(start.plusSeconds(60).toEpochMilli());
  }

  @Test
  void aChangedAttributeIsWrittenAtOnceWithTheRequestsTime() {
    Instant start = Instant.now();
    String id = newSession(start);
    SparingSessions.Kept read = request(id, start.plusSeconds(5));
    read.setAttribute("token", "t-1");
    sessions.save(read);
    assertThat(sessions.findById(id).<String>getAttribute("token")).isEqualTo("t-1");
    assertThat(storedLastAccess(id)).isEqualTo(start.plusSeconds(5).toEpochMilli());
  }

  @Test
  void aRemovedAttributeIsGoneAndRemovingOneNeverThereChangesNothing() {
    Instant start = Instant.now();
    String id = newSession(start);
    SparingSessions.Kept untouched = request(id, start.plusSeconds(1));
    untouched.removeAttribute("never-set");
    sessions.save(untouched);
    assertThat(storedLastAccess(id)).isEqualTo(start.toEpochMilli());

    SparingSessions.Kept read = request(id, start.plusSeconds(2));
    read.removeAttribute("caller");
    sessions.save(read);
    assertThat(sessions.findById(id).<String>getAttribute("caller")).isNull();
  }

  @Test
  void aChangedIdIsWritten() {
    String id = newSession(Instant.now());
    SparingSessions.Kept read = sessions.findById(id);
    String changed = read.changeSessionId();
    sessions.save(read);
    assertThat(sessions.findById(id)).isNull();
    assertThat(sessions.findById(changed).<String>getAttribute("caller")).isEqualTo("anna");
  }

  @Test
  void aSessionNotUsedForItsLifetimeIsGoneAndRemovedWithTheExpired() {
    Instant start = Instant.now().minus(Duration.ofMinutes(31));
    String id = newSession(start);
    assertThat(sessions.findById(id)).isNull();
    String other = newSession(Instant.now().minus(Duration.ofMinutes(40)));
    sessions.removeExpired();
    assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class))
        .as("%s and %s removed", id, other)
        .isZero();
  }

  @Test
  void theTimeIsWrittenAfterAMinuteOrATenthOfAShorterLifetime() {
    assertThat(SparingSessions.touchEvery(Duration.ofMinutes(30))).isEqualTo(Duration.ofMinutes(1));
    assertThat(SparingSessions.touchEvery(Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(30));
    assertThat(SparingSessions.touchEvery(Duration.ZERO)).isEqualTo(Duration.ZERO);
  }

  @Test
  void withinARequestASessionItWroteIsFoundAsWrittenAndOutsideItIsReadAgain() throws Exception {
    String id = newSession(Instant.now());
    SparingSessions.Kept[] found = new SparingSessions.Kept[2];
    SparingSessions.within(
        () -> {
          SparingSessions.Kept read = request(id, Instant.now());
          read.setAttribute("token", "t-2");
          sessions.save(read);
          jdbc.update("delete from spring_session_attributes where attribute_name = 'token'");
          found[0] = sessions.findById(id);
          found[1] = read;
        });
    assertThat(found[0]).isSameAs(found[1]);
    assertThat(sessions.findById(id)).isNotSameAs(found[1]);
    assertThat(sessions.findById(id).<String>getAttribute("token")).isNull();
  }

  @Test
  void aSessionDeletedWithinTheRequestIsNotFoundAgain() throws Exception {
    String id = newSession(Instant.now());
    SparingSessions.Kept[] found = new SparingSessions.Kept[1];
    SparingSessions.within(
        () -> {
          sessions.save(request(id, Instant.now()));
          sessions.deleteById(id);
          found[0] = sessions.findById(id);
        });
    assertThat(found[0]).isNull();
  }
}
