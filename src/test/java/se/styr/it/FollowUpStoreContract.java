package se.styr.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.styr.followup.AreaEconomy;
import se.styr.followup.CommitmentEntry;
import se.styr.followup.OccasionStatus;
import se.styr.followup.ProjectEconomy;
import se.styr.followup.report.FollowUpReport;
import se.styr.followup.report.FollowUpReportFile;
import se.styr.followup.report.FollowUpStore;
import se.styr.followup.report.PlanReference;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanStore;
import se.styr.shared.Status;
import se.styr.shared.StyrException;
import se.styr.version.Decision;
import se.styr.version.Versions;

/** What the follow-up store must do on every database Styr supports. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "styr.demo.load=false")
abstract class FollowUpStoreContract {
  private static final PlanReference LERUM_2 =
      new PlanReference("1441", "stod-och-omsorgsnamnden", 2024, 2);

  @Autowired PlanStore plans;
  @Autowired Versions versions;
  @Autowired FollowUpStore followUps;
  @Autowired JdbcClient jdbc;
  @Autowired se.styr.followup.report.LedgerMappings mappings;

  private PlanDocument lerum;
  private long planId;
  private long versionId;

  @BeforeEach
  void lerum() {
    lerum = PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml"));
    if (versions.plan("1441", "stod-och-omsorgsnamnden", 2024).isEmpty()) {
      plans.store(lerum, "test");
    }
    planId = versions.plan("1441", "stod-och-omsorgsnamnden", 2024).orElseThrow().planId();
    versionId = versions.version(planId, 2).orElseThrow().versionId();
  }

  /** The test report under an occasion key of its own, so that tests do not meet each other. */
  private FollowUpReport report(String key) throws IOException {
    String file =
        Files.readString(
                Path.of("src/test/resources/followup/lerum-t1-2024.yaml"), StandardCharsets.UTF_8)
            .replace("key: t1-2024", "key: " + key);
    return FollowUpReportFile.read(key + ".yaml", file, lerum);
  }

  @Test
  void storesAReportAndGivesItBackAsItWasWritten() throws IOException {
    FollowUpReport report = report("t1-lagrad");
    FollowUpStore.StoredOccasion stored = followUps.store(report, planId, versionId, "anna");
    assertThat(stored.status()).isEqualTo(OccasionStatus.OPEN);
    FollowUpReport loaded = followUps.load(stored.id(), LERUM_2);
    assertThat(loaded).isEqualTo(report);
    assertThat(FollowUpReportFile.write(loaded)).isEqualTo(FollowUpReportFile.write(report));
    assertThat(followUps.occasions(versionId)).extracting(o -> o.key()).contains("t1-lagrad");
    assertThatThrownBy(() -> followUps.store(report, planId, versionId, "anna"))
        .isInstanceOf(StyrException.class)
        .hasMessageContaining("is stored already");
  }

  @Test
  void storesControlResultsAndIndicatorValuesAsTheyWereReported() throws IOException {
    String file =
        Files.readString(Path.of("demo/followup/lerum-delar-2024.yaml"), StandardCharsets.UTF_8)
            .replace("key: delar-2024", "key: delar-kontroller");
    FollowUpReport report = FollowUpReportFile.read("delar.yaml", file, lerum);
    FollowUpStore.StoredOccasion stored = followUps.store(report, planId, versionId, "anna");
    FollowUpReport loaded = followUps.load(stored.id(), LERUM_2);
    assertThat(loaded.controls()).hasSize(4);
    assertThat(loaded.assessments()).hasSize(5);
    assertThat(loaded.budgetChanges())
        .extracting(se.styr.followup.BudgetChange::kind)
        .containsExactly(se.styr.followup.BudgetChange.Kind.REALLOCATION);
    assertThat(FollowUpReportFile.write(loaded)).isEqualTo(file);
  }

  @Test
  void storesWhatALedgerGaveEveryAreaInOneStepAndNothingOnceRefused() throws IOException {
    FollowUpStore.StoredOccasion stored =
        followUps.store(report("t1-huvudbok"), planId, versionId, "anna");
    FollowUpReport before = followUps.load(stored.id(), LERUM_2);
    List<AreaEconomy> areas =
        before.economy().stream()
            .map(
                a ->
                    a.withOutcome(new java.math.BigDecimal("-1.234567"), a.outcomeToDateLastYear()))
            .toList();

    int next =
        followUps.saveAreas(
            stored.id(), areas, List.of(), 0, "anna", "FOLLOW_UP_LEDGER_IMPORTED", "huvudbok.se");

    assertThat(next).isEqualTo(1);
    FollowUpReport after = followUps.load(stored.id(), LERUM_2);
    assertThat(after.economy())
        .extracting(AreaEconomy::area)
        .containsExactlyElementsOf(before.economy().stream().map(AreaEconomy::area).toList());
    assertThat(after.economy())
        .allSatisfy(a -> assertThat(a.outcomeToDate()).isEqualByComparingTo("-1.234567"));
    assertThat(after.economy().get(0).forecast()).isEqualTo(before.economy().get(0).forecast());
    // a stale version stores nothing, not even the first area
    List<AreaEconomy> again =
        areas.stream().map(a -> a.withOutcome(java.math.BigDecimal.ONE, null)).toList();
    assertThatThrownBy(
            () ->
                followUps.saveAreas(
                    stored.id(), again, List.of(), 0, "anna", "FOLLOW_UP_LEDGER_IMPORTED", "x"))
        .isInstanceOf(StyrException.class);
    assertThat(followUps.load(stored.id(), LERUM_2).economy())
        .allSatisfy(a -> assertThat(a.outcomeToDate()).isEqualByComparingTo("-1.234567"));
  }

  @Test
  void theDatabaseRefusesABudgetChangeOfNoKnownKindOrAReallocationWithoutBothAreas()
      throws IOException {
    FollowUpStore.StoredOccasion stored =
        followUps.store(report("t1-slag"), planId, versionId, "anna");
    String insert =
        "insert into follow_up_budget_change (occasion_id, position, from_area, to_area, amount,"
            + " decided, reason, kind) values (?, ?, ?, 'halsa', 1, date '2024-03-01', 'x', ?)";
    jdbc.sql(insert).params(stored.id(), 0, null, "volume").update();
    assertThatThrownBy(() -> jdbc.sql(insert).params(stored.id(), 1, null, "volym").update())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.sql(insert).params(stored.id(), 2, null, "reallocation").update())
        .isInstanceOf(DataAccessException.class);
    jdbc.sql(insert).params(stored.id(), 3, "arbetsliv", "reallocation").update();
    assertThat(followUps.load(stored.id(), LERUM_2).budgetChanges())
        .extracting(se.styr.followup.BudgetChange::kind)
        .containsExactly(
            se.styr.followup.BudgetChange.Kind.VOLUME,
            se.styr.followup.BudgetChange.Kind.REALLOCATION);
  }

  @Test
  void storesInvestmentsAndCommitmentsAndReplacesEachWhileOpenButNeverOnceClosed()
      throws IOException {
    FollowUpReport t1 = report("t1-investeringar");
    FollowUpReport report =
        new FollowUpReport(
            false,
            t1.plan(),
            t1.occasion(),
            OccasionStatus.OPEN,
            null,
            1,
            null,
            t1.unit(),
            t1.economy(),
            t1.indicators(),
            t1.controls(),
            "mkr",
            List.of(
                new ProjectEconomy(
                    "digitala-las", "Digitala lås", new BigDecimal("2.5"), null, null, null)),
            List.of(
                new CommitmentEntry(
                    CommitmentEntry.Kind.DIRECTION,
                    "valfardsteknologi",
                    Status.ONGOING,
                    "Digital tillsyn nattetid.")));
    FollowUpStore.StoredOccasion stored = followUps.store(report, planId, versionId, "anna");
    assertThat(followUps.load(stored.id(), LERUM_2)).isEqualTo(report);
    int next =
        followUps.saveProject(
            stored.id(),
            new ProjectEconomy(
                "digitala-las",
                "Digitala lås",
                new BigDecimal("2.5"),
                new BigDecimal("0.8"),
                new BigDecimal("2.1"),
                "Billigare upphandling."),
            stored.lockVersion(),
            "bertil");
    next =
        followUps.saveCommitment(
            stored.id(),
            new CommitmentEntry(
                CommitmentEntry.Kind.DIRECTION,
                "fast-omsorgskontakt",
                Status.POSTPONED,
                "Väntar på nytt schemasystem."),
            next,
            "cecilia");
    next =
        followUps.saveCommitment(
            stored.id(),
            new CommitmentEntry(
                CommitmentEntry.Kind.DIRECTION, "valfardsteknologi", Status.DONE, null),
            next,
            "cecilia");
    FollowUpReport loaded = followUps.load(stored.id(), LERUM_2);
    assertThat(loaded.investments())
        .singleElement()
        .satisfies(p -> assertThat(p.forecast()).isEqualByComparingTo("2.1"));
    // replaced in its place, the new one last
    assertThat(loaded.commitments())
        .extracting(CommitmentEntry::key, CommitmentEntry::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("valfardsteknologi", Status.DONE),
            org.assertj.core.groups.Tuple.tuple("fast-omsorgskontakt", Status.POSTPONED));
    int stale = next - 1;
    assertThatThrownBy(
            () ->
                followUps.saveProject(
                    stored.id(),
                    ProjectEconomy.budgeted("digitala-las", null, null),
                    stale,
                    "david"))
        .hasMessageContaining("has changed since you read it")
        .hasMessageContaining("cecilia");
    int reported =
        followUps.advance(
            stored.id(),
            OccasionStatus.REPORTED,
            new Decision(LocalDate.of(2024, 5, 21), "§ 41", null, null, List.of(), null),
            next,
            "anna");
    assertThatThrownBy(
            () ->
                followUps.saveCommitment(
                    stored.id(),
                    new CommitmentEntry(
                        CommitmentEntry.Kind.DIRECTION, "valfardsteknologi", Status.ONGOING, null),
                    reported,
                    "cecilia"))
        .hasMessageContaining("no longer open for entries");
    // the database itself refuses, not only the store
    assertThatThrownBy(
            () ->
                jdbc.sql("update follow_up_project set forecast = 0 where occasion_id = ?")
                    .param(stored.id())
                    .update())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(
            () ->
                jdbc.sql("delete from follow_up_commitment where occasion_id = ?")
                    .param(stored.id())
                    .update())
        .isInstanceOf(DataAccessException.class);
  }

  @Test
  void takesAnEntryThatNamesTheVersionItReadAndRefusesAStaleOne() throws IOException {
    FollowUpStore.StoredOccasion stored =
        followUps.store(report("t1-ny"), planId, versionId, "anna");
    AreaEconomy entry =
        AreaEconomy.budgeted("myndighet", null, null)
            .withOutcome(new BigDecimal("-70.4"), null)
            .withForecast(new BigDecimal("-224.5"), "Fler placeringar än budgeterat.");
    int next = followUps.saveArea(stored.id(), entry, stored.lockVersion(), "bertil");
    assertThat(next).isEqualTo(stored.lockVersion() + 1);
    assertThat(followUps.load(stored.id(), LERUM_2).economy())
        .extracting(AreaEconomy::area)
        .containsExactly("aldreboende", "hemtjanst", "myndighet");
    assertThatThrownBy(
            () -> followUps.saveArea(stored.id(), entry, stored.lockVersion(), "cecilia"))
        .isInstanceOf(StyrException.class)
        .hasMessageContaining("has changed since you read it")
        .hasMessageContaining("bertil");
  }

  @Test
  void aClosedOccasionNeverChangesAgainWhateverProgramWrites() throws IOException {
    FollowUpStore.StoredOccasion stored =
        followUps.store(report("t1-stangd"), planId, versionId, "anna");
    assertThatThrownBy(
            () ->
                followUps.advance(
                    stored.id(), OccasionStatus.CLOSED, null, stored.lockVersion(), "anna"))
        .hasMessageContaining("cannot go from OPEN to CLOSED");
    int reported =
        followUps.advance(
            stored.id(),
            OccasionStatus.REPORTED,
            new Decision(LocalDate.of(2024, 5, 21), "§ 41", "SON 2024/88", null, List.of(), null),
            stored.lockVersion(),
            "anna");
    assertThatThrownBy(
            () ->
                followUps.saveArea(
                    stored.id(), AreaEconomy.budgeted("halsa", null, null), reported, "bertil"))
        .hasMessageContaining("no longer open for entries");
    followUps.advance(stored.id(), OccasionStatus.CLOSED, null, reported, "anna");
    assertThat(followUps.load(stored.id(), LERUM_2).reported().paragraph()).isEqualTo("§ 41");
    // the database itself refuses, not only the store
    assertThatThrownBy(
            () ->
                jdbc.sql("update follow_up_occasion set title = 'x' where id = ?")
                    .param(stored.id())
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(
            () ->
                jdbc.sql("update follow_up_area set forecast = 0 where occasion_id = ?")
                    .param(stored.id())
                    .update())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "insert into follow_up_area (occasion_id, area_key, position) values (?,"
                            + " 'halsa', 9)")
                    .param(stored.id())
                    .update())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(
            () ->
                jdbc.sql("delete from follow_up_measure where occasion_id = ?")
                    .param(stored.id())
                    .update())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(
            () ->
                jdbc.sql("update follow_up_indicator set figure = 1 where occasion_id = ?")
                    .param(stored.id())
                    .update())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "insert into follow_up_assessment (occasion_id, subject_kind, subject_key,"
                            + " position, result, assessed_by, justification) values (?, 'GOAL',"
                            + " 'nara-vard', 0, 'MET', 'x', 'y')")
                    .param(stored.id())
                    .update())
        .isInstanceOf(DataAccessException.class);
  }

  @Test
  void anOccasionsStatusNeverGoesBackInTheDatabase() throws IOException {
    FollowUpStore.StoredOccasion stored =
        followUps.store(report("t1-tillbaka"), planId, versionId, "anna");
    followUps.advance(
        stored.id(),
        OccasionStatus.REPORTED,
        new Decision(LocalDate.of(2024, 5, 21), "§ 42", null, null, List.of(), null),
        stored.lockVersion(),
        "anna");
    assertThatThrownBy(
            () ->
                jdbc.sql("update follow_up_occasion set status = 'OPEN' where id = ?")
                    .param(stored.id())
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("cannot go back");
  }

  @Test
  void aLedgerMappingChangeIsANewVersionCheckedAgainstThePlanAndAStaleOneIsRefused() {
    se.styr.followup.report.LedgerMappings.Version before = mappings.current(planId, lerum);
    se.styr.followup.LedgerMapping changed =
        new se.styr.followup.LedgerMapping(
            false,
            null,
            null,
            java.util.stream.Stream.concat(
                    before.mapping().areas().stream(),
                    java.util.stream.Stream.of(
                        new se.styr.followup.LedgerRule(
                            "ledning",
                            List.of(),
                            java.util.Map.of(
                                1, List.of(se.styr.followup.CodePattern.parse("9100"))))))
                .toList(),
            List.of());
    se.styr.followup.report.LedgerMappings.Version saved =
        mappings.save(planId, lerum, changed, before.version(), "Nytt ansvar 9100", "anna");
    assertThat(saved.version()).isEqualTo(before.version() + 1);
    assertThat(mappings.current(planId, lerum).mapping()).isEqualTo(changed);
    assertThat(mappings.current(planId, lerum).changedBy()).isEqualTo("anna");
    assertThat(mappings.history(planId).get(0).reason()).isEqualTo("Nytt ansvar 9100");
    assertThat(mappings.planOf(versionId)).isEqualTo(planId);
    // another change made from the version before is refused, and nothing is stored
    assertThatThrownBy(
            () -> mappings.save(planId, lerum, before.mapping(), before.version(), null, "bo"))
        .isInstanceOf(StyrException.class)
        .hasMessageContaining("changed while you worked");
    // an area the plan does not have is refused, naming it
    se.styr.followup.LedgerMapping unknown =
        new se.styr.followup.LedgerMapping(
            false,
            null,
            null,
            List.of(new se.styr.followup.LedgerRule("skola", List.of(), java.util.Map.of())),
            List.of());
    assertThatThrownBy(() -> mappings.save(planId, lerum, unknown, saved.version(), null, "anna"))
        .isInstanceOf(se.styr.shared.RuleViolation.class)
        .hasMessageContaining("skola");
    assertThat(mappings.current(planId, lerum).version()).isEqualTo(saved.version());
  }
}
