package se.styr.followup.report;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import se.styr.followup.AreaEconomy;
import se.styr.followup.BalanceMeasure;
import se.styr.followup.BudgetChange;
import se.styr.followup.CommitmentEntry;
import se.styr.followup.Coverage;
import se.styr.followup.GrossEconomy;
import se.styr.followup.MeasureCount;
import se.styr.followup.Occasion;
import se.styr.followup.OccasionStatus;
import se.styr.followup.Periodisation;
import se.styr.followup.ProjectEconomy;
import se.styr.followup.ProviderResult;
import se.styr.followup.ReportingOccasion;
import se.styr.goals.ManualAssessment;
import se.styr.security.AuditLog;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.Decision;

/**
 * Follow-up reports in the database (V12): an occasion of a decided plan version with each area's
 * economy and measures. A report is written open and given its status last; entries change only
 * while the occasion is open, each write naming the lock version it read; a closed occasion is
 * refused every change by the database itself (V13). Every change is audited in its transaction.
 */
@Component
public class FollowUpStore {
  private final JdbcClient jdbc;
  private final TransactionOperations transactions;
  private final AuditLog audit;

  public FollowUpStore(JdbcClient jdbc, TransactionOperations transactions, AuditLog audit) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.audit = audit;
  }

  /** A stored occasion: where it is, where it stands, and the lock version a write must name. */
  public record StoredOccasion(
      long id,
      long planVersionId,
      String key,
      int reportVersion,
      String title,
      OccasionStatus status,
      int lockVersion) {}

  /**
   * Stores {@code report} as an occasion of the plan version {@code planVersionId} (of plan {@code
   * planId}, version {@code number}, for the audit log); refused if that occasion's report version
   * is stored already.
   */
  public StoredOccasion store(FollowUpReport report, long planId, long planVersionId, String user) {
    return transactions.execute(
        tx -> {
          Occasion occasion = report.occasion();
          boolean exists =
              jdbc.sql(
                          "select count(*) from follow_up_occasion where plan_version_id = ? and"
                              + " occasion_key = ? and report_version = ?")
                      .params(planVersionId, occasion.key(), report.version())
                      .query(Long.class)
                      .single()
                  > 0;
          if (exists) {
            throw StyrException.conflict(
                Text.of("followup.store.exists", occasion.title(), report.version()));
          }
          GeneratedKeyHolder keys = new GeneratedKeyHolder();
          jdbc.sql(
                  """
                  insert into follow_up_occasion (plan_version_id, occasion_key, report_version,
                    correction_reason, kind, title, period_end, deadline, covers, reported_to,
                    demo, unit, investment_unit, created_by, created_at)
                  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\
                  """)
              .params(
                  planVersionId,
                  occasion.key(),
                  report.version(),
                  report.reason(),
                  occasion.kind().name(),
                  occasion.title(),
                  Date.valueOf(occasion.periodEnd()),
                  date(occasion.deadline()),
                  covers(occasion),
                  occasion.reportedTo(),
                  report.demo(),
                  report.unit(),
                  report.investmentUnit(),
                  user,
                  Timestamp.from(Instant.now()))
              .update(keys, "id");
          long id = keys.getKey().longValue();
          int position = 0;
          for (AreaEconomy area : report.economy()) {
            insertArea(id, area, position++, user);
          }
          int indicatorPosition = 0;
          for (IndicatorEntry entry : report.indicators()) {
            insertIndicator(id, entry, indicatorPosition++);
          }
          int controlPosition = 0;
          for (se.styr.followup.ControlResult result : report.controls()) {
            insertControl(id, result, controlPosition++);
          }
          int projectPosition = 0;
          for (ProjectEconomy project : report.investments()) {
            insertProject(id, project, projectPosition++, user);
          }
          int commitmentPosition = 0;
          for (CommitmentEntry entry : report.commitments()) {
            insertCommitment(id, entry, commitmentPosition++, user);
          }
          insertChanges(id, report.budgetChanges());
          int countPosition = 0;
          for (MeasureCount count : report.measureCounts()) {
            insertCount(id, count, countPosition++);
          }
          int providerPosition = 0;
          for (ProviderResult result : report.providerResults()) {
            insertProvider(id, result, providerPosition++);
          }
          int assessmentPosition = 0;
          for (ManualAssessment made : report.assessments()) {
            insertAssessment(id, made, assessmentPosition++);
          }
          if (report.status() != OccasionStatus.OPEN) {
            setStatus(id, report.status(), report.reported());
          }
          audit.record(
              user,
              planId,
              null,
              "FOLLOW_UP_STORED",
              occasion.title() + " (version " + report.version() + ")",
              null,
              report.status().name());
          return occasion(id).orElseThrow();
        });
  }

  /** The occasions stored for a plan version, in the order their periods end. */
  public List<StoredOccasion> occasions(long planVersionId) {
    return jdbc.sql(
            "select id, plan_version_id, occasion_key, report_version, title, status, lock_version"
                + " from follow_up_occasion where plan_version_id = ? order by period_end,"
                + " report_version")
        .param(planVersionId)
        .query(FollowUpStore::stored)
        .list();
  }

  public Optional<StoredOccasion> occasion(long id) {
    return jdbc.sql(
            "select id, plan_version_id, occasion_key, report_version, title, status, lock_version"
                + " from follow_up_occasion where id = ?")
        .param(id)
        .query(FollowUpStore::stored)
        .optional();
  }

  /** The stored report of occasion {@code id}, following up {@code plan}. */
  public FollowUpReport load(long id, PlanReference plan) {
    record Head(
        Occasion occasion,
        OccasionStatus status,
        Decision decision,
        int version,
        String reason,
        boolean demo,
        String unit,
        String investmentUnit) {}
    Head head =
        jdbc.sql("select * from follow_up_occasion where id = ?")
            .param(id)
            .query(
                (rs, n) ->
                    new Head(
                        new Occasion(
                            rs.getString("occasion_key"),
                            ReportingOccasion.valueOf(rs.getString("kind")),
                            rs.getString("title"),
                            rs.getDate("period_end").toLocalDate(),
                            localDate(rs.getDate("deadline")),
                            covers(rs.getString("covers")),
                            rs.getString("reported_to")),
                        OccasionStatus.valueOf(rs.getString("status")),
                        rs.getDate("decision_date") == null
                            ? null
                            : new Decision(
                                rs.getDate("decision_date").toLocalDate(),
                                rs.getString("decision_paragraph"),
                                rs.getString("decision_dnr"),
                                rs.getString("decision_body"),
                                List.of(),
                                null),
                        rs.getInt("report_version"),
                        rs.getString("correction_reason"),
                        rs.getBoolean("demo"),
                        rs.getString("unit"),
                        rs.getString("investment_unit")))
            .optional()
            .orElseThrow(() -> StyrException.notFound(Text.of("followup.store.noOccasion", id)));
    Map<String, List<BalanceMeasure>> measures = new LinkedHashMap<>();
    jdbc.sql(
            "select area_key, description, amount, owner, due, status from follow_up_measure"
                + " where occasion_id = ? order by area_key, position")
        .param(id)
        .query(
            (rs, n) -> {
              measures
                  .computeIfAbsent(rs.getString("area_key"), k -> new ArrayList<>())
                  .add(
                      new BalanceMeasure(
                          rs.getString("description"),
                          rs.getBigDecimal("amount"),
                          rs.getString("owner"),
                          localDate(rs.getDate("due")),
                          BalanceMeasure.Status.valueOf(rs.getString("status"))));
              return null;
            })
        .list();
    List<AreaEconomy> areas =
        jdbc.sql("select * from follow_up_area where occasion_id = ? order by position")
            .param(id)
            .query((rs, n) -> area(rs, measures.getOrDefault(rs.getString("area_key"), List.of())))
            .list();
    List<IndicatorEntry> indicators =
        jdbc.sql("select * from follow_up_indicator where occasion_id = ? order by position")
            .param(id)
            .query(
                (rs, n) ->
                    new IndicatorEntry(
                        rs.getString("indicator_key"),
                        rs.getString("period"),
                        rs.getString("printed"),
                        quantity(rs.getBigDecimal("figure"), rs.getString("answer")),
                        rs.getBoolean("missing"),
                        rs.getString("reason"),
                        rs.getString("source"),
                        localDate(rs.getDate("measured_on"))))
            .list();
    return new FollowUpReport(
        head.demo(),
        plan,
        head.occasion(),
        head.status(),
        head.decision(),
        head.version(),
        head.reason(),
        head.unit(),
        areas,
        indicators,
        controls(id),
        head.investmentUnit(),
        jdbc.sql("select * from follow_up_project where occasion_id = ? order by position")
            .param(id)
            .query(
                (rs, n) ->
                    new ProjectEconomy(
                        rs.getString("project_key"),
                        rs.getString("name"),
                        figure(rs, "budget"),
                        figure(rs, "outcome_to_date"),
                        figure(rs, "forecast"),
                        rs.getString("comment")))
            .list(),
        jdbc.sql("select * from follow_up_commitment where occasion_id = ? order by position")
            .param(id)
            .query(
                (rs, n) ->
                    new CommitmentEntry(
                        CommitmentEntry.Kind.valueOf(rs.getString("kind")),
                        rs.getString("item_key"),
                        se.styr.shared.Status.valueOf(rs.getString("status")),
                        rs.getString("comment")))
            .list(),
        jdbc.sql("select * from follow_up_budget_change where occasion_id = ? order by position")
            .param(id)
            .query(
                (rs, n) ->
                    new BudgetChange(
                        rs.getString("from_area"),
                        rs.getString("to_area"),
                        figure(rs, "amount"),
                        rs.getDate("decided").toLocalDate(),
                        rs.getString("paragraph"),
                        rs.getString("reason"),
                        rs.getString("kind") == null
                            ? null
                            : se.styr.shared.FileWords.parse(
                                    BudgetChange.Kind.class, rs.getString("kind"))
                                .orElseThrow()))
            .list(),
        jdbc.sql("select * from follow_up_measure_count where occasion_id = ? order by position")
            .param(id)
            .query(
                (rs, n) ->
                    new MeasureCount(
                        rs.getString("measure_key"),
                        rs.getString("period"),
                        figure(rs, "figure"),
                        rs.getBoolean("missing"),
                        rs.getString("reason")))
            .list(),
        jdbc.sql("select * from follow_up_provider where occasion_id = ? order by position")
            .param(id)
            .query(
                (rs, n) ->
                    new ProviderResult(
                        rs.getString("provider_key"),
                        rs.getDate("checked").toLocalDate(),
                        rs.getString("what"),
                        se.styr.followup.ControlResult.Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("deviations")))
            .list(),
        assessments(id, head.occasion().year()));
  }

  /** A stored indicator value: the number, or the answer as the plan file writes it. */
  private static se.styr.goals.Quantity quantity(BigDecimal figure, String answer) {
    if (answer != null) {
      return se.styr.goals.Quantity.parse(answer)
          .orElseThrow(() -> new IllegalStateException("stored indicator value " + answer));
    }
    return figure == null ? null : new se.styr.goals.Quantity.Amount(figure);
  }

  private List<ManualAssessment> assessments(long id, int year) {
    return jdbc.sql("select * from follow_up_assessment where occasion_id = ? order by position")
        .param(id)
        .query(
            (rs, n) ->
                new ManualAssessment(
                    rs.getString("subject_key"),
                    "INDICATOR".equals(rs.getString("subject_kind")),
                    year,
                    se.styr.goals.Result.valueOf(rs.getString("result")),
                    rs.getString("assessed_by"),
                    localDate(rs.getDate("assessed_on")),
                    rs.getString("justification")))
        .list();
  }

  private void insertAssessment(long id, ManualAssessment made, int position) {
    jdbc.sql(
            "insert into follow_up_assessment (occasion_id, subject_kind, subject_key, position,"
                + " result, assessed_by, assessed_on, justification) values (?, ?, ?, ?, ?, ?, ?,"
                + " ?)")
        .params(
            id,
            kind(made),
            made.subject(),
            position,
            made.result().name(),
            made.by(),
            date(made.date()),
            made.justification())
        .update();
  }

  private static String kind(ManualAssessment made) {
    return made.ofIndicator() ? "INDICATOR" : "GOAL";
  }

  /**
   * Saves a person's assessment of a goal or indicator at an open occasion (replacing one made
   * before), naming the lock version read; answers the new lock version.
   */
  public int saveAssessment(long id, ManualAssessment made, int lockVersion, String user) {
    return replaceEntry(
        id,
        lockVersion,
        user,
        "follow_up_assessment",
        "subject_kind = ? and subject_key = ?",
        List.of(kind(made), made.subject()),
        List.of(),
        position -> insertAssessment(id, made, position),
        "FOLLOW_UP_ASSESSMENT",
        made.subject(),
        made.result().name());
  }

  private void insertCount(long id, MeasureCount count, int position) {
    jdbc.sql(
            "insert into follow_up_measure_count (occasion_id, measure_key, period, position,"
                + " figure, missing, reason) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            count.measure(),
            count.period(),
            position,
            count.value(),
            count.missing(),
            count.reason())
        .update();
  }

  private void insertProvider(long id, ProviderResult result, int position) {
    jdbc.sql(
            "insert into follow_up_provider (occasion_id, provider_key, checked, position, what,"
                + " outcome, deviations) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            result.provider(),
            Date.valueOf(result.checked()),
            position,
            result.what(),
            result.outcome().name(),
            result.deviations())
        .update();
  }

  /**
   * Saves an operational measure's count for a period of an open occasion (replacing one given
   * before), naming the lock version read; answers the new lock version.
   */
  public int saveCount(long id, MeasureCount count, int lockVersion, String user) {
    return replaceEntry(
        id,
        lockVersion,
        user,
        "follow_up_measure_count",
        "measure_key = ? and period = ?",
        List.of(count.measure(), count.period()),
        List.of(),
        position -> insertCount(id, count, position),
        "FOLLOW_UP_MEASURE",
        count.measure() + " " + count.period(),
        count.missing() ? "saknas" : count.value().toPlainString());
  }

  /**
   * Saves a provider's follow-up at an open occasion (replacing one of the same provider and day),
   * naming the lock version read; answers the new lock version.
   */
  public int saveProvider(long id, ProviderResult result, int lockVersion, String user) {
    return replaceEntry(
        id,
        lockVersion,
        user,
        "follow_up_provider",
        "provider_key = ? and checked = ?",
        List.of(result.provider(), Date.valueOf(result.checked())),
        List.of(),
        position -> insertProvider(id, result, position),
        "FOLLOW_UP_PROVIDER",
        result.provider() + " " + result.checked(),
        result.outcome().name());
  }

  private void insertChanges(long id, List<BudgetChange> changes) {
    int position = 0;
    for (BudgetChange change : changes) {
      jdbc.sql(
              "insert into follow_up_budget_change (occasion_id, position, from_area, to_area,"
                  + " amount, decided, paragraph, reason, kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              id,
              position++,
              change.from(),
              change.to(),
              change.amount(),
              Date.valueOf(change.decided()),
              change.paragraph(),
              change.reason(),
              change.kind() == null ? null : change.kind().fileName())
          .update();
    }
  }

  /**
   * Replaces the budget changes of an open occasion with {@code changes}, naming the lock version
   * read; answers the new lock version.
   */
  public int saveBudgetChanges(long id, List<BudgetChange> changes, int lockVersion, String user) {
    return transactions.execute(
        tx -> {
          StoredOccasion stored = lockedOpen(id, lockVersion);
          jdbc.sql("delete from follow_up_budget_change where occasion_id = ?").param(id).update();
          insertChanges(id, changes);
          jdbc.sql("update follow_up_occasion set lock_version = lock_version + 1 where id = ?")
              .param(id)
              .update();
          audit.record(
              user,
              planOf(stored),
              null,
              "FOLLOW_UP_BUDGET_CHANGES",
              stored.title(),
              null,
              String.valueOf(changes.size()));
          return stored.lockVersion() + 1;
        });
  }

  private void insertProject(long id, ProjectEconomy project, int position, String user) {
    jdbc.sql(
            """
            insert into follow_up_project (occasion_id, project_key, position, name, budget,
              outcome_to_date, forecast, comment, changed_by, changed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\
            """)
        .params(
            id,
            project.project(),
            position,
            project.name().equals(project.project()) ? null : project.name(),
            project.budget(),
            project.outcomeToDate(),
            project.forecast(),
            project.comment(),
            user,
            Timestamp.from(Instant.now()))
        .update();
  }

  private void insertCommitment(long id, CommitmentEntry entry, int position, String user) {
    jdbc.sql(
            "insert into follow_up_commitment (occasion_id, kind, item_key, position, status,"
                + " comment, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            entry.kind().name(),
            entry.key(),
            position,
            entry.status().name(),
            entry.comment(),
            user,
            Timestamp.from(Instant.now()))
        .update();
  }

  /**
   * Saves an investment project's entry at an open occasion (replacing one given before), naming
   * the lock version read; answers the new lock version.
   */
  public int saveProject(long id, ProjectEconomy project, int lockVersion, String user) {
    return replaceEntry(
        id,
        lockVersion,
        user,
        "follow_up_project",
        "project_key = ?",
        List.of(project.project()),
        List.of(),
        position -> insertProject(id, project, position, user),
        "FOLLOW_UP_PROJECT",
        project.project(),
        project.forecast() == null ? null : project.forecast().toPlainString());
  }

  /**
   * Saves where a commitment stands at an open occasion (replacing what was given before), naming
   * the lock version read; answers the new lock version.
   */
  public int saveCommitment(long id, CommitmentEntry entry, int lockVersion, String user) {
    return replaceEntry(
        id,
        lockVersion,
        user,
        "follow_up_commitment",
        "kind = ? and item_key = ?",
        List.of(entry.kind().name(), entry.key()),
        List.of(),
        position -> insertCommitment(id, entry, position, user),
        "FOLLOW_UP_COMMITMENT",
        entry.path(),
        entry.status().fileName());
  }

  private List<se.styr.followup.ControlResult> controls(long id) {
    Map<String, List<se.styr.followup.ControlResult.Action>> actions = new LinkedHashMap<>();
    jdbc.sql(
            "select control_key, description, owner, due from follow_up_control_action where"
                + " occasion_id = ? order by control_key, position")
        .param(id)
        .query(
            (rs, n) -> {
              actions
                  .computeIfAbsent(rs.getString("control_key"), k -> new ArrayList<>())
                  .add(
                      new se.styr.followup.ControlResult.Action(
                          rs.getString("description"),
                          rs.getString("owner"),
                          localDate(rs.getDate("due"))));
              return null;
            })
        .list();
    return jdbc.sql("select * from follow_up_control where occasion_id = ? order by position")
        .param(id)
        .query(
            (rs, n) ->
                new se.styr.followup.ControlResult(
                    rs.getString("control_key"),
                    rs.getBoolean("performed"),
                    rs.getString("outcome") == null
                        ? null
                        : se.styr.followup.ControlResult.Outcome.valueOf(rs.getString("outcome")),
                    rs.getString("found"),
                    actions.getOrDefault(rs.getString("control_key"), List.of())))
        .list();
  }

  private void insertControl(long id, se.styr.followup.ControlResult result, int position) {
    jdbc.sql(
            "insert into follow_up_control (occasion_id, control_key, position, performed,"
                + " outcome, found) values (?, ?, ?, ?, ?, ?)")
        .params(
            id,
            result.control(),
            position,
            result.performed(),
            result.outcome() == null ? null : result.outcome().name(),
            result.found())
        .update();
    int n = 0;
    for (se.styr.followup.ControlResult.Action action : result.actions()) {
      jdbc.sql(
              "insert into follow_up_control_action (occasion_id, control_key, position,"
                  + " description, owner, due) values (?, ?, ?, ?, ?, ?)")
          .params(
              id, result.control(), n++, action.description(), action.owner(), date(action.due()))
          .update();
    }
  }

  /**
   * Saves an indicator's value for a period of an open occasion (replacing one given before for
   * that period), naming the lock version read; answers the new lock version.
   */
  public int saveIndicator(long id, IndicatorEntry entry, int lockVersion, String user) {
    return replaceEntry(
        id,
        lockVersion,
        user,
        "follow_up_indicator",
        "indicator_key = ? and period = ?",
        List.of(entry.indicator(), entry.period()),
        List.of(),
        position -> insertIndicator(id, entry, position),
        "FOLLOW_UP_INDICATOR",
        entry.indicator() + " " + entry.period(),
        entry.missing() ? "saknas" : entry.value().text());
  }

  /**
   * Saves a control's result at an open occasion (replacing one given before), naming the lock
   * version read; answers the new lock version.
   */
  public int saveControl(
      long id, se.styr.followup.ControlResult result, int lockVersion, String user) {
    return replaceEntry(
        id,
        lockVersion,
        user,
        "follow_up_control",
        "control_key = ?",
        List.of(result.control()),
        List.of("follow_up_control_action"),
        position -> insertControl(id, result, position),
        "FOLLOW_UP_CONTROL",
        result.control(),
        result.light().name());
  }

  /**
   * Replaces one entry of an open occasion in {@code table} (the row matching {@code match} with
   * {@code key}, and its rows in {@code children}), keeping its place or adding it last, in one
   * transaction that takes the occasion's lock, refuses a stale {@code lockVersion}, advances it
   * and audits the change. The table names are Styr's own, never input.
   */
  private int replaceEntry(
      long id,
      int lockVersion,
      String user,
      String table,
      String match,
      List<Object> key,
      List<String> children,
      java.util.function.IntConsumer insert,
      String action,
      String subject,
      String value) {
    return transactions.execute(
        tx -> {
          StoredOccasion stored = lockedOpen(id, lockVersion);
          insert.accept(replacedPosition(id, table, match, key, children));
          jdbc.sql("update follow_up_occasion set lock_version = lock_version + 1 where id = ?")
              .param(id)
              .update();
          audit.record(
              user, planOf(stored), null, action, stored.title() + ": " + subject, null, value);
          return stored.lockVersion() + 1;
        });
  }

  private void insertIndicator(long id, IndicatorEntry entry, int position) {
    jdbc.sql(
            """
            insert into follow_up_indicator (occasion_id, indicator_key, period, position, printed,
              figure, answer, missing, reason, source, measured_on)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\
            """)
        .params(
            id,
            entry.indicator(),
            entry.period(),
            position,
            entry.printed(),
            entry.number(),
            entry.answer(),
            entry.missing(),
            entry.reason(),
            entry.source(),
            date(entry.measuredOn()))
        .update();
  }

  /**
   * Saves one area's entry of an open occasion; refused (409) if the occasion's lock version has
   * moved since {@code lockVersion} was read, naming who changed what. Answers the new lock
   * version.
   */
  public int saveArea(long id, AreaEconomy area, int lockVersion, String user) {
    return replaceEntry(
        id,
        lockVersion,
        user,
        "follow_up_area",
        "area_key = ?",
        List.of(area.area()),
        List.of("follow_up_measure"),
        position -> insertArea(id, area, position, user),
        "FOLLOW_UP_ENTERED",
        area.area(),
        area.forecast() == null ? null : area.forecast().toPlainString());
  }

  /**
   * Stores what a ledger or a forecast workbook gave an open occasion, all of it in one
   * transaction: each area's entry and each project's in place of what was there (their places
   * kept), the lock version read checked and advanced once, and one audit entry saying what the
   * import changed ({@code summary}). Nothing is stored if anything is refused.
   */
  public int saveAreas(
      long id,
      List<AreaEconomy> areas,
      List<ProjectEconomy> projects,
      int lockVersion,
      String user,
      String action,
      String summary) {
    return transactions.execute(
        tx -> {
          StoredOccasion stored = lockedOpen(id, lockVersion);
          for (AreaEconomy area : areas) {
            int position =
                replacedPosition(
                    id,
                    "follow_up_area",
                    "area_key = ?",
                    List.of(area.area()),
                    List.of("follow_up_measure"));
            insertArea(id, area, position, user);
          }
          for (ProjectEconomy project : projects) {
            int position =
                replacedPosition(
                    id,
                    "follow_up_project",
                    "project_key = ?",
                    List.of(project.project()),
                    List.of());
            insertProject(id, project, position, user);
          }
          jdbc.sql("update follow_up_occasion set lock_version = lock_version + 1 where id = ?")
              .param(id)
              .update();
          audit.record(user, planOf(stored), null, action, stored.title(), null, summary);
          return stored.lockVersion() + 1;
        });
  }

  /**
   * Deletes the entry of {@code table} that {@code match} (with {@code key}) finds, and its rows in
   * {@code children}, and answers its place, or the next free place when there was none. The table
   * and column names are Styr's own, never input.
   */
  private int replacedPosition(
      long id, String table, String match, List<Object> key, List<String> children) {
    List<Object> params = new ArrayList<>();
    params.add(id);
    params.addAll(key);
    String where = " where occasion_id = ? and " + match;
    Integer position =
        jdbc.sql("select position from " + table + where)
            .params(params)
            .query(Integer.class)
            .optional()
            .orElse(null);
    if (position == null) {
      return jdbc.sql(
              "select coalesce(max(position) + 1, 0) from " + table + " where occasion_id = ?")
          .param(id)
          .query(Integer.class)
          .single();
    }
    for (String child : children) {
      jdbc.sql("delete from " + child + where).params(params).update();
    }
    jdbc.sql("delete from " + table + where).params(params).update();
    return position;
  }

  /**
   * Moves the occasion one step on: reported to the committee (with its decision), then closed;
   * refused if it is not the next step or the lock version has moved.
   */
  public int advance(
      long id, OccasionStatus next, Decision decision, int lockVersion, String user) {
    return transactions.execute(
        tx -> {
          StoredOccasion stored = locked(id, lockVersion);
          if (!stored.status().mayBecome(next)) {
            throw StyrException.conflict(
                Text.of("followup.store.step", stored.title(), stored.status(), next));
          }
          if (next == OccasionStatus.REPORTED && decision == null) {
            throw StyrException.rule(Text.of("followup.report.decision", stored.key()));
          }
          setStatus(id, next, next == OccasionStatus.REPORTED ? decision : null);
          audit.record(
              user,
              planOf(stored),
              null,
              "FOLLOW_UP_" + next.name(),
              stored.title(),
              stored.status().name(),
              next.name());
          return stored.lockVersion() + 1;
        });
  }

  private StoredOccasion lockedOpen(long id, int lockVersion) {
    StoredOccasion stored = locked(id, lockVersion);
    if (!stored.status().takesEntries()) {
      throw StyrException.conflict(Text.of("followup.store.notOpen", stored.title()));
    }
    return stored;
  }

  private StoredOccasion locked(long id, int lockVersion) {
    StoredOccasion stored =
        jdbc.sql(
                "select id, plan_version_id, occasion_key, report_version, title, status,"
                    + " lock_version from follow_up_occasion where id = ? for update")
            .param(id)
            .query(FollowUpStore::stored)
            .optional()
            .orElseThrow(() -> StyrException.notFound(Text.of("followup.store.noOccasion", id)));
    if (stored.lockVersion() != lockVersion) {
      String by = lastChange(id);
      throw StyrException.conflict(
          Text.of("followup.store.stale", stored.title(), lockVersion, stored.lockVersion(), by));
    }
    return stored;
  }

  private String lastChange(long id) {
    return jdbc
        .sql(
            "select changed_by, changed_at from follow_up_area where occasion_id = ? and"
                + " changed_at is not null union all select changed_by, changed_at from"
                + " follow_up_project where occasion_id = ? union all select changed_by,"
                + " changed_at from follow_up_commitment where occasion_id = ? order by"
                + " changed_at desc")
        .params(id, id, id)
        .query((rs, n) -> rs.getString("changed_by"))
        .list()
        .stream()
        .findFirst()
        .orElse("?");
  }

  private long planOf(StoredOccasion stored) {
    return jdbc.sql("select plan_id from plan_version where id = ?")
        .param(stored.planVersionId())
        .query(Long.class)
        .single();
  }

  private void setStatus(long id, OccasionStatus status, Decision decision) {
    if (decision != null) {
      jdbc.sql(
              "update follow_up_occasion set status = ?, decision_date = ?, decision_paragraph ="
                  + " ?, decision_dnr = ?, decision_body = ?, lock_version = lock_version + 1"
                  + " where id = ?")
          .params(
              status.name(),
              Date.valueOf(decision.date()),
              decision.paragraph(),
              decision.dnr(),
              decision.body(),
              id)
          .update();
    } else {
      jdbc.sql(
              "update follow_up_occasion set status = ?, lock_version = lock_version + 1 where"
                  + " id = ?")
          .params(status.name(), id)
          .update();
    }
  }

  private void insertArea(long id, AreaEconomy area, int position, String user) {
    jdbc.sql(
            """
            insert into follow_up_area (occasion_id, area_key, position, name, budget, profile,
              outcome_to_date, outcome_to_date_last_year, outcome_last_year, forecast,
              previous_forecast, comment, changed_by, changed_at, revenue_budget, revenue_to_date,
              revenue_forecast, cost_budget, cost_to_date, cost_forecast)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\
            """)
        .params(
            id,
            area.area(),
            position,
            area.name().equals(area.area()) ? null : area.name(),
            area.budget(),
            area.periodisation() instanceof Periodisation.Profile profile
                ? profile.weights().stream()
                    .map(BigDecimal::toPlainString)
                    .collect(Collectors.joining(" "))
                : null,
            area.outcomeToDate(),
            area.outcomeToDateLastYear(),
            area.outcomeLastYear(),
            area.forecast(),
            area.previousForecast(),
            area.comment(),
            user,
            Timestamp.from(Instant.now()),
            area.gross().revenue().budget(),
            area.gross().revenue().outcomeToDate(),
            area.gross().revenue().forecast(),
            area.gross().cost().budget(),
            area.gross().cost().outcomeToDate(),
            area.gross().cost().forecast())
        .update();
    int position2 = 0;
    for (BalanceMeasure measure : area.measures()) {
      jdbc.sql(
              "insert into follow_up_measure (occasion_id, area_key, position, description,"
                  + " amount, owner, due, status) values (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              id,
              area.area(),
              position2++,
              measure.description(),
              measure.amount(),
              measure.owner(),
              date(measure.due()),
              measure.status().name())
          .update();
    }
  }

  private static AreaEconomy area(ResultSet rs, List<BalanceMeasure> measures) throws SQLException {
    String profile = rs.getString("profile");
    return new AreaEconomy(
        rs.getString("area_key"),
        rs.getString("name"),
        figure(rs, "budget"),
        profile == null
            ? null
            : new Periodisation.Profile(
                Arrays.stream(profile.split(" ")).map(BigDecimal::new).toList()),
        figure(rs, "outcome_to_date"),
        figure(rs, "outcome_to_date_last_year"),
        figure(rs, "outcome_last_year"),
        figure(rs, "forecast"),
        figure(rs, "previous_forecast"),
        rs.getString("comment"),
        measures,
        new GrossEconomy(
            new GrossEconomy.Figures(
                figure(rs, "revenue_budget"),
                figure(rs, "revenue_to_date"),
                figure(rs, "revenue_forecast")),
            new GrossEconomy.Figures(
                figure(rs, "cost_budget"),
                figure(rs, "cost_to_date"),
                figure(rs, "cost_forecast"))));
  }

  /** A stored amount (the entry keeps it in one form, whatever decimals NUMERIC(21,6) adds). */
  private static BigDecimal figure(ResultSet rs, String column) throws SQLException {
    return rs.getBigDecimal(column);
  }

  private static StoredOccasion stored(ResultSet rs, int n) throws SQLException {
    return new StoredOccasion(
        rs.getLong("id"),
        rs.getLong("plan_version_id"),
        rs.getString("occasion_key"),
        rs.getInt("report_version"),
        rs.getString("title"),
        OccasionStatus.valueOf(rs.getString("status")),
        rs.getInt("lock_version"));
  }

  private static String covers(Occasion occasion) {
    return Arrays.stream(Coverage.values())
        .filter(occasion.coverage()::contains)
        .map(Enum::name)
        .collect(Collectors.joining(","));
  }

  private static EnumSet<Coverage> covers(String text) {
    EnumSet<Coverage> covers = EnumSet.noneOf(Coverage.class);
    Arrays.stream(text.split(",")).map(Coverage::valueOf).forEach(covers::add);
    return covers;
  }

  private static Date date(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }

  private static LocalDate localDate(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
