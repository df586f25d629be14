package se.styr.version;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import se.styr.security.AuditLog;
import se.styr.security.PlanScope;
import se.styr.shared.ErrorCode;
import se.styr.shared.RuleProblem;
import se.styr.shared.RuleViolation;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * The plans and versions as listed: which plans there are, each one's versions with status and
 * decisions, and deciding a draft. What a version holds is read and stored whole by plan.PlanStore.
 * A decided version's summary never changes, so it is read once and kept.
 */
@Component
public class Versions {
  private static final int MOST_KEPT = 4096;
  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionOperations transactions;
  private final AuditLog audit;
  private final Map<String, VersionSummary> decided = new ConcurrentHashMap<>();

  public Versions(
      JdbcClient jdbc, JdbcTemplate batch, TransactionOperations transactions, AuditLog audit) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.transactions = transactions;
    this.audit = audit;
  }

  public List<PlanSummary> plans() {
    return summaries("", new Object[0]);
  }

  public List<PlanSummary> plansOfCommittee(long committeeId) {
    return summaries(" where c.id = ?", new Object[] {committeeId});
  }

  public Optional<PlanSummary> plan(long planId) {
    return summaries(" where p.id = ?", new Object[] {planId}).stream().findFirst();
  }

  /** The plan of a committee and year, named as in a plan key: 1488/omsorgsnamnden/2024. */
  public Optional<PlanSummary> plan(String municipalityCode, String committeeKey, int budgetYear) {
    return summaries(
            " where m.code = ? and c.committee_key = ? and p.budget_year = ?",
            new Object[] {municipalityCode, committeeKey, budgetYear})
        .stream()
        .findFirst();
  }

  private List<PlanSummary> summaries(String where, Object[] params) {
    return jdbc.sql(
            """
            select p.id, m.code, m.name as municipality_name, c.id as committee_id, c.committee_key, c.name as committee_name,
              p.budget_year, v.title, v.version_number, v.status
            from plan p join committee c on c.id = p.committee_id join municipality m on m.code = c.municipality_code
              join plan_version v on v.plan_id = p.id
                and v.version_number = (select max(version_number) from plan_version w where w.plan_id = p.id)
            """
                + where
                + " order by m.name, c.name, p.budget_year")
        .params(Arrays.asList(params))
        .query(
            (rs, n) ->
                new PlanSummary(
                    rs.getLong("id"),
                    rs.getString("code")
                        + "/"
                        + rs.getString("committee_key")
                        + "/"
                        + rs.getInt("budget_year"),
                    rs.getString("code"),
                    rs.getString("municipality_name"),
                    rs.getLong("committee_id"),
                    rs.getString("committee_key"),
                    rs.getString("committee_name"),
                    rs.getInt("budget_year"),
                    rs.getString("title"),
                    rs.getInt("version_number"),
                    PlanStatus.valueOf(rs.getString("status"))))
        .list();
  }

  public List<VersionSummary> versions(long planId) {
    return versionSummaries(" order by version_number", planId);
  }

  /** One version's summary; a decided one is read once and kept, as it never changes. */
  public Optional<VersionSummary> version(long planId, int number) {
    VersionSummary kept = decided.get(planId + "/" + number);
    if (kept != null) {
      return Optional.of(kept);
    }
    return versionSummaries(" and version_number = ?", planId, number).stream().findFirst();
  }

  /**
   * The summaries of plan {@code planId}'s versions that {@code condition} selects, a decided one
   * (with its decisions) read once and kept: the database refuses any change to it.
   */
  private List<VersionSummary> versionSummaries(String condition, long planId, Object... more) {
    List<Object> params = new java.util.ArrayList<>(List.of(planId));
    params.addAll(Arrays.asList(more));
    List<VersionSummary> summaries =
        jdbc.sql(
                """
                select id, version_number, status, based_on, created_at, created_by from plan_version where plan_id = ?\
                """
                    + condition)
            .params(params)
            .query(
                (rs, n) ->
                    new VersionSummary(
                        rs.getLong("id"),
                        rs.getInt("version_number"),
                        PlanStatus.valueOf(rs.getString("status")),
                        rs.getObject("based_on", Integer.class),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by"),
                        List.of()))
            .list();
    return summaries.stream().map(v -> withDecisions(planId, v)).toList();
  }

  private VersionSummary withDecisions(long planId, VersionSummary read) {
    if (read.status() == PlanStatus.DECIDED) {
      VersionSummary kept = decided.get(planId + "/" + read.number());
      if (kept != null && kept.versionId() == read.versionId()) {
        return kept;
      }
    }
    VersionSummary summary =
        new VersionSummary(
            read.versionId(),
            read.number(),
            read.status(),
            read.basedOn(),
            read.createdAt(),
            read.createdBy(),
            decisions(read.versionId()));
    if (summary.status() == PlanStatus.DECIDED) {
      keep(planId, summary);
    }
    return summary;
  }

  private void keep(long planId, VersionSummary summary) {
    if (decided.size() >= MOST_KEPT) {
      decided.clear();
    }
    decided.put(planId + "/" + summary.number(), summary);
  }

  /** Decides a draft: it becomes a record that never changes again. */
  public void decide(long versionId, Decision decision, String user) {
    List<RuleProblem> tooLong = decision.lengthProblems("decision");
    if (!tooLong.isEmpty()) {
      throw new RuleViolation(tooLong);
    }
    transactions.executeWithoutResult(
        status -> {
          String current =
              jdbc.sql("select status from plan_version where id = ? for update")
                  .param(versionId)
                  .query(String.class)
                  .single();
          if (!PlanStatus.DRAFT.name().equals(current)) {
            throw new StyrException(
                ErrorCode.DECIDED_VERSION_IS_READ_ONLY, Text.of("versions.error.alreadyDecided"));
          }
          // The decision is written while the version is still a draft: once decided, nothing of it
          // changes.
          insertDecisions(versionId, List.of(decision), decisions(versionId).size());
          jdbc.sql("update plan_version set status = 'DECIDED' where id = ? and status = 'DRAFT'")
              .param(versionId)
              .update();
          int number =
              jdbc.sql("select version_number from plan_version where id = ?")
                  .param(versionId)
                  .query(Integer.class)
                  .single();
          audit.record(
              user,
              planIdOfVersion(versionId),
              number,
              "VERSION_DECIDED",
              "Version " + number,
              "DRAFT",
              "DECIDED "
                  + decision.date()
                  + (decision.paragraph() == null ? "" : " " + decision.paragraph())
                  + (decision.dnr() == null ? "" : " dnr " + decision.dnr()));
        });
  }

  /**
   * Adds decisions to a version, numbered from {@code firstPosition}; part of storing or deciding
   * it.
   */
  public void insertDecisions(long versionId, List<Decision> decisions, int firstPosition) {
    for (int i = 0; i < decisions.size(); i++) {
      Decision decision = decisions.get(i);
      GeneratedKeyHolder keys = new GeneratedKeyHolder();
      jdbc.sql(
              "insert into decision (plan_version_id, position, decided_on, paragraph, dnr, body,"
                  + " note) values (?, ?, ?, ?, ?, ?, ?)")
          .params(
              versionId,
              firstPosition + i,
              decision.date() == null ? null : Date.valueOf(decision.date()),
              decision.paragraph(),
              decision.dnr(),
              decision.body(),
              decision.note())
          .update(keys, "id");
      long decisionId = keys.getKey().longValue();
      List<Object[]> points = new ArrayList<>();
      for (int p = 0; p < decision.points().size(); p++) {
        points.add(new Object[] {decisionId, p, decision.points().get(p)});
      }
      batch.batchUpdate(
          "insert into decision_point (decision_id, position, point_text) values (?, ?, ?)",
          points);
    }
  }

  /** The decisions behind a version, in the order they were taken. */
  public List<Decision> decisions(long versionId) {
    Map<Long, List<String>> points = new LinkedHashMap<>();
    jdbc.sql(
            """
            select p.decision_id, p.point_text from decision_point p join decision d on d.id = p.decision_id
            where d.plan_version_id = ? order by p.decision_id, p.position\
            """)
        .param(versionId)
        .query(
            rs -> {
              points
                  .computeIfAbsent(rs.getLong("decision_id"), k -> new ArrayList<>())
                  .add(rs.getString("point_text"));
            });
    return jdbc.sql(
            "select id, decided_on, paragraph, dnr, body, note from decision where plan_version_id"
                + " = ? order by position")
        .param(versionId)
        .query(
            (rs, n) -> {
              Date date = rs.getDate("decided_on");
              return new Decision(
                  date == null ? null : date.toLocalDate(),
                  rs.getString("paragraph"),
                  rs.getString("dnr"),
                  rs.getString("body"),
                  points.getOrDefault(rs.getLong("id"), List.of()),
                  rs.getString("note"));
            })
        .list();
  }

  /** The title of a stored version. */
  public String title(long versionId) {
    return jdbc.sql("select title from plan_version where id = ?")
        .param(versionId)
        .query(String.class)
        .optional()
        .orElseThrow(
            () -> StyrException.notFound(Text.of("versions.error.noVersionId", versionId)));
  }

  public long planIdOfVersion(long versionId) {
    return jdbc.sql("select plan_id from plan_version where id = ?")
        .param(versionId)
        .query(Long.class)
        .single();
  }

  /** The version {@code number} of a plan, or a NOT_FOUND error. */
  public VersionSummary existing(long planId, int number) {
    return version(planId, number)
        .orElseThrow(
            () -> StyrException.notFound(Text.of("versions.error.noVersion", planId, number)));
  }

  /**
   * The version {@code number} of a plan if it is a draft; a decided one is refused as read-only.
   */
  public VersionSummary writable(long planId, int number) {
    VersionSummary version = existing(planId, number);
    if (version.status() == PlanStatus.DECIDED) {
      throw readOnly(number);
    }
    return version;
  }

  /**
   * Whether the version was decided since it was read (a refused write says so rather than
   * "stale").
   */
  public boolean decidedMeanwhile(long versionId, int number) {
    return existing(planIdOfVersion(versionId), number).status() == PlanStatus.DECIDED;
  }

  public static StyrException readOnly(int number) {
    return new StyrException(
        ErrorCode.DECIDED_VERSION_IS_READ_ONLY, Text.of("versions.error.readOnly", number));
  }

  /** Whose plan it is, for access checks. */
  public PlanScope scope(long planId) {
    return PlanAccess.scope(
        plan(planId)
            .orElseThrow(() -> StyrException.notFound(Text.of("versions.error.noPlan", planId))));
  }

  /** The years a version plans for (budget year, history and plan years). */
  public PlanPeriod period(long versionId) {
    return jdbc.sql(
            """
            select p.budget_year, v.history_years, v.plan_years from plan_version v join plan p on p.id = v.plan_id
            where v.id = ?\
            """)
        .param(versionId)
        .query(
            (rs, n) ->
                new PlanPeriod(
                    rs.getInt("budget_year"),
                    PlanPeriod.years(rs.getString("history_years")),
                    PlanPeriod.years(rs.getString("plan_years"))))
        .optional()
        .orElseThrow(
            () -> StyrException.notFound(Text.of("versions.error.noVersionId", versionId)));
  }
}
