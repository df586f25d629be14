package se.styr.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.styr.it.H2Database;
import se.styr.it.TestUsers;
import se.styr.organisation.OperationalArea;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanStore;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;

/**
 * A draft's operational areas changed on their page: added, renamed with the former name kept,
 * moved, removed; an area the tables still use is not removed; only whoever manages the plan
 * changes them, and a decided version not at all.
 */
@SpringBootTest(properties = {"styr.demo.load=false", "spring.application.name=styr-areas-it"})
@AutoConfigureMockMvc
class AreaPagesIT {
  @Autowired MockMvc http;
  @Autowired PlanStore plans;
  @Autowired Versions versions;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  private java.util.List<OperationalArea> areas(long planId, int number) {
    return plans.load(versions.version(planId, number).orElseThrow().versionId()).areas();
  }

  @Test
  void aControllerAddsRenamesMovesAndRemovesAreasOfADraftButNotOnesTheTablesUse() throws Exception {
    if (versions.plan("1441", "stod-och-omsorgsnamnden", 2024).isEmpty()) {
      plans.store(
          PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml")), "test");
    }
    PlanSummary lerum = versions.plan("1441", "stod-och-omsorgsnamnden", 2024).orElseThrow();
    int draft = draft(lerum);
    TestUsers accounts = new TestUsers(users, encoder);
    accounts.ensure("area-controller", Grant.of(Role.CONTROLLER, "1441", lerum.committeeId()));
    accounts.ensure("area-editor", Grant.editorOfArea("1441", lerum.committeeId(), "myndighet"));
    String page = "/plans/" + lerum.planId() + "/versions/" + draft + "/areas";
    http.perform(
            get("/plans/" + lerum.planId() + "/versions/" + draft).with(user("area-controller")))
        .andExpect(content().string(containsString(page)));
    http.perform(get(page).with(user("area-controller")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Lägg till området")));

    http.perform(
            post(page).param("name", "Ny verksamhet").with(user("area-controller")).with(csrf()))
        .andExpect(flash().attribute("changed", "ny-verksamhet"));
    assertThat(areas(lerum.planId(), draft))
        .last()
        .extracting(OperationalArea::key)
        .isEqualTo("ny-verksamhet");

    http.perform(
            post(page + "/hemtjanst/rename")
                .param("name", "Hemtjänst och hemsjukvård")
                .with(user("area-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("changed"));
    http.perform(get(page).with(user("area-controller")))
        .andExpect(content().string(containsString("Hemtjänst och hemsjukvård")))
        .andExpect(content().string(containsString("Nytt namn 2024; hette Hemtjänst")));

    http.perform(post(page + "/ny-verksamhet/up").with(user("area-controller")).with(csrf()))
        .andExpect(flash().attributeExists("changed"));
    var keys = areas(lerum.planId(), draft).stream().map(OperationalArea::key).toList();
    assertThat(keys.indexOf("ny-verksamhet")).isEqualTo(keys.size() - 2);

    // an area the operating summary uses stays, and the page says why
    http.perform(post(page + "/myndighet/remove").with(user("area-controller")).with(csrf()))
        .andExpect(flash().attributeExists("refused"));
    assertThat(areas(lerum.planId(), draft)).extracting(OperationalArea::key).contains("myndighet");
    http.perform(post(page + "/ny-verksamhet/remove").with(user("area-controller")).with(csrf()))
        .andExpect(flash().attributeExists("changed"));
    assertThat(areas(lerum.planId(), draft))
        .extracting(OperationalArea::key)
        .doesNotContain("ny-verksamhet");

    // the last change undone from the change log; an earlier one, changed since, is not
    http.perform(
            post(page + "/arbetsliv/rename")
                .param("name", "Arbete och stöd")
                .with(user("area-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("changed"));
    long renamed = lastEntry(lerum.planId(), "AREAS_CHANGED");
    String log = "/plans/" + lerum.planId() + "/versions/" + draft + "/audit";
    http.perform(post(log + "/" + renamed + "/undo").with(user("area-controller")).with(csrf()))
        .andExpect(flash().attributeExists("undone"));
    assertThat(areas(lerum.planId(), draft))
        .filteredOn(a -> a.key().equals("arbetsliv"))
        .extracting(OperationalArea::name)
        .containsExactly("Arbetsliv och stöd");
    long first = firstEntry(lerum.planId(), "AREAS_CHANGED");
    http.perform(post(log + "/" + first + "/undo").with(user("area-controller")).with(csrf()))
        .andExpect(flash().attributeExists("undoRefused"));

    http.perform(post(page).param("name", "X").with(user("area-editor")).with(csrf()))
        .andExpect(status().isForbidden());
    String decided = "/plans/" + lerum.planId() + "/versions/2/areas";
    http.perform(get(decided).with(user("area-controller")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Lägg till området"))));
    http.perform(post(decided).param("name", "X").with(user("area-controller")).with(csrf()))
        .andExpect(flash().attributeExists("refused"));
  }

  @Test
  void aControllerMergesAndClosesAreasKeepingTheirHistoryComparableAndUndoesAMerge()
      throws Exception {
    if (versions.plan("1441", "stod-och-omsorgsnamnden", 2024).isEmpty()) {
      plans.store(
          PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml")), "test");
    }
    PlanSummary lerum = versions.plan("1441", "stod-och-omsorgsnamnden", 2024).orElseThrow();
    int draft = draft(lerum);
    new TestUsers(users, encoder)
        .ensure("merge-controller", Grant.of(Role.CONTROLLER, "1441", lerum.committeeId()));
    String page = "/plans/" + lerum.planId() + "/versions/" + draft + "/areas";
    http.perform(get(page).with(user("merge-controller")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Slå samman")));

    http.perform(
            post(page + "/halsa/merge")
                .param("into", "ledning")
                .with(user("merge-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("changed"));
    java.util.Map<String, OperationalArea> merged = new java.util.HashMap<>();
    areas(lerum.planId(), draft).forEach(a -> merged.put(a.key(), a));
    assertThat(merged.get("halsa").validTo()).isEqualTo(2023);
    assertThat(merged.get("halsa").events())
        .extracting(se.styr.organisation.AreaEvent::type)
        .contains(se.styr.organisation.AreaEvent.Type.CLOSED);
    assertThat(
            new se.styr.organisation.Organisation(areas(lerum.planId(), draft))
                .predecessorsIn("ledning", 2023))
        .containsExactlyInAnyOrder("ledning", "halsa");
    http.perform(get(page).with(user("merge-controller")))
        .andExpect(content().string(containsString("Sammanslaget 2024 med")));

    long mergeEntry = lastEntry(lerum.planId(), "AREAS_CHANGED");
    http.perform(
            post(page.replace("/areas", "/audit") + "/" + mergeEntry + "/undo")
                .with(user("merge-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("undone"));
    assertThat(areas(lerum.planId(), draft))
        .filteredOn(a -> a.key().equals("halsa"))
        .extracting(OperationalArea::validTo)
        .containsOnlyNulls();

    http.perform(post(page + "/politisk/close").with(user("merge-controller")).with(csrf()))
        .andExpect(flash().attributeExists("changed"));
    assertThat(areas(lerum.planId(), draft))
        .filteredOn(a -> a.key().equals("politisk"))
        .extracting(OperationalArea::validTo)
        .containsExactly(2023);
    // a key the plan file could not hold is refused, naming it, and nothing is stored
    int before = areas(lerum.planId(), draft).size();
    http.perform(
            post(page)
                .param("name", "Fel nyckel")
                .param("key", "<script>x</script>")
                .with(user("merge-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("refused"));
    assertThat(areas(lerum.planId(), draft)).hasSize(before);
    http.perform(
            post(page)
                .param("name", "Egen nyckel")
                .param("key", "egen_1")
                .with(user("merge-controller"))
                .with(csrf()))
        .andExpect(flash().attribute("changed", "egen_1"));
    assertThat(areas(lerum.planId(), draft))
        .filteredOn(a -> a.key().equals("egen_1"))
        .singleElement()
        .satisfies(a -> assertThat(a.events()).isEmpty());

    // an area new this year cannot end before it began
    http.perform(post(page + "/arbetsliv/close").with(user("merge-controller")).with(csrf()))
        .andExpect(flash().attributeExists("refused"));
    http.perform(
            post(page + "/ledning/merge")
                .param("into", "ledning")
                .with(user("merge-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("refused"));
  }

  @Test
  void aControllerAddsMovesAndRemovesATablesRowsAndColumnsButNotOneAFormulaNeeds()
      throws Exception {
    if (versions.plan("1441", "stod-och-omsorgsnamnden", 2024).isEmpty()) {
      plans.store(
          PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml")), "test");
    }
    PlanSummary lerum = versions.plan("1441", "stod-och-omsorgsnamnden", 2024).orElseThrow();
    int draft = draft(lerum);
    new TestUsers(users, encoder)
        .ensure("shape-controller", Grant.of(Role.CONTROLLER, "1441", lerum.committeeId()));
    long versionId = versions.version(lerum.planId(), draft).orElseThrow().versionId();
    se.styr.budget.BudgetTable table = plans.load(versionId).tables().get(0);
    String budget = "/plans/" + lerum.planId() + "/versions/" + draft + "/budget";
    String shape = budget + "/" + table.key() + "/shape";
    http.perform(get(budget).with(user("shape-controller")))
        .andExpect(content().string(containsString(shape)));
    http.perform(get(shape).with(user("shape-controller")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Lägg till raden")));
    http.perform(
            post(shape + "/rows")
                .param("lockVersion", String.valueOf(lock(versionId, table.key())))
                .param("label", "Ny enhet")
                .param("role", "ITEM")
                .with(user("shape-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("changed"));
    se.styr.budget.BudgetTable added = plans.load(versionId).tables().get(0);
    assertThat(added.rows()).extracting(se.styr.budget.TableRow::key).contains("ny-enhet");
    http.perform(
            post(shape + "/columns")
                .param("lockVersion", String.valueOf(lock(versionId, table.key())))
                .param("label", "Prognos 2024")
                .param("type", "FORECAST")
                .param("year", "2024")
                .with(user("shape-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("changed"));
    assertThat(plans.load(versionId).tables().get(0).columns())
        .extracting(se.styr.budget.TableColumn::label)
        .contains("Prognos 2024");
    http.perform(
            post(shape + "/columns/prognos-2024/remove")
                .param("lockVersion", String.valueOf(lock(versionId, table.key())))
                .with(user("shape-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("changed"));
    http.perform(
            post(shape + "/rows/ny-enhet/remove")
                .param("lockVersion", String.valueOf(lock(versionId, table.key())))
                .with(user("shape-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("changed"));
    assertThat(plans.load(versionId).tables().get(0)).isEqualTo(table);
    // a whole-table change is undone from the change log too
    http.perform(
            post(shape + "/rows")
                .param("lockVersion", String.valueOf(lock(versionId, table.key())))
                .param("label", "Ångras")
                .with(user("shape-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("changed"));
    long replaced = lastEntry(lerum.planId(), "TABLE_REPLACED");
    http.perform(
            post("/plans/" + lerum.planId() + "/versions/" + draft + "/audit/" + replaced + "/undo")
                .with(user("shape-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("undone"));
    assertThat(plans.load(versionId).tables().get(0).rows())
        .extracting(se.styr.budget.TableRow::key)
        .doesNotContain("angras");
    // a stale lock version is refused, nothing changed
    http.perform(
            post(shape + "/rows")
                .param("lockVersion", "0")
                .param("label", "Sent")
                .with(user("shape-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("refused"));
  }

  /** The plan's draft, revised from version 2 the first time. */
  private int draft(PlanSummary lerum) {
    return versions.versions(lerum.planId()).stream()
        .filter(v -> v.status() == se.styr.version.PlanStatus.DRAFT)
        .map(se.styr.version.VersionSummary::number)
        .findFirst()
        .orElseGet(() -> plans.revise(lerum.planId(), 2, "test").number());
  }

  private int lock(long versionId, String table) {
    return jdbc.sql(
            "select lock_version from budget_table where plan_version_id = ? and table_key = ?")
        .params(versionId, table)
        .query(Integer.class)
        .single();
  }

  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private long lastEntry(long planId, String action) {
    return jdbc.sql("select max(id) from audit_entry where plan_id = ? and action = ?")
        .params(planId, action)
        .query(Long.class)
        .single();
  }

  private long firstEntry(long planId, String action) {
    return jdbc.sql("select min(id) from audit_entry where plan_id = ? and action = ?")
        .params(planId, action)
        .query(Long.class)
        .single();
  }
}
