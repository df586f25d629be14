package se.styr.plan;

import se.styr.version.Decision;
import se.styr.version.PlanHeader;
import se.styr.version.PlanPeriod;
import se.styr.version.PlanStatus;
import se.styr.version.PlanSummary;
import se.styr.version.VersionInfo;
import se.styr.version.VersionSummary;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import se.styr.budget.Formula;
import se.styr.budget.TableStore;
import se.styr.budget.TextFigure;
import se.styr.organisation.Committee;
import se.styr.organisation.Municipality;
import se.styr.organisation.OrganisationStore;
import se.styr.plan.file.PlanFileReader;
import se.styr.plan.file.SteeringText;
import se.styr.security.AuditLog;
import se.styr.shared.StyrException;

/**
 * Plans and their versions in SQL. Storing a plan version is one transaction: all of it or nothing.
 */
@Component
public class PlanStore {
  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionOperations transactions;
  private final OrganisationStore organisation;
  private final TableStore tables;
  private final AuditLog audit;
  private final DecidedVersions decided = new DecidedVersions(64);

  public PlanStore(JdbcClient jdbc, JdbcTemplate batch, TransactionOperations transactions,
      OrganisationStore organisation, TableStore tables, AuditLog audit) {
    this.audit = audit;
    this.jdbc = jdbc;
    this.batch = batch;
    this.transactions = transactions;
    this.organisation = organisation;
    this.tables = tables;
  }

  /** Where a stored version is. */
  public record StoredVersion(long planId, long versionId, int number) {}

  /** Stores a plan version; its municipality, committee and plan are added as needed. */
  public StoredVersion store(PlanDocument plan, String user) {
    return transactions.execute(status -> {
      StoredVersion stored = insert(plan, user, null);
      audit.record(user, stored.planId(), stored.number(), "VERSION_STORED", plan.displayName(), null,
          plan.version().status().name());
      return stored;
    });
  }

  private StoredVersion insert(PlanDocument plan, String user, Integer basedOn) {
    organisation.saveMunicipality(plan.municipality());
    long committeeId = organisation.saveCommittee(plan.municipality().code(), plan.committee());
    int year = plan.header().period().budgetYear();
    long planId = jdbc.sql("select id from plan where committee_id = ? and budget_year = ?")
        .params(committeeId, year).query(Long.class).optional()
        .orElseGet(() -> {
          GeneratedKeyHolder keys = new GeneratedKeyHolder();
          jdbc.sql("insert into plan (committee_id, budget_year) values (?, ?)").params(committeeId, year).update(keys, "id");
          return keys.getKey().longValue();
        });
    int number = plan.version().number();
    if (jdbc.sql("select count(*) from plan_version where plan_id = ? and version_number = ?")
        .params(planId, number).query(Integer.class).single() > 0) {
      throw StyrException.conflict("Plan " + plan.planKey() + " already has a version " + number
          + "; a stored version is not overwritten. Give the file the next version number to add it.");
    }
    PlanHeader header = plan.header();
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into plan_version (plan_id, version_number, status, based_on, title, history_years, plan_years,
          document_date, chair, officer, created_at, created_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(planId, number, PlanStatus.DRAFT.name(), basedOn, header.title(),
            years(header.period().historyYears()), years(header.period().planYears()),
            header.documentDate() == null ? null : Date.valueOf(header.documentDate()), header.chair(), header.officer(),
            Timestamp.from(Instant.now()), user)
        .update(keys, "id");
    long versionId = keys.getKey().longValue();
    insertDecisions(versionId, plan.version().decisions(), 0);
    organisation.insertAreas(versionId, plan.areas());
    insertContent(versionId, plan.content());
    tables.insertTables(versionId, plan.tables());
    insertFigures(versionId, plan.textFigures());
    insertSteering(versionId, plan);
    if (plan.version().status() == PlanStatus.DECIDED) {
      // Written as a draft and decided last: the database refuses any write to a decided version.
      jdbc.sql("update plan_version set status = 'DECIDED' where id = ?").param(versionId).update();
    }
    return new StoredVersion(planId, versionId, number);
  }

  private void insertDecisions(long versionId, List<Decision> decisions, int firstPosition) {
    for (int i = 0; i < decisions.size(); i++) {
      Decision decision = decisions.get(i);
      GeneratedKeyHolder keys = new GeneratedKeyHolder();
      jdbc.sql("insert into decision (plan_version_id, position, decided_on, paragraph, dnr, body, note) values (?, ?, ?, ?, ?, ?, ?)")
          .params(versionId, firstPosition + i, decision.date() == null ? null : Date.valueOf(decision.date()),
              decision.paragraph(), decision.dnr(), decision.body(), decision.note())
          .update(keys, "id");
      long decisionId = keys.getKey().longValue();
      List<Object[]> points = new ArrayList<>();
      for (int p = 0; p < decision.points().size(); p++) {
        points.add(new Object[] {decisionId, p, decision.points().get(p)});
      }
      batch.batchUpdate("insert into decision_point (decision_id, position, point_text) values (?, ?, ?)", points);
    }
  }

  private void insertContent(long versionId, List<Block> content) {
    List<Object[]> blocks = new ArrayList<>();
    for (int i = 0; i < content.size(); i++) {
      Block block = content.get(i);
      if (block instanceof Block.Section section) {
        blocks.add(new Object[] {versionId, i, "SECTION", section.key(), section.title(), section.level(), section.text()});
      } else if (block instanceof Block.Table table) {
        blocks.add(new Object[] {versionId, i, "TABLE", table.table().key(), null, null, null});
      } else if (block instanceof Block.TableReference reference) {
        blocks.add(new Object[] {versionId, i, "TABLE_REFERENCE", reference.key(), null, null, null});
      }
    }
    batch.batchUpdate("""
        insert into content_block (plan_version_id, position, block_type, block_key, title, heading_level, body)
        values (?, ?, ?, ?, ?, ?, ?)""", blocks);
  }

  private void insertFigures(long versionId, List<TextFigure> figures) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      TextFigure figure = figures.get(i);
      rows.add(new Object[] {versionId, i, figure.key(), figure.text(), figure.value(), figure.value().scale(),
          figure.unit(), figure.equals().toString()});
    }
    batch.batchUpdate("""
        insert into text_figure (plan_version_id, position, figure_key, figure_text, amount, decimals, unit, equals_formula)
        values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
  }

  private void insertSteering(long versionId, PlanDocument plan) {
    if (!plan.steering().isEmpty()) {
      jdbc.sql("insert into plan_steering (plan_version_id, format, document) values (?, ?, ?)")
          .params(versionId, PlanFileReader.FORMAT, SteeringText.write(plan))
          .update();
    }
  }

  /**
   * A stored version as a whole plan document. A decided version never changes (the database
   * refuses it), so it is read once and kept; drafts are read each time.
   */
  public PlanDocument load(long versionId) {
    PlanDocument cached = decided.get(versionId);
    if (cached != null) {
      return cached;
    }
    PlanDocument plan = read(versionId);
    if (plan.version().status() == PlanStatus.DECIDED) {
      decided.put(versionId, plan);
    }
    return plan;
  }

  private PlanDocument read(long versionId) {
    record Head(Municipality municipality, Committee committee, PlanHeader header, int number, PlanStatus status) {}
    Head head = jdbc.sql("""
        select m.code, m.name as municipality_name, c.committee_key, c.name as committee_name, p.budget_year,
          v.version_number, v.status, v.title, v.history_years, v.plan_years, v.document_date, v.chair, v.officer
        from plan_version v join plan p on p.id = v.plan_id join committee c on c.id = p.committee_id
          join municipality m on m.code = c.municipality_code
        where v.id = ?""")
        .param(versionId)
        .query((rs, n) -> {
          Date documentDate = rs.getDate("document_date");
          PlanPeriod period = new PlanPeriod(rs.getInt("budget_year"), years(rs.getString("history_years")),
              years(rs.getString("plan_years")));
          return new Head(new Municipality(rs.getString("code"), rs.getString("municipality_name")),
              new Committee(rs.getString("committee_key"), rs.getString("committee_name")),
              new PlanHeader(rs.getString("title"), period, documentDate == null ? null : documentDate.toLocalDate(),
                  rs.getString("chair"), rs.getString("officer")),
              rs.getInt("version_number"), PlanStatus.valueOf(rs.getString("status")));
        })
        .optional()
        .orElseThrow(() -> StyrException.notFound("No plan version " + versionId));
    Map<String, TableStore.StoredTable> stored = tables.tables(versionId);
    List<Block> content = jdbc.sql("""
        select block_type, block_key, title, heading_level, body from content_block where plan_version_id = ? order by position""")
        .param(versionId)
        .query((rs, n) -> {
          String key = rs.getString("block_key");
          return switch (rs.getString("block_type")) {
            case "SECTION" -> (Block) new Block.Section(key, rs.getString("title"), rs.getInt("heading_level"), rs.getString("body"));
            case "TABLE" -> new Block.Table(stored.get(key).table());
            default -> new Block.TableReference(key);
          };
        })
        .list();
    PlanDocument plan = new PlanDocument(head.municipality(), head.committee(), head.header(),
        new VersionInfo(head.number(), head.status(), decisions(versionId)), organisation.areas(versionId), content,
        figures(versionId));
    String steering = jdbc.sql("select document from plan_steering where plan_version_id = ?").param(versionId)
        .query(String.class).optional().orElse(null);
    return steering == null ? plan : plan.withSteering(SteeringText.read(plan, steering));
  }

  private List<Decision> decisions(long versionId) {
    Map<Long, List<String>> points = new LinkedHashMap<>();
    jdbc.sql("""
        select p.decision_id, p.point_text from decision_point p join decision d on d.id = p.decision_id
        where d.plan_version_id = ? order by p.decision_id, p.position""")
        .param(versionId)
        .query(rs -> {
          points.computeIfAbsent(rs.getLong("decision_id"), k -> new ArrayList<>()).add(rs.getString("point_text"));
        });
    return jdbc.sql("select id, decided_on, paragraph, dnr, body, note from decision where plan_version_id = ? order by position")
        .param(versionId)
        .query((rs, n) -> {
          Date date = rs.getDate("decided_on");
          return new Decision(date == null ? null : date.toLocalDate(), rs.getString("paragraph"), rs.getString("dnr"),
              rs.getString("body"), points.getOrDefault(rs.getLong("id"), List.of()), rs.getString("note"));
        })
        .list();
  }

  private List<TextFigure> figures(long versionId) {
    return jdbc.sql("""
        select figure_key, figure_text, amount, decimals, unit, equals_formula from text_figure
        where plan_version_id = ? order by position""")
        .param(versionId)
        .query((rs, n) -> new TextFigure(rs.getString("figure_key"), rs.getString("figure_text"),
            rs.getBigDecimal("amount").setScale(rs.getInt("decimals"), RoundingMode.UNNECESSARY), rs.getString("unit"),
            Formula.parse(rs.getString("equals_formula"))))
        .list();
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
    return summaries(" where m.code = ? and c.committee_key = ? and p.budget_year = ?",
        new Object[] {municipalityCode, committeeKey, budgetYear}).stream().findFirst();
  }

  private List<PlanSummary> summaries(String where, Object[] params) {
    return jdbc.sql("""
        select p.id, m.code, m.name as municipality_name, c.id as committee_id, c.committee_key, c.name as committee_name,
          p.budget_year, v.title, v.version_number, v.status
        from plan p join committee c on c.id = p.committee_id join municipality m on m.code = c.municipality_code
          join plan_version v on v.plan_id = p.id
            and v.version_number = (select max(version_number) from plan_version w where w.plan_id = p.id)
        """ + where + " order by m.name, c.name, p.budget_year")
        .params(Arrays.asList(params))
        .query((rs, n) -> new PlanSummary(rs.getLong("id"),
            rs.getString("code") + "/" + rs.getString("committee_key") + "/" + rs.getInt("budget_year"),
            rs.getString("code"), rs.getString("municipality_name"),
            rs.getLong("committee_id"), rs.getString("committee_key"), rs.getString("committee_name"),
            rs.getInt("budget_year"), rs.getString("title"), rs.getInt("version_number"),
            PlanStatus.valueOf(rs.getString("status"))))
        .list();
  }

  public List<VersionSummary> versions(long planId) {
    return versionSummaries(" order by version_number", planId);
  }

  /** One version's summary; a decided one is read once and kept, as it never changes. */
  public Optional<VersionSummary> version(long planId, int number) {
    VersionSummary kept = decided.summary(planId, number);
    if (kept != null) {
      return Optional.of(kept);
    }
    Optional<VersionSummary> read = versionSummaries(" and version_number = ?", planId, number).stream().findFirst();
    read.filter(v -> v.status() == PlanStatus.DECIDED).ifPresent(v -> decided.putSummary(planId, v));
    return read;
  }

  private List<VersionSummary> versionSummaries(String condition, Object... params) {
    List<VersionSummary> summaries = jdbc.sql("""
        select id, version_number, status, based_on, created_at, created_by from plan_version where plan_id = ?"""
        + condition)
        .params(Arrays.asList(params))
        .query((rs, n) -> new VersionSummary(rs.getLong("id"), rs.getInt("version_number"),
            PlanStatus.valueOf(rs.getString("status")), rs.getObject("based_on", Integer.class),
            rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), List.of()))
        .list();
    return summaries.stream().map(v -> new VersionSummary(v.versionId(), v.number(), v.status(), v.basedOn(),
        v.createdAt(), v.createdBy(), decisions(v.versionId()))).toList();
  }

  /** Decides a draft: it becomes a record that never changes again. */
  public void decide(long versionId, Decision decision, String user) {
    transactions.executeWithoutResult(status -> {
      String current = jdbc.sql("select status from plan_version where id = ? for update").param(versionId)
          .query(String.class).single();
      if (!PlanStatus.DRAFT.name().equals(current)) {
        throw new StyrException(se.styr.shared.ErrorCode.DECIDED_VERSION_IS_READ_ONLY,
            "This version is already decided; start a revision to change the plan.");
      }
      // The decision is written while the version is still a draft: once decided, nothing of it changes.
      insertDecisions(versionId, List.of(decision), decisions(versionId).size());
      jdbc.sql("update plan_version set status = 'DECIDED' where id = ? and status = 'DRAFT'").param(versionId).update();
      int number = jdbc.sql("select version_number from plan_version where id = ?").param(versionId).query(Integer.class).single();
      audit.record(user, planIdOfVersion(versionId), number, "VERSION_DECIDED", "Version " + number, "DRAFT",
          "DECIDED " + decision.date() + (decision.paragraph() == null ? "" : " " + decision.paragraph())
              + (decision.dnr() == null ? "" : " dnr " + decision.dnr()));
    });
  }

  /** Starts a new draft version from a decided one, with the same content. */
  public StoredVersion revise(long planId, int fromNumber, String user) {
    return transactions.execute(status -> {
      List<VersionSummary> versions = versions(planId);
      VersionSummary from = versions.stream().filter(v -> v.number() == fromNumber).findFirst()
          .orElseThrow(() -> StyrException.notFound("Plan " + planId + " has no version " + fromNumber));
      Optional<VersionSummary> draft = versions.stream().filter(v -> v.status() == PlanStatus.DRAFT).findFirst();
      if (draft.isPresent()) {
        throw StyrException.conflict("Version " + draft.get().number() + " is still a draft; change that one or decide it first.");
      }
      int next = versions.get(versions.size() - 1).number() + 1;
      PlanDocument content = load(from.versionId());
      StoredVersion revision = insert(content.withVersion(new VersionInfo(next, PlanStatus.DRAFT, List.of())), user, fromNumber);
      audit.record(user, planId, next, "REVISION_STARTED", "Version " + next, null, "from version " + fromNumber);
      return revision;
    });
  }

  /** The title of a stored version. */
  public String title(long versionId) {
    return jdbc.sql("select title from plan_version where id = ?").param(versionId).query(String.class).optional()
        .orElseThrow(() -> StyrException.notFound("No plan version " + versionId));
  }

  public long planIdOfVersion(long versionId) {
    return jdbc.sql("select plan_id from plan_version where id = ?").param(versionId).query(Long.class).single();
  }

  private static String years(List<Integer> years) {
    return String.join(",", years.stream().map(String::valueOf).toList());
  }

  private static List<Integer> years(String text) {
    return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
  }

}
