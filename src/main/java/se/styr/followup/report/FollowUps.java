package se.styr.followup.report;

import java.util.List;
import org.springframework.stereotype.Component;
import se.styr.followup.AreaEconomy;
import se.styr.followup.OccasionEconomy;
import se.styr.followup.OccasionStatus;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.shared.RuleViolation;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.Decision;

/**
 * The follow-up of one decided plan version: its occasions, a report imported whole or not at all,
 * an area's entry checked against the plan, and each report with its economy computed. Who may do
 * what is decided by the caller (pages and API), before.
 *
 * <p>A report as computed is kept per occasion and lock version: every write to an occasion
 * advances its lock version (in the same transaction), and its plan is a decided version, which
 * never changes, so a kept report is the stored one as long as the lock version read is the same.
 * Reading the lock version is one small query; computing the report (economy, gross figures, goals
 * assessed) and the trend of the earlier occasions was most of what an occasion's page cost.
 */
@Component
public class FollowUps {
  /** Reports kept, the least recently used dropped first: a few hundred occasions in use. */
  private static final int KEPT = 256;

  private final FollowUpStore store;
  private final LedgerMappings mappings;
  private final PlanStore plans;
  private final java.util.Map<Computed, Loaded> computed =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<Computed, Loaded> eldest) {
              return size() > KEPT;
            }
          });

  /** What a computed report is kept by: the occasion as read, with its lock version. */
  private record Computed(FollowUpStore.StoredOccasion stored) {}

  public FollowUps(FollowUpStore store, PlanStore plans, LedgerMappings mappings) {
    this.store = store;
    this.plans = plans;
    this.mappings = mappings;
  }

  /** The ledger mapping ledger imports into {@code loaded}'s occasions use now (ADR 0015). */
  public LedgerMappings.Version mapping(Loaded loaded) {
    return mappings.current(mappings.planOf(loaded.stored().planVersionId()), loaded.plan());
  }

  /** A stored report with its economy and its goals assessed at the occasion. */
  public record Loaded(
      FollowUpStore.StoredOccasion stored,
      FollowUpReport report,
      OccasionEconomy economy,
      se.styr.goals.Assessor.Report goals,
      PlanDocument plan,
      OccasionEconomy investments,
      OccasionGross gross) {}

  /** The decided plan a version's follow-ups follow up (kept in memory once loaded). */
  public PlanDocument plan(long versionId) {
    return plans.load(versionId);
  }

  public List<FollowUpStore.StoredOccasion> occasions(long versionId) {
    return store.occasions(versionId);
  }

  /** Reads {@code text} as a report of the decided version and stores it, or nothing. */
  public FollowUpStore.StoredOccasion importReport(
      long planId, long versionId, boolean decided, String name, String text, String user) {
    if (!decided) {
      throw StyrException.conflict(Text.of("followup.error.draft"));
    }
    PlanDocument plan = plans.load(versionId);
    FollowUpReport report = FollowUpReportFile.read(name, text, plan);
    return store.store(report, planId, versionId, user);
  }

  /**
   * Opens {@code occasion} on the decided version: an empty report in the unit of the plan's
   * budget, each area carrying the forecast of the latest earlier occasion as its previous one.
   */
  public FollowUpStore.StoredOccasion open(
      long planId,
      long versionId,
      boolean decided,
      se.styr.followup.Occasion occasion,
      String user) {
    if (!decided) {
      throw StyrException.conflict(Text.of("followup.error.draft"));
    }
    PlanDocument plan = plans.load(versionId);
    if (occasion.year() != plan.header().period().budgetYear()) {
      throw StyrException.rule(
          Text.of(
              "followup.report.occasionYear",
              occasion.periodEnd(),
              plan.header().period().budgetYear()));
    }
    List<AreaEconomy> carried = new java.util.ArrayList<>();
    List<se.styr.followup.BudgetChange> changes = new java.util.ArrayList<>();
    store.occasions(versionId).stream()
        .filter(o -> !o.key().equals(occasion.key()))
        .map(o -> store.load(o.id(), PlanReference.of(plan)))
        .filter(r -> r.occasion().periodEnd().isBefore(occasion.periodEnd()))
        .max(
            java.util.Comparator.comparing((FollowUpReport r) -> r.occasion().periodEnd())
                .thenComparingInt(FollowUpReport::version))
        .ifPresent(
            earlier -> {
              changes.addAll(earlier.budgetChanges());
              earlier.economy().stream()
                  .filter(a -> a.forecast() != null)
                  .forEach(
                      a ->
                          carried.add(
                              new AreaEconomy(
                                  a.area(),
                                  null,
                                  a.budget(),
                                  a.periodisation(),
                                  null,
                                  null,
                                  a.outcomeLastYear(),
                                  null,
                                  a.forecast(),
                                  null,
                                  null)));
            });
    FollowUpReport report =
        new FollowUpReport(
            false,
            PlanReference.of(plan),
            occasion,
            OccasionStatus.OPEN,
            null,
            1,
            null,
            AreaBudgets.of(plan, plan.header().period().budgetYear()).unit(),
            carried,
            List.of(),
            null,
            ProjectBudgets.of(plan, plan.header().period().budgetYear()).unit(),
            List.of(),
            List.of(),
            changes);
    return store.store(report, planId, versionId, user);
  }

  /** Occasion {@code id} of the version, with its economy; 404 if it belongs to another. */
  public Loaded load(long versionId, long id) {
    FollowUpStore.StoredOccasion stored =
        store
            .occasion(id)
            .filter(o -> o.planVersionId() == versionId)
            .orElseThrow(() -> StyrException.notFound(Text.of("followup.store.noOccasion", id)));
    return loaded(stored);
  }

  /**
   * The report of {@code stored} computed, kept while its lock version stands. Two requests may
   * compute the same report at once; both get the same figures.
   */
  private Loaded loaded(FollowUpStore.StoredOccasion stored) {
    Computed key = new Computed(stored);
    Loaded kept = computed.get(key);
    if (kept != null) {
      return kept;
    }
    PlanDocument plan = plans.load(stored.planVersionId());
    FollowUpReport report = store.load(stored.id(), PlanReference.of(plan));
    OccasionEconomy economy = ReportEconomy.of(report, plan);
    Loaded loaded =
        new Loaded(
            stored,
            report,
            economy,
            ReportGoals.assess(report, plan),
            plan,
            ReportEconomy.investments(report, plan),
            ReportEconomy.gross(report, plan, economy));
    computed.put(key, loaded);
    return loaded;
  }

  /** A goal's result at an earlier occasion of the same plan version. */
  public record Earlier(String occasion, se.styr.goals.Assessment assessment) {}

  /**
   * Each goal's and indicator's results at the occasions of the version that end before {@code
   * loaded}'s (the latest report version of each), oldest first: the trend a report shows (T1
   * partly met, delår met).
   */
  public java.util.Map<String, List<Earlier>> trend(Loaded loaded) {
    java.util.Map<String, FollowUpStore.StoredOccasion> latest = new java.util.LinkedHashMap<>();
    for (FollowUpStore.StoredOccasion o : store.occasions(loaded.stored().planVersionId())) {
      latest.merge(o.key(), o, (a, b) -> a.reportVersion() >= b.reportVersion() ? a : b);
    }
    java.util.Map<String, List<Earlier>> trend = new java.util.HashMap<>();
    latest.values().stream()
        .filter(o -> o.id() != loaded.stored().id())
        .map(this::loaded)
        .filter(
            l -> l.report().occasion().periodEnd().isBefore(loaded.report().occasion().periodEnd()))
        .filter(l -> l.report().occasion().covers(se.styr.followup.Coverage.GOALS))
        .sorted(java.util.Comparator.comparing(l -> l.report().occasion().periodEnd()))
        .forEach(
            l ->
                java.util.stream.Stream.concat(
                        l.goals().goals().stream(), l.goals().indicators().stream())
                    .forEach(
                        a ->
                            trend
                                .computeIfAbsent(a.subject(), k -> new java.util.ArrayList<>())
                                .add(new Earlier(l.report().occasion().title(), a))));
    return trend;
  }

  /** Saves an indicator's value for a period after checking it against the plan and occasion. */
  public Loaded saveIndicator(
      long versionId, long id, IndicatorEntry entry, int lockVersion, String user) {
    Loaded loaded = load(versionId, id);
    requireAgrees(
        loaded,
        loaded.report().withEntries(List.of(), List.of(entry), List.of(), List.of(), List.of()));
    store.saveIndicator(id, entry, lockVersion, user);
    return load(versionId, id);
  }

  /** Saves an area's entry after checking it against the plan (422 naming the problem). */
  public Loaded saveArea(long versionId, long id, AreaEconomy entry, int lockVersion, String user) {
    Loaded loaded = load(versionId, id);
    requireAgrees(
        loaded,
        loaded.report().withEntries(List.of(entry), List.of(), List.of(), List.of(), List.of()));
    store.saveArea(id, entry, lockVersion, user);
    return load(versionId, id);
  }

  /**
   * The occasion's economy as it would be with {@code entry} in place of its area's, nothing
   * stored: what the entry form shows while the forecaster types.
   */
  public OccasionEconomy preview(Loaded loaded, AreaEconomy entry) {
    return ReportEconomy.of(loaded.report().withArea(entry), loaded.plan());
  }

  /** Saves a control's result after checking it against the plan's controls and the occasion. */
  public Loaded saveControl(
      long versionId,
      long id,
      se.styr.followup.ControlResult result,
      int lockVersion,
      String user) {
    Loaded loaded = load(versionId, id);
    requireAgrees(
        loaded,
        loaded.report().withEntries(List.of(), List.of(), List.of(result), List.of(), List.of()));
    store.saveControl(id, result, lockVersion, user);
    return load(versionId, id);
  }

  /** Saves an investment project's entry after checking it against the plan's projects. */
  public Loaded saveProject(
      long versionId,
      long id,
      se.styr.followup.ProjectEconomy entry,
      int lockVersion,
      String user) {
    Loaded loaded = load(versionId, id);
    requireAgrees(
        loaded,
        loaded.report().withEntries(List.of(), List.of(), List.of(), List.of(entry), List.of()));
    store.saveProject(id, entry, lockVersion, user);
    return load(versionId, id);
  }

  /**
   * Replaces the occasion's budget changes after checking them against the plan's areas and the
   * occasion's period (422 naming each problem).
   */
  public Loaded saveBudgetChanges(
      long versionId,
      long id,
      List<se.styr.followup.BudgetChange> changes,
      int lockVersion,
      String user) {
    Loaded loaded = load(versionId, id);
    requireAgrees(
        loaded,
        loaded
            .report()
            .withEntries(List.of(), List.of(), List.of(), List.of(), List.of())
            .withBudgetChanges(changes));
    store.saveBudgetChanges(id, changes, lockVersion, user);
    return load(versionId, id);
  }

  /** Saves an operational measure's count after checking the measure and period. */
  public Loaded saveCount(
      long versionId, long id, se.styr.followup.MeasureCount count, int lockVersion, String user) {
    Loaded loaded = load(versionId, id);
    requireAgrees(loaded, loaded.report().withCounts(List.of(count), List.of()));
    store.saveCount(id, count, lockVersion, user);
    return load(versionId, id);
  }

  /** Saves a provider's follow-up after checking the provider and the day. */
  public Loaded saveProvider(
      long versionId,
      long id,
      se.styr.followup.ProviderResult result,
      int lockVersion,
      String user) {
    Loaded loaded = load(versionId, id);
    requireAgrees(loaded, loaded.report().withCounts(List.of(), List.of(result)));
    store.saveProvider(id, result, lockVersion, user);
    return load(versionId, id);
  }

  /** Saves where a commitment stands after checking that the plan has it. */
  public Loaded saveCommitment(
      long versionId,
      long id,
      se.styr.followup.CommitmentEntry entry,
      int lockVersion,
      String user) {
    Loaded loaded = load(versionId, id);
    requireAgrees(
        loaded,
        loaded.report().withEntries(List.of(), List.of(), List.of(), List.of(), List.of(entry)));
    store.saveCommitment(id, entry, lockVersion, user);
    return load(versionId, id);
  }

  /**
   * Corrects a closed report: a new report version of the same occasion with the same entries, open
   * for entries again, with the reason (required); the closed version stays as it was. Only the
   * latest version of a closed occasion is corrected.
   */
  public FollowUpStore.StoredOccasion correct(
      long planId, long versionId, long id, String reason, String user) {
    Loaded loaded = load(versionId, id);
    if (loaded.report().status() != se.styr.followup.OccasionStatus.CLOSED) {
      throw StyrException.conflict(Text.of("followup.error.correctOpen"));
    }
    int latest =
        store.occasions(versionId).stream()
            .filter(o -> o.key().equals(loaded.stored().key()))
            .mapToInt(FollowUpStore.StoredOccasion::reportVersion)
            .max()
            .orElse(loaded.report().version());
    if (latest != loaded.report().version()) {
      throw StyrException.conflict(Text.of("followup.error.correctLatest", latest));
    }
    FollowUpReport corrected =
        RuleViolation.whenBuilding(() -> loaded.report().correction(latest + 1, reason));
    requireAgrees(loaded, corrected);
    return store.store(corrected, planId, versionId, user);
  }

  /**
   * Saves a person's assessment of a goal or indicator for the occasion's year after checking that
   * the plan has it and the occasion covers the goals.
   */
  public Loaded saveAssessment(
      long versionId, long id, se.styr.goals.ManualAssessment made, int lockVersion, String user) {
    Loaded loaded = load(versionId, id);
    requireAgrees(loaded, loaded.report().withAssessments(List.of(made)));
    store.saveAssessment(id, made, lockVersion, user);
    return load(versionId, id);
  }

  /**
   * The goal an assessment concerns, which decides who may make it: the goal itself, or an
   * indicator's goal.
   */
  public static String goalOf(PlanDocument plan, se.styr.goals.ManualAssessment made) {
    if (!made.ofIndicator()) {
      return made.subject();
    }
    return plan.goals().indicators().stream()
        .filter(i -> i.key().equals(made.subject()))
        .map(se.styr.goals.Indicator::goal)
        .findFirst()
        .orElse(null);
  }

  /**
   * The goal a commitment serves, which decides who may report it: an activity's goal, an action
   * plan's goal; null for assignments and priority directions, which the controller reports.
   */
  public static String goalOf(PlanDocument plan, se.styr.followup.CommitmentEntry entry) {
    return PlanCommitments.of(plan.goals(), entry).map(PlanCommitments.Planned::goal).orElse(null);
  }

  /**
   * Refuses entries ({@code changed}: the occasion with only them) that do not agree with the plan
   * and the occasion ({@link ReportRules}), naming each problem (422).
   */
  /** What a ledger import did: the changes, what no area took, and the report as it is now. */
  public record LedgerImported(
      se.styr.imports.ledger.LedgerImport.Result result,
      se.styr.imports.sie.SieSummary file,
      se.styr.imports.ledger.LedgerOutcome outcome,
      Loaded loaded) {}

  /**
   * Reads a SIE file ({@code ledger}, named {@code file}) into an open occasion by the plan's
   * ledger mapping: the year's own file gives each mapped area's and project's outcome to date,
   * last year's the outcome the same day last year and each area's monthly profile. The whole file
   * is read and checked before anything is stored, and all of it is stored in one transaction (a
   * bad file, a plan without a mapping, a file of another year or a stale lock version: nothing).
   */
  public LedgerImported importLedger(
      long versionId,
      long id,
      java.io.InputStream ledger,
      String file,
      se.styr.imports.ledger.LedgerImport.Year year,
      int lockVersion,
      String user) {
    Loaded loaded = load(versionId, id);
    PlanDocument plan = loaded.plan();
    LedgerMappings.Version version = mapping(loaded);
    se.styr.followup.LedgerMapping mapping = version.mapping();
    if (mapping.isEmpty()) {
      throw se.styr.shared.StyrException.rule(Text.of("ledger.noMapping"));
    }
    FollowUpReport report = loaded.report();
    if (!report.occasion().covers(se.styr.followup.Coverage.ECONOMY)) {
      throw se.styr.shared.StyrException.rule(
          Text.of("ledger.noEconomy", report.occasion().title()));
    }
    java.time.LocalDate until =
        year == se.styr.imports.ledger.LedgerImport.Year.CURRENT
            ? report.occasion().periodEnd()
            : report.occasion().periodEnd().minusYears(1);
    se.styr.imports.ledger.LedgerOutcome outcome =
        new se.styr.imports.ledger.LedgerOutcome(mapping, until);
    se.styr.imports.sie.SieSummary summary =
        se.styr.imports.sie.SieReader.read(ledger, file, outcome);
    outcome.finish();
    if (outcome.yearStart() != null
        && (until.isBefore(outcome.yearStart()) || until.isAfter(outcome.yearEnd()))) {
      throw se.styr.shared.StyrException.rule(
          Text.of(
              "ledger.wrongYear",
              file,
              outcome.yearStart().toString(),
              outcome.yearEnd().toString(),
              until.toString()));
    }
    se.styr.imports.ledger.LedgerImport.Result result;
    try {
      result =
          se.styr.imports.ledger.LedgerImport.apply(
              mapping,
              report.economy(),
              report.investments(),
              outcome,
              report.unit() != null
                  ? report.unit()
                  : AreaBudgets.of(plan, report.occasion().year()).unit(),
              ReportEconomy.rules(plan).sign(),
              year,
              gross(plan, report.occasion().year()));
    } catch (se.styr.shared.InvalidValueException e) {
      throw se.styr.shared.StyrException.rule(e.text());
    }
    requireAgrees(
        loaded,
        report.withEntries(result.areas(), List.of(), List.of(), result.projects(), List.of()));
    store.saveAreas(
        id,
        result.areas(),
        result.projects(),
        lockVersion,
        user,
        "FOLLOW_UP_LEDGER_IMPORTED",
        file
            + ": "
            + result.changes().size()
            + " / "
            + result.unmapped().size()
            + (version.fromPlanFile() ? "" : " (mapping version " + version.version() + ")"));
    return new LedgerImported(result, summary, outcome, load(versionId, id));
  }

  /**
   * The occasion's workbook in {@code form} (the forecast workbook, the economy, investment or
   * gross table) with the rows {@code reporter} writes.
   */
  public byte[] workbook(
      Loaded loaded,
      OccasionWorkbooks.Reporter reporter,
      se.styr.imports.excel.ForecastWorkbook.Form form) {
    return OccasionWorkbooks.write(loaded, reporter, form);
  }

  /** What a filled workbook changes, and the report as it is now (stored or not). */
  public record ForecastsRead(
      List<OccasionWorkbooks.Change> changes, boolean stored, Loaded loaded) {}

  /**
   * Reads a filled workbook (any of {@link se.styr.imports.excel.ForecastWorkbook.Form}) into an
   * open occasion: every row's written figures and comment as the workbook gives them, for the rows
   * {@code reporter} lets the caller write (any other is refused at its cell). With {@code save}
   * false nothing is stored and the answer says what would change; with it, every changed area and
   * project is stored in one transaction.
   */
  public ForecastsRead importForecasts(
      long versionId,
      long id,
      java.io.InputStream workbook,
      String file,
      OccasionWorkbooks.Reporter reporter,
      boolean save,
      int lockVersion,
      String user) {
    Loaded loaded = load(versionId, id);
    FollowUpReport report = loaded.report();
    if (!report.status().takesEntries()) {
      throw StyrException.conflict(Text.of("followup.store.notOpen", report.occasion().title()));
    }
    if (!report.occasion().covers(se.styr.followup.Coverage.ECONOMY)) {
      throw se.styr.shared.StyrException.rule(
          Text.of("ledger.noEconomy", report.occasion().title()));
    }
    List<se.styr.imports.excel.ForecastWorkbook.Entry> entries =
        se.styr.imports.excel.ForecastWorkbook.read(
            workbook, file, OccasionWorkbooks.keys(loaded, reporter));
    OccasionWorkbooks.Changes changes = OccasionWorkbooks.changes(report, entries);
    requireAgrees(
        loaded,
        report.withEntries(changes.areas(), List.of(), List.of(), changes.projects(), List.of()));
    if (!save || changes.changes().isEmpty()) {
      return new ForecastsRead(changes.changes(), false, loaded);
    }
    store.saveAreas(
        id,
        changes.areas(),
        changes.projects(),
        lockVersion,
        user,
        "FOLLOW_UP_FORECASTS_IMPORTED",
        file);
    return new ForecastsRead(changes.changes(), true, load(versionId, id));
  }

  /** The areas the plan budgets gross for the year, and how its gross table signs them. */
  private static se.styr.imports.ledger.LedgerImport.Gross gross(PlanDocument plan, int year) {
    GrossBudgets budgets = GrossBudgets.of(plan, year);
    java.util.Set<String> areas = new java.util.LinkedHashSet<>(budgets.revenue().keySet());
    areas.addAll(budgets.cost().keySet());
    return new se.styr.imports.ledger.LedgerImport.Gross(
        areas, budgets.revenueNegated(), budgets.costNegated());
  }

  private static void requireAgrees(Loaded loaded, FollowUpReport changed) {
    List<se.styr.shared.RuleProblem> problems = ReportRules.check(changed, loaded.plan());
    if (!problems.isEmpty()) {
      throw new RuleViolation(problems);
    }
  }

  public Loaded advance(
      long versionId,
      long id,
      OccasionStatus next,
      Decision decision,
      int lockVersion,
      String user) {
    load(versionId, id);
    store.advance(id, next, decision, lockVersion, user);
    return load(versionId, id);
  }
}
