package se.styr.followup.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import se.styr.followup.FollowUpFile;
import se.styr.followup.LedgerMapping;
import se.styr.plan.PlanDocument;
import se.styr.security.AuditLog;
import se.styr.shared.RuleViolation;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * A committee's ledger mapping per plan year (ADR 0015, V28): the plan file's own until someone
 * changes it on the mapping page or through the API, then the latest stored version. Every change
 * is a new version naming who made it, when and why, checked against the plan first, audited in its
 * transaction; a change that read an older version than the latest is refused.
 */
@Component
public class LedgerMappings {
  private final JdbcClient jdbc;
  private final TransactionOperations transactions;
  private final AuditLog audit;
  private final se.styr.version.Versions versions;
  private final se.styr.plan.PlanStore plans;

  public LedgerMappings(
      JdbcClient jdbc,
      TransactionOperations transactions,
      AuditLog audit,
      se.styr.version.Versions versions,
      se.styr.plan.PlanStore plans) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.audit = audit;
    this.versions = versions;
    this.plans = plans;
  }

  /**
   * A version of the mapping: 0 is the plan file's (nobody changed it, no one and no time), then
   * every stored change.
   */
  public record Version(
      int version, LedgerMapping mapping, String changedBy, Instant changedAt, String reason) {
    public boolean fromPlanFile() {
      return version == 0;
    }
  }

  /** The mapping ledger imports of plan {@code planId}'s year use, {@code plan} the version's. */
  public Version current(long planId, PlanDocument plan) {
    return stored(planId)
        .orElseGet(() -> new Version(0, plan.followUp().ledger(), null, null, null));
  }

  /** The plan id of a plan version. */
  public long planOf(long planVersionId) {
    return versions.planIdOfVersion(planVersionId);
  }

  /** The mapping in force for an earlier year of the same committee. */
  public record Earlier(int year, Version version) {}

  /**
   * The mapping in force now for the committee's year before {@code plan}'s (its latest stored
   * version, else its latest plan version's file), if Styr has that year's plan and it has one:
   * where a new year's mapping starts.
   */
  public Optional<Earlier> yearBefore(se.styr.version.PlanSummary plan) {
    return versions
        .plan(plan.municipalityCode(), plan.committeeKey(), plan.budgetYear() - 1)
        .flatMap(
            earlier ->
                versions
                    .version(earlier.planId(), earlier.latestVersion())
                    .map(
                        v ->
                            new Earlier(
                                earlier.budgetYear(),
                                current(earlier.planId(), plans.load(v.versionId())))))
        .filter(e -> !e.version().mapping().isEmpty());
  }

  private Optional<Version> stored(long planId) {
    return jdbc.sql(
            "select version, mapping, changed_by, changed_at, reason from ledger_mapping"
                + " where plan_id = ? order by version desc fetch first 1 rows only")
        .param(planId)
        .query((rs, n) -> version(rs, planId))
        .optional();
  }

  /** Every stored version of the plan's mapping, the latest first. */
  public List<Version> history(long planId) {
    return jdbc.sql(
            "select version, mapping, changed_by, changed_at, reason from ledger_mapping"
                + " where plan_id = ? order by version desc")
        .param(planId)
        .query((rs, n) -> version(rs, planId))
        .list();
  }

  private static Version version(java.sql.ResultSet rs, long planId) throws java.sql.SQLException {
    int version = rs.getInt("version");
    return new Version(
        version,
        FollowUpFile.readLedger(
            "ledger-mapping-" + planId + "-v" + version, rs.getString("mapping")),
        rs.getString("changed_by"),
        rs.getTimestamp("changed_at").toInstant(),
        rs.getString("reason"));
  }

  /**
   * Stores {@code mapping} as the next version for plan {@code planId} (year of {@code plan}),
   * after checking it names only the plan's areas and investment projects (422 naming each that is
   * not). {@code read} is the version the change was made from: refused (409) if another was stored
   * since.
   */
  public Version save(
      long planId, PlanDocument plan, LedgerMapping mapping, int read, String reason, String user) {
    List<se.styr.shared.RuleProblem> problems = se.styr.plan.PlanRules.ledgerMapping(mapping, plan);
    if (!problems.isEmpty()) {
      throw new RuleViolation(problems);
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why != null && why.length() > 2000) {
      throw StyrException.rule(Text.of("ledger.mapping.reasonTooLong", 2000));
    }
    try {
      return transactions.execute(
          tx -> {
            int latest = current(planId, plan).version();
            if (latest != read) {
              throw StyrException.conflict(Text.of("ledger.mapping.stale", read, latest));
            }
            int next = latest + 1;
            Instant now = Instant.now();
            jdbc.sql(
                    "insert into ledger_mapping (plan_id, version, mapping, changed_by,"
                        + " changed_at, reason) values (?, ?, ?, ?, ?, ?)")
                .params(
                    planId, next, FollowUpFile.writeLedger(mapping), user, Timestamp.from(now), why)
                .update();
            audit.record(
                user,
                planId,
                null,
                "LEDGER_MAPPING_CHANGED",
                "ledger mapping " + plan.header().period().budgetYear() + " version " + next,
                null,
                why);
            return new Version(next, mapping, user, now, why);
          });
    } catch (DuplicateKeyException e) {
      // another change took the same version number at the same moment
      throw StyrException.conflict(Text.of("ledger.mapping.stale", read, read + 1));
    }
  }
}
