package se.styr.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.StaleTableException;
import se.styr.budget.TableEditing;
import se.styr.budget.TableRow;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanFileWriter;
import se.styr.plan.PlanFiles;
import se.styr.plan.PlanStore;
import se.styr.plan.SeedFigures;
import se.styr.security.Caller;
import se.styr.security.Grant;
import se.styr.shared.ErrorCode;
import se.styr.shared.RuleViolation;
import se.styr.shared.StyrException;
import se.styr.version.Decision;
import se.styr.version.PlanHeader;
import se.styr.version.PlanStatus;
import se.styr.version.VersionInfo;
import se.styr.version.Versions;

/** What the plan store must do on every database Styr supports; subclasses choose the database. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "styr.demo.load=false")
abstract class PlanStoreContract {
  @Autowired PlanStore plans;

  @Autowired Versions versions;
  @Autowired TableEditing editing;
  @Autowired JdbcClient jdbc;

  static Iterable<String> seedPlans() {
    return SeedFigures.PLANS;
  }

  private static String demoFile(String name) throws IOException {
    return Files.readString(Path.of("demo", name + ".yaml"), StandardCharsets.UTF_8);
  }

  /**
   * A copy of the small test plan under its own municipality code, so tests do not meet each other.
   */
  private static PlanDocument testPlan(String code) {
    return PlanFileReader.read("test", PlanFiles.VALID.replace("\"1488\"", "\"" + code + "\""));
  }

  @ParameterizedTest
  @MethodSource("seedPlans")
  void storesEachSeedPlanAndGivesItBackUnchanged(String name) throws IOException {
    String file = demoFile(name);
    PlanDocument plan = PlanFileReader.read(name, file);
    PlanStore.StoredVersion stored = plans.store(plan, "test");

    PlanDocument loaded = plans.load(stored.versionId());
    assertThat(loaded).isEqualTo(plan);
    assertThat(PlanFileWriter.write(loaded)).isEqualTo(file);
    assertThat(SeedFigures.assertFigures(name, loaded)).isPositive();
    assertThat(loaded.findings(name)).isEqualTo(plan.findings(name));
  }

  @Test
  void storesAFrameChangesYearAndARowsParentLabel() {
    String file =
        se.styr.plan.PlanFiles.VALID
                .replace("\"1488\"", "\"0139\"")
                .replace("kind: operating_summary", "kind: frame_changes")
                .replace(
                    "{key: sabo, label: Särskilt boende, area: sabo, values: [100, 110]}",
                    "{key: sabo, label: Effektivisering, parent: Omsorgsnämnden, area: sabo,"
                        + " category: efficiency_requirement, percent: 2.5, frameYear: 2026,"
                        + " values: [100, 110]}")
            + "    relations:\n      - summa.b2024 = sabo.b2024 + 50 % * hemtjanst.b2024\n";
    PlanStore.StoredVersion stored =
        plans.store(se.styr.plan.PlanFileReader.read("ram.yaml", file), "test");
    var table = plans.load(stored.versionId()).tables().get(0);
    org.assertj.core.api.Assertions.assertThat(table.relations())
        .extracting(Object::toString)
        .containsExactly("summa.b2024 = sabo.b2024 + 50 % * hemtjanst.b2024");
    var row = table.rows().get(0);
    org.assertj.core.api.Assertions.assertThat(row.parent()).isEqualTo("Omsorgsnämnden");
    var change = row.frameChange();
    org.assertj.core.api.Assertions.assertThat(change.year()).isEqualTo(2026);
    org.assertj.core.api.Assertions.assertThat(change.percent()).isEqualByComparingTo("2.5");
  }

  @Test
  void storesFiguresAsTheSourcePrintedThemAndDashesAsNoValue() {
    String file =
        se.styr.plan.PlanFiles.VALID
            .replace("\"1488\"", "\"0138\"")
            .replace(
                "{key: sabo, label: Särskilt boende, area: sabo, values: [100, 110]}",
                "{key: sabo, label: Särskilt boende, area: sabo, values: [\"1144\", \"–\"]}");
    PlanDocument plan = se.styr.plan.PlanFileReader.read("tryckt.yaml", file);
    PlanStore.StoredVersion stored = plans.store(plan, "test");
    var loaded = plans.load(stored.versionId()).tables().get(0);
    org.assertj.core.api.Assertions.assertThat(loaded).isEqualTo(plan.tables().get(0));
    org.assertj.core.api.Assertions.assertThat(loaded.rows().get(0).cell(1).isDash()).isTrue();
  }

  @Test
  void storesAnOrganisationNamedOnlyUnderAKeyOfItsOwnAndGivesItBackWithoutCode() {
    String name = "Samordningsförbundet " + java.util.UUID.randomUUID().toString().substring(0, 8);
    String file =
        PlanFiles.VALID.replace("{code: \"1488\", name: Trollhättan}", "{name: " + name + "}");
    PlanDocument plan = PlanFileReader.read("forbund.yaml", file);
    PlanStore.StoredVersion first = plans.store(plan, "test");
    PlanDocument loaded = plans.load(first.versionId());
    assertThat(loaded.municipality().code()).matches("N\\d{3}");
    assertThat(loaded.municipality().namedOnly()).isTrue();
    assertThat(loaded.municipality().name()).isEqualTo(name);
    assertThat(PlanFileWriter.write(loaded)).contains("municipality:\n  name: " + name + "\n");
    // another committee's plan of the same organisation is stored under the same key
    PlanDocument next =
        PlanFileReader.read(
            "styrelsen.yaml", file.replace("{name: Omsorgsnämnden}", "{name: Styrelsen}"));
    PlanStore.StoredVersion second = plans.store(next, "test");
    assertThat(plans.load(second.versionId()).municipality()).isEqualTo(loaded.municipality());
    assertThat(
            jdbc.sql("select count(*) from municipality where name = ?")
                .param(name)
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  @Test
  void refusesToOverwriteAStoredVersion() {
    PlanDocument plan = testPlan("0115");
    plans.store(plan, "test");
    assertThatThrownBy(() -> plans.store(plan, "test"))
        .isInstanceOf(StyrException.class)
        .satisfies(e -> assertThat(((StyrException) e).code()).isEqualTo(ErrorCode.CONFLICT))
        .hasMessageContaining("already has a version 1");
    assertThat(
            jdbc.sql(
                    "select count(*) from plan_version v join plan p on p.id = v.plan_id join"
                        + " committee c on c.id = p.committee_id where c.municipality_code ="
                        + " '0115'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void storesNothingOfAPlanWhenAnyPartOfItFails() {
    PlanDocument plan = testPlan("0117");
    PlanHeader tooLong = new PlanHeader("x".repeat(600), plan.header().period(), null, null, null);
    PlanDocument failing =
        new PlanDocument(
            plan.municipality(),
            plan.committee(),
            tooLong,
            plan.version(),
            plan.areas(),
            plan.content(),
            plan.textFigures());
    assertThatThrownBy(() -> plans.store(failing, "test")).isInstanceOf(RuntimeException.class);
    assertThat(
            jdbc.sql("select count(*) from municipality where code = '0117'")
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from committee where municipality_code = '0117'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void decidesADraftAndRevisesItIntoANewDraft() {
    PlanStore.StoredVersion v1 = plans.store(testPlan("0120"), "test");
    versions.decide(
        v1.versionId(), Decision.on(LocalDate.of(2024, 1, 24), "§ 12", "SON23.126"), "test");
    assertThat(plans.load(v1.versionId()).version())
        .isEqualTo(
            new VersionInfo(
                1,
                PlanStatus.DECIDED,
                List.of(Decision.on(LocalDate.of(2024, 1, 24), "§ 12", "SON23.126"))));
    assertThatThrownBy(
            () -> versions.decide(v1.versionId(), Decision.on(LocalDate.now(), null, null), "test"))
        .satisfies(
            e ->
                assertThat(((StyrException) e).code())
                    .isEqualTo(ErrorCode.DECIDED_VERSION_IS_READ_ONLY));

    PlanStore.StoredVersion v2 = plans.revise(v1.planId(), 1, "anna");
    assertThat(v2.number()).isEqualTo(2);
    PlanDocument revision = plans.load(v2.versionId());
    assertThat(revision.version()).isEqualTo(new VersionInfo(2, PlanStatus.DRAFT, List.of()));
    assertThat(revision.tables()).isEqualTo(plans.load(v1.versionId()).tables());
    assertThat(versions.versions(v1.planId()))
        .extracting(v -> v.basedOn())
        .containsExactly(null, 1);
    assertThatThrownBy(() -> plans.revise(v1.planId(), 1, "bo"))
        .hasMessageContaining("still a draft");
  }

  @Test
  void changesAFigureOfADraftAndRecordsWhoChangedWhat() {
    PlanStore.StoredVersion draft = plans.store(testPlan("0123"), "test");
    var changed =
        editing.changeCell(
            draft.planId(),
            1,
            "drift",
            "sabo",
            "b2024",
            Cell.of(new BigDecimal("111")),
            0,
            controller("anna"));
    assertThat(changed.table().row("sabo").orElseThrow().cell(1).value())
        .isEqualTo(new BigDecimal("111"));
    assertThat(changed.state().lockVersion()).isEqualTo(1);
    assertThat(changed.state().changedBy()).isEqualTo("anna");
    assertThat(changed.state().changeSummary())
        .isEqualTo("'Särskilt boende' / 'Budget 2024': 110 → 111");
    assertThat(plans.load(draft.versionId()).findings())
        .singleElement()
        .satisfies(f -> assertThat(f.row()).isEqualTo("Summa"));
  }

  @Test
  void refusesAStaleChangeSayingWhoChangedWhatAndKeepsTheirValue() {
    PlanStore.StoredVersion draft = plans.store(testPlan("0125"), "test");
    editing.changeCell(
        draft.planId(),
        1,
        "drift",
        "sabo",
        "b2024",
        Cell.of(new BigDecimal("111")),
        0,
        controller("anna"));
    assertThatThrownBy(
            () ->
                editing.changeCell(
                    draft.planId(),
                    1,
                    "drift",
                    "sabo",
                    "b2024",
                    Cell.of(new BigDecimal("999")),
                    0,
                    controller("bo")))
        .isInstanceOf(StaleTableException.class)
        .hasMessageContaining("anna")
        .hasMessageContaining("'Särskilt boende' / 'Budget 2024': 110 → 111")
        .satisfies(e -> assertThat(((StaleTableException) e).current().lockVersion()).isEqualTo(1));
    assertThat(
            plans
                .load(draft.versionId())
                .table("drift")
                .orElseThrow()
                .row("sabo")
                .orElseThrow()
                .cell(1)
                .value())
        .isEqualTo(new BigDecimal("111"));
  }

  @Test
  void letsOnlyOneOfTwoSimultaneousChangesOfTheSameVersionThrough() throws Exception {
    PlanStore.StoredVersion draft = plans.store(testPlan("0126"), "test");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<String>> results = new ArrayList<>();
    for (String user : List.of("anna", "bo")) {
      Callable<String> change =
          () -> {
            start.await();
            try {
              editing.changeCell(
                  draft.planId(),
                  1,
                  "drift",
                  "sabo",
                  "b2024",
                  Cell.of(new BigDecimal(user.length())),
                  0,
                  controller(user));
              return "saved";
            } catch (StaleTableException e) {
              return "refused";
            }
          };
      results.add(pool.submit(change));
    }
    start.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> result : results) {
      outcomes.add(result.get());
    }
    pool.shutdown();
    assertThat(outcomes).containsExactlyInAnyOrder("saved", "refused");
  }

  @Test
  void refusesEveryChangeToADecidedVersion() {
    PlanStore.StoredVersion version = plans.store(testPlan("0127"), "test");
    versions.decide(version.versionId(), Decision.on(LocalDate.of(2024, 2, 1), null, null), "test");
    assertThatThrownBy(
            () ->
                editing.changeCell(
                    version.planId(),
                    1,
                    "drift",
                    "sabo",
                    "b2024",
                    Cell.of(BigDecimal.ONE),
                    0,
                    controller("anna")))
        .satisfies(
            e ->
                assertThat(((StyrException) e).code())
                    .isEqualTo(ErrorCode.DECIDED_VERSION_IS_READ_ONLY));
    BudgetTable table = plans.load(version.versionId()).table("drift").orElseThrow();
    assertThatThrownBy(
            () -> editing.replaceTable(version.planId(), 1, table, 0, controller("anna")))
        .satisfies(
            e ->
                assertThat(((StyrException) e).code())
                    .isEqualTo(ErrorCode.DECIDED_VERSION_IS_READ_ONLY));
    assertThat(plans.load(version.versionId()).table("drift")).contains(table);
  }

  @Test
  void refusesATableThatBreaksThePlansRulesAndKeepsTheOldOne() {
    PlanStore.StoredVersion draft = plans.store(testPlan("0128"), "test");
    BudgetTable table = plans.load(draft.versionId()).table("drift").orElseThrow();
    TableRow sabo = table.row("sabo").orElseThrow();
    List<TableRow> rows = new ArrayList<>(table.rows());
    rows.set(
        0,
        new TableRow(
            sabo.key(),
            sabo.label(),
            sabo.role(),
            "vard",
            null,
            null,
            null,
            null,
            null,
            null,
            sabo.cells()));
    BudgetTable broken =
        new BudgetTable(
            table.key(),
            table.kind(),
            table.title(),
            table.unit(),
            true,
            table.columns(),
            rows,
            table.footnotes(),
            true,
            null);
    assertThatThrownBy(() -> editing.replaceTable(draft.planId(), 1, broken, 0, controller("anna")))
        .isInstanceOf(RuleViolation.class)
        .satisfies(
            e ->
                assertThat(((RuleViolation) e).problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("unknown area 'vard'")));
    assertThat(plans.load(draft.versionId()).table("drift")).contains(table);
  }

  @Test
  void replacesAWholeTableOfADraft() {
    PlanStore.StoredVersion draft = plans.store(testPlan("0136"), "test");
    BudgetTable table = plans.load(draft.versionId()).table("drift").orElseThrow();
    BudgetTable smaller = table.withCell("summa", "b2024", Cell.of(new BigDecimal("330")));
    var replaced = editing.replaceTable(draft.planId(), 1, smaller, 0, controller("anna"));
    assertThat(replaced.table()).isEqualTo(smaller);
    assertThat(replaced.state().changeSummary()).contains("the whole table");
  }

  /** A controller of everything, as the API's caller would be. */
  private static Caller controller(String name) {
    return new Caller(name, name, List.of(Grant.administrator()));
  }
}
