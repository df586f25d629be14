package se.styr.plan;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import se.styr.budget.BudgetTable;
import se.styr.budget.TableStore;
import se.styr.goals.GoalPlan;
import se.styr.national.KoladaStore;
import se.styr.national.StoredComparisons;
import se.styr.organisation.Committee;
import se.styr.organisation.Municipality;
import se.styr.organisation.OrganisationStore;
import se.styr.security.AuditLog;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.texts.Section;
import se.styr.version.PlanHeader;
import se.styr.version.PlanPeriod;
import se.styr.version.PlanStatus;
import se.styr.version.VersionInfo;
import se.styr.version.VersionSummary;
import se.styr.version.Versions;

/**
 * Whole plan versions in SQL: storing one (all of it or nothing, in one transaction), loading one
 * as a {@link PlanDocument}, and starting a revision. Each feature's part is written and read by
 * its feature's store; {@link Versions} lists the plans and versions and decides them.
 */
@Component
public class PlanStore {
  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionOperations transactions;
  private final OrganisationStore organisation;
  private final TableStore tables;
  private final AuditLog audit;
  private final Versions versions;
  private final DecidedVersions decided = new DecidedVersions(64);
  private final KeptSections sections = new KeptSections(256, 64L * 1024 * 1024);
  private final KoladaStore kolada;

  public PlanStore(
      JdbcClient jdbc,
      JdbcTemplate batch,
      TransactionOperations transactions,
      OrganisationStore organisation,
      TableStore tables,
      Versions versions,
      AuditLog audit,
      KoladaStore kolada) {
    this.audit = audit;
    this.kolada = kolada;
    this.jdbc = jdbc;
    this.batch = batch;
    this.transactions = transactions;
    this.organisation = organisation;
    this.tables = tables;
    this.versions = versions;
  }

  /** Where a stored version is. */
  public record StoredVersion(long planId, long versionId, int number) {}

  /** Stores a plan version; its municipality, committee and plan are added as needed. */
  public StoredVersion store(PlanDocument plan, String user) {
    return transactions.execute(
        status -> {
          StoredVersion stored = insert(plan, user, null);
          audit.record(
              user,
              stored.planId(),
              stored.number(),
              "VERSION_STORED",
              plan.displayName(),
              null,
              plan.version().status().name());
          return stored;
        });
  }

  private StoredVersion insert(PlanDocument plan, String user, Integer basedOn) {
    String municipality = organisation.saveMunicipality(plan.municipality());
    long committeeId = organisation.saveCommittee(municipality, plan.committee());
    int year = plan.header().period().budgetYear();
    long planId =
        jdbc.sql("select id from plan where committee_id = ? and budget_year = ?")
            .params(committeeId, year)
            .query(Long.class)
            .optional()
            .orElseGet(
                () -> {
                  GeneratedKeyHolder keys = new GeneratedKeyHolder();
                  jdbc.sql("insert into plan (committee_id, budget_year) values (?, ?)")
                      .params(committeeId, year)
                      .update(keys, "id");
                  return keys.getKey().longValue();
                });
    int number = plan.version().number();
    if (jdbc.sql("select count(*) from plan_version where plan_id = ? and version_number = ?")
            .params(planId, number)
            .query(Integer.class)
            .single()
        > 0) {
      throw new StyrException(
          ErrorCode.CONFLICT,
          Text.of("versions.error.exists", plan.planKey(), number),
          Map.of("plan", plan.planKey(), "version", number));
    }
    PlanHeader header = plan.header();
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into plan_version (plan_id, version_number, status, based_on, title, history_years, plan_years,
              document_date, chair, officer, created_at, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\
            """)
        .params(
            planId,
            number,
            PlanStatus.DRAFT.name(),
            basedOn,
            header.title(),
            PlanPeriod.text(header.period().historyYears()),
            PlanPeriod.text(header.period().planYears()),
            header.documentDate() == null ? null : Date.valueOf(header.documentDate()),
            header.chair(),
            header.officer(),
            Timestamp.from(Instant.now()),
            user)
        .update(keys, "id");
    long versionId = keys.getKey().longValue();
    versions.insertDecisions(versionId, plan.version().decisions(), 0);
    organisation.insertAreas(versionId, plan.areas());
    insertContent(versionId, plan.content());
    tables.insertTables(versionId, plan.tables());
    tables.insertTextFigures(versionId, plan.textFigures());
    insertSections(versionId, plan);
    if (plan.version().status() == PlanStatus.DECIDED) {
      // Written as a draft and decided last: the database refuses any write to a decided version.
      jdbc.sql("update plan_version set status = 'DECIDED' where id = ?").param(versionId).update();
    }
    return new StoredVersion(planId, versionId, number);
  }

  private void insertContent(long versionId, List<Block> content) {
    List<Object[]> blocks = new ArrayList<>();
    for (int i = 0; i < content.size(); i++) {
      Block block = content.get(i);
      if (block instanceof Block.Text text) {
        Section section = text.section();
        blocks.add(
            new Object[] {
              versionId,
              i,
              "SECTION",
              section.key(),
              section.title(),
              section.level(),
              section.text()
            });
      } else if (block instanceof Block.Table table) {
        blocks.add(new Object[] {versionId, i, "TABLE", table.table().key(), null, null, null});
      } else if (block instanceof Block.TableReference reference) {
        blocks.add(
            new Object[] {versionId, i, "TABLE_REFERENCE", reference.key(), null, null, null});
      }
    }
    batch.batchUpdate(
        """
        insert into content_block (plan_version_id, position, block_type, block_key, title, heading_level, body)
        values (?, ?, ?, ?, ?, ?, ?)\
        """,
        blocks);
  }

  private void insertSections(long versionId, PlanDocument plan) {
    String sections = StoredSections.write(plan);
    if (!sections.isEmpty()) {
      jdbc.sql("insert into plan_steering (plan_version_id, format, document) values (?, ?, ?)")
          .params(versionId, PlanFileReader.FORMAT, sections)
          .update();
    }
  }

  /**
   * Replaces the sections kept beside a draft's tables and text (goals, savings measures,
   * follow-up) with {@code text}, their canonical plan-file form. The database refuses it for a
   * decided version.
   */
  public void replaceSections(long versionId, String text) {
    int updated =
        jdbc.sql("update plan_steering set document = ? where plan_version_id = ?")
            .params(text, versionId)
            .update();
    if (updated == 0 && !text.isEmpty()) {
      jdbc.sql("insert into plan_steering (plan_version_id, format, document) values (?, ?, ?)")
          .params(versionId, PlanFileReader.FORMAT, text)
          .update();
    }
  }

  /**
   * Replaces a draft's content (its text sections, tables and the order of both) by {@code
   * after}'s, {@code before} being the content as stored now: the blocks are written again in their
   * new order, tables new in {@code after} are added, those gone are removed, and each table that
   * changed is rewritten with its lock version moved on (so a form showing it before is refused).
   * The caller holds the version ({@link #lockDraft}).
   */
  public void replaceContent(long versionId, PlanDocument before, PlanDocument after, String user) {
    Map<String, BudgetTable> old = new java.util.HashMap<>();
    before.tables().forEach(t -> old.put(t.key(), t));
    Map<String, BudgetTable> now = new java.util.LinkedHashMap<>();
    after.tables().forEach(t -> now.put(t.key(), t));
    jdbc.sql("delete from content_block where plan_version_id = ?").param(versionId).update();
    for (String gone : old.keySet()) {
      if (!now.containsKey(gone)) {
        jdbc.sql("delete from budget_table where plan_version_id = ? and table_key = ?")
            .params(versionId, gone)
            .update();
      }
    }
    List<BudgetTable> added = new ArrayList<>();
    for (BudgetTable table : now.values()) {
      BudgetTable was = old.get(table.key());
      if (was == null) {
        added.add(table);
      } else if (!was.equals(table)) {
        long tableId = tables.state(versionId, table.key()).orElseThrow().tableId();
        tables.lockForWrite(tableId).orElseThrow(() -> Versions.readOnly(after.version().number()));
        tables.rewrite(tableId, was, table);
        tables.advance(tableId, user, "the table's properties");
      }
    }
    tables.insertTables(versionId, added);
    insertContent(versionId, after.content());
    if (!before.textFigures().equals(after.textFigures())) {
      jdbc.sql("delete from text_figure where plan_version_id = ?").param(versionId).update();
      tables.insertTextFigures(versionId, after.textFigures());
    }
  }

  /**
   * Holds the version's row until the transaction ends, so that changes of one draft's parts follow
   * one another; a version decided meanwhile refuses.
   */
  public void lockDraft(long versionId, int number) {
    String status =
        jdbc.sql("select status from plan_version where id = ? for update")
            .param(versionId)
            .query(String.class)
            .single();
    if (!PlanStatus.DRAFT.name().equals(status)) {
      throw Versions.readOnly(number);
    }
  }

  /**
   * A stored version as a whole plan document. A decided version never changes (the database
   * refuses it), so it is read once and kept; drafts are read each time.
   */
  public PlanDocument load(long versionId) {
    PlanDocument cached = decided.get(versionId);
    if (cached != null) {
      return withComparisons(cached);
    }
    PlanDocument plan = read(versionId);
    if (plan.version().status() == PlanStatus.DECIDED) {
      decided.put(versionId, plan);
      return withComparisons(plan);
    }
    return withComparisons(followsCouncil(versionId) ? followed(plan) : plan);
  }

  /**
   * The plan with the comparison data stored from Kolada for the KPIs its indicators link to (not
   * part of the version: fetched data comes and is refreshed after a plan is decided).
   */
  private PlanDocument withComparisons(PlanDocument plan) {
    GoalPlan goals = StoredComparisons.added(plan.goals(), kolada);
    return goals == plan.goals() ? plan : plan.withGoals(goals);
  }

  /**
   * Changes whenever national data that {@link #load} adds to plans is stored: what is computed
   * from a decided version and kept must be kept per revision.
   */
  public long nationalRevision() {
    return kolada.revision();
  }

  /** A version as stored, without the council's goals a draft that follows them takes. */
  public PlanDocument stored(long versionId) {
    return read(versionId);
  }

  /**
   * A draft that follows the council's plan, with the council's goals in place of its copy of them
   * (its copy as stored if the council's plan is gone or no longer fits it).
   */
  private PlanDocument followed(PlanDocument plan) {
    return councilPlan(plan)
        .flatMap(council -> CouncilGoals.followed(plan, load(council.versionId())))
        .orElse(plan);
  }

  /**
   * The latest version of the council's plan for {@code plan}'s municipality and budget year, if
   * the council has one and {@code plan} is not it.
   */
  public Optional<VersionSummary> councilPlan(PlanDocument plan) {
    if (CouncilGoals.isCouncil(plan.committee()) || plan.municipality().code() == null) {
      return Optional.empty();
    }
    return versions
        .plan(
            plan.municipality().code(),
            CouncilGoals.COUNCIL_KEY,
            plan.header().period().budgetYear())
        .flatMap(
            p ->
                versions.versions(p.planId()).stream()
                    .max(java.util.Comparator.comparingInt(VersionSummary::number)));
  }

  /** Whether a version follows the council's plan (its drafts take the council's goals). */
  public boolean followsCouncil(long versionId) {
    return jdbc.sql("select follows_council from plan_version where id = ?")
        .param(versionId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** The council plan version a decided version's council goals came from, if it followed one. */
  public Optional<Long> councilVersionOf(long versionId) {
    return jdbc.sql("select council_version_id from plan_version where id = ?")
        .param(versionId)
        .query(Long.class)
        .optional();
  }

  /** The change log's word for a draft starting or stopping to follow the council's plan. */
  public static final String COUNCIL_FOLLOWING = "COUNCIL_FOLLOWING_CHANGED";

  /**
   * A draft starts ({@code follow}) or stops following the council's plan, audited so that it can
   * be undone ({@code undoes}: the entry this undoes, or null).
   */
  public void changeCouncilFollowing(
      long planId, int number, boolean follow, String actor, Long undoes) {
    transactions.executeWithoutResult(
        status -> {
          VersionSummary version = versions.writable(planId, number);
          boolean before = followsCouncil(version.versionId());
          followCouncil(version.versionId(), number, follow);
          audit.record(
              actor,
              planId,
              number,
              COUNCIL_FOLLOWING,
              Text.of(follow ? "plan.council.follow" : "plan.council.unfollow").swedish(),
              String.valueOf(before),
              String.valueOf(follow),
              "council:" + before,
              undoes);
        });
  }

  /** Makes a draft follow the council's plan, or stop following it (keeping the goals it shows). */
  public void followCouncil(long versionId, int number, boolean follow) {
    transactions.executeWithoutResult(
        status -> {
          lockDraft(versionId, number);
          if (!follow) {
            replaceSections(versionId, StoredSections.write(load(versionId)));
          }
          jdbc.sql("update plan_version set follows_council = ? where id = ?")
              .params(follow, versionId)
              .update();
        });
  }

  /**
   * Decides a draft (see {@link Versions#decide}); one that follows the council's plan keeps the
   * council's goals it showed when decided.
   */
  public void decide(long versionId, se.styr.version.Decision decision, String user) {
    transactions.executeWithoutResult(
        status -> {
          keepCouncilGoals(versionId);
          versions.decide(versionId, decision, user);
        });
  }

  /**
   * Before a draft that follows the council's plan is decided: the council's goals it shows are
   * written into it and the council plan version they came from kept, so that it stays as decided.
   * The caller's transaction holds the version.
   */
  public void keepCouncilGoals(long versionId) {
    if (!followsCouncil(versionId)) {
      return;
    }
    PlanDocument plan = load(versionId);
    replaceSections(versionId, StoredSections.write(plan));
    Long council = councilPlan(plan).map(VersionSummary::versionId).orElse(null);
    jdbc.sql("update plan_version set council_version_id = ? where id = ?")
        .params(council, versionId)
        .update();
  }

  private PlanDocument read(long versionId) {
    record Head(
        Municipality municipality,
        Committee committee,
        PlanHeader header,
        int number,
        PlanStatus status) {}
    Head head =
        jdbc.sql(
                """
                select m.code, m.name as municipality_name, c.committee_key, c.name as committee_name, p.budget_year,
                  v.version_number, v.status, v.title, v.history_years, v.plan_years, v.document_date, v.chair, v.officer
                from plan_version v join plan p on p.id = v.plan_id join committee c on c.id = p.committee_id
                  join municipality m on m.code = c.municipality_code
                where v.id = ?\
                """)
            .param(versionId)
            .query(
                (rs, n) -> {
                  Date documentDate = rs.getDate("document_date");
                  PlanPeriod period =
                      new PlanPeriod(
                          rs.getInt("budget_year"),
                          PlanPeriod.years(rs.getString("history_years")),
                          PlanPeriod.years(rs.getString("plan_years")));
                  return new Head(
                      new Municipality(rs.getString("code"), rs.getString("municipality_name")),
                      new Committee(rs.getString("committee_key"), rs.getString("committee_name")),
                      new PlanHeader(
                          rs.getString("title"),
                          period,
                          documentDate == null ? null : documentDate.toLocalDate(),
                          rs.getString("chair"),
                          rs.getString("officer")),
                      rs.getInt("version_number"),
                      PlanStatus.valueOf(rs.getString("status")));
                })
            .optional()
            .orElseThrow(
                () -> StyrException.notFound(Text.of("versions.error.noVersionId", versionId)));
    Map<String, TableStore.StoredTable> stored = tables.tables(versionId);
    List<Block> content =
        jdbc.sql(
                """
                select block_type, block_key, title, heading_level, body from content_block where plan_version_id = ? order by position\
                """)
            .param(versionId)
            .query(
                (rs, n) -> {
                  String key = rs.getString("block_key");
                  return switch (rs.getString("block_type")) {
                    case "SECTION" ->
                        (Block)
                            new Block.Text(
                                new Section(
                                    key,
                                    rs.getString("title"),
                                    rs.getInt("heading_level"),
                                    rs.getString("body")));
                    case "TABLE" -> new Block.Table(stored.get(key).table());
                    default -> new Block.TableReference(key);
                  };
                })
            .list();
    PlanDocument plan =
        new PlanDocument(
            head.municipality(),
            head.committee(),
            head.header(),
            new VersionInfo(head.number(), head.status(), versions.decisions(versionId)),
            organisation.areas(versionId),
            content,
            tables.textFigures(versionId));
    String sections =
        jdbc.sql("select document from plan_steering where plan_version_id = ?")
            .param(versionId)
            .query(String.class)
            .optional()
            .orElse(null);
    return this.sections.read(plan, sections);
  }

  /** Starts a new draft version from a decided one, with the same content. */
  public StoredVersion revise(long planId, int fromNumber, String user) {
    return transactions.execute(
        status -> {
          List<VersionSummary> all = versions.versions(planId);
          VersionSummary from =
              all.stream()
                  .filter(v -> v.number() == fromNumber)
                  .findFirst()
                  .orElseThrow(
                      () ->
                          StyrException.notFound(
                              Text.of("versions.error.noVersion", planId, fromNumber)));
          Optional<VersionSummary> draft =
              all.stream().filter(v -> v.status() == PlanStatus.DRAFT).findFirst();
          if (draft.isPresent()) {
            throw new StyrException(
                ErrorCode.CONFLICT,
                Text.of("versions.error.openDraft", draft.get().number()),
                Map.of("openDraft", draft.get().number()));
          }
          int next = all.get(all.size() - 1).number() + 1;
          PlanDocument content = load(from.versionId());
          StoredVersion revision =
              insert(
                  content.withVersion(new VersionInfo(next, PlanStatus.DRAFT, List.of())),
                  user,
                  fromNumber);
          if (followsCouncil(from.versionId())) {
            // a revision of a plan that follows the council's goals follows them too
            jdbc.sql("update plan_version set follows_council = true where id = ?")
                .param(revision.versionId())
                .update();
          }
          audit.record(
              user,
              planId,
              next,
              "REVISION_STARTED",
              "Version " + next,
              null,
              "from version " + fromNumber);
          return revision;
        });
  }
}
