package se.styr.cluster;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Leases of background jobs, one row per job (table background_lease): a node holds a job's lease
 * until the lease's end, and may renew it while it holds it; when the holder dies, the lease runs
 * out and another node may take it. Every statement is one atomic update guarded by who holds the
 * row and until when, so two nodes asking at once cannot both be given it. Times are the database's
 * clock.
 */
@Component
public class Leases {
  private final JdbcClient jdbc;

  Leases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Who holds a job's lease and until when, and when the job was last done. */
  public record State(String holder, LocalDateTime expiresAt, LocalDateTime doneAt) {}

  /**
   * Takes the job's lease for {@code holder} for {@code length}, if no other node holds it (or its
   * lease has run out) and the job was not done within {@code notWithin} (zero: whenever done).
   * True when taken (or renewed, if {@code holder} held it already).
   */
  public boolean take(String job, String holder, Duration length, Duration notWithin) {
    ensureRow(job);
    LocalDateTime now = now();
    LocalDateTime doneBefore = notWithin.isZero() ? null : now.minus(notWithin);
    return jdbc.sql(
                """
                update background_lease
                   set holder = :holder, taken_at = :now, expires_at = :until
                 where job = :job
                   and (holder is null or holder = :holder or expires_at < :now)
                   and (cast(:doneBefore as timestamp) is null or done_at is null
                        or done_at < :doneBefore)
                """)
            .param("holder", holder)
            .param("now", now)
            .param("until", now.plus(length))
            .param("job", job)
            .param("doneBefore", doneBefore)
            .update()
        == 1;
  }

  /** Lengthens the holder's lease by {@code length} from now; false when it no longer holds it. */
  public boolean renew(String job, String holder, Duration length) {
    return jdbc.sql(
                "update background_lease set expires_at = :until where job = :job and holder ="
                    + " :holder")
            .param("until", now().plus(length))
            .param("job", job)
            .param("holder", holder)
            .update()
        == 1;
  }

  /** Gives the lease back; {@code done} also records that the job was done now. */
  public void release(String job, String holder, boolean done) {
    jdbc.sql(
            """
            update background_lease
               set holder = null, expires_at = null,
                   done_at = case when :done then :now else done_at end
             where job = :job and holder = :holder
            """)
        .param("done", done)
        .param("now", now())
        .param("job", job)
        .param("holder", holder)
        .update();
  }

  /** The job's row, if it was ever asked for. */
  public Optional<State> state(String job) {
    return jdbc.sql("select holder, expires_at, done_at from background_lease where job = :job")
        .param("job", job)
        .query(
            (rs, i) ->
                new State(
                    rs.getString(1),
                    rs.getObject(2, LocalDateTime.class),
                    rs.getObject(3, LocalDateTime.class)))
        .optional();
  }

  private void ensureRow(String job) {
    if (jdbc.sql("select count(*) from background_lease where job = :job")
            .param("job", job)
            .query(Integer.class)
            .single()
        > 0) {
      return;
    }
    try {
      jdbc.sql("insert into background_lease (job) values (:job)").param("job", job).update();
    } catch (DuplicateKeyException e) {
      // Another node made the row at the same moment: it is there, which is all that was wanted.
    }
  }

  private LocalDateTime now() {
    return jdbc.sql("select localtimestamp").query(LocalDateTime.class).single();
  }
}
