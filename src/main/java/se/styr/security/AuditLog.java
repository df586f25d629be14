package se.styr.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every change, with who, when, what and the old and new value. Entries are only added, in the same
 * transaction as the change; the database refuses to update or delete them (migration V4).
 */
@Component
public class AuditLog {
  private final JdbcClient jdbc;

  public AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One change; {@code planId} and {@code version} are null for changes outside plans (users,
   * grants).
   */
  public record Entry(
      long id,
      Instant at,
      String actor,
      Long planId,
      Integer version,
      String action,
      String subject,
      String oldValue,
      String newValue,
      String target,
      Long undoes) {

    /** One change without a target to undo it by. */
    public Entry(
        long id,
        Instant at,
        String actor,
        Long planId,
        Integer version,
        String action,
        String subject,
        String oldValue,
        String newValue) {
      this(id, at, actor, planId, version, action, subject, oldValue, newValue, null, null);
    }
  }

  public void record(
      String actor,
      Long planId,
      Integer version,
      String action,
      String subject,
      String oldValue,
      String newValue) {
    record(actor, planId, version, action, subject, oldValue, newValue, null, null);
  }

  /**
   * One change with {@code target}, what it touched exactly enough to undo it (null: it cannot be
   * undone), and {@code undoes}, the entry it undoes (null: none).
   */
  public void record(
      String actor,
      Long planId,
      Integer version,
      String action,
      String subject,
      String oldValue,
      String newValue,
      String target,
      Long undoes) {
    jdbc.sql(
            """
            insert into audit_entry (occurred_at, actor, plan_id, version_number, action, subject, old_value, new_value, target, undoes)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\
            """)
        .params(
            Timestamp.from(Instant.now()),
            actor,
            planId,
            version,
            action,
            clip(subject, 2000),
            oldValue,
            newValue,
            target,
            undoes)
        .update();
  }

  /** One entry by its id. */
  public java.util.Optional<Entry> entry(long id) {
    return jdbc.sql("select * from audit_entry where id = ?")
        .param(id)
        .query(AuditLog::entry)
        .optional();
  }

  /** The entry that undid entry {@code id}, if one did. */
  public java.util.Optional<Entry> undoOf(long id) {
    return jdbc.sql("select * from audit_entry where undoes = ?")
        .param(id)
        .query(AuditLog::entry)
        .optional();
  }

  /** The plan's changes, newest first. */
  public List<Entry> ofPlan(long planId, int limit) {
    return jdbc.sql(
            "select * from audit_entry where plan_id = ? order by id desc fetch first ? rows only")
        .params(planId, limit)
        .query(AuditLog::entry)
        .list();
  }

  /** Changes outside plans (users and grants), newest first. */
  public List<Entry> ofAdministration(int limit) {
    return jdbc.sql(
            "select * from audit_entry where plan_id is null order by id desc fetch first ? rows"
                + " only")
        .param(limit)
        .query(AuditLog::entry)
        .list();
  }

  private static Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Entry(
        rs.getLong("id"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("actor"),
        rs.getObject("plan_id", Long.class),
        rs.getObject("version_number", Integer.class),
        rs.getString("action"),
        rs.getString("subject"),
        rs.getString("old_value"),
        rs.getString("new_value"),
        rs.getString("target"),
        rs.getObject("undoes", Long.class));
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
