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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.styr.goals.Activity;
import se.styr.goals.Assignment;
import se.styr.it.TestUsers;
import se.styr.plan.PartAddress;
import se.styr.plan.PartEdits;
import se.styr.plan.PartForm;
import se.styr.plan.PartTree;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanStore;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.shared.yaml.YamlFile;
import se.styr.version.PlanStatus;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;

/**
 * Ale's goal chain and commitments written on the plan's part pages, on every database Styr
 * supports: items added, changed, moved, removed and undone; the plan file's rules refusing on the
 * field they concern; an editor changing only their own area's items; a decided version not at all.
 * Subclasses choose the database.
 */
@SpringBootTest(properties = {"styr.demo.load=false", "spring.application.name=styr-parts-it"})
@AutoConfigureMockMvc
abstract class PartPagesContract {
  @Autowired MockMvc http;
  @Autowired PlanStore plans;
  @Autowired Versions versions;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;

  private PlanSummary ale() {
    if (versions.plan("1440", "socialnamnden", 2024).isEmpty()) {
      plans.store(PlanFileReader.read(Path.of("demo/ale-socialnamnden-2024.yaml")), "test");
    }
    return versions.plan("1440", "socialnamnden", 2024).orElseThrow();
  }

  private int draft(PlanSummary plan) {
    return versions.versions(plan.planId()).stream()
        .filter(v -> v.status() == PlanStatus.DRAFT)
        .map(se.styr.version.VersionSummary::number)
        .findFirst()
        .orElseGet(() -> plans.revise(plan.planId(), 1, "test").number());
  }

  private PlanDocument load(PlanSummary plan, int number) {
    return plans.load(versions.version(plan.planId(), number).orElseThrow().versionId());
  }

  /** The form of an item as its page shows it, as a request's parameters. */
  private MockHttpServletRequestBuilder shown(
      MockHttpServletRequestBuilder request,
      PlanDocument plan,
      String address,
      Map<String, String> typed) {
    PartAddress at = PartAddress.parse(address);
    PartTree tree = new PartTree(YamlFile.tree("plan", PartEdits.document(plan, at)));
    Map<String, String> values = PartForm.values(at.kind(), tree.find(at).item());
    values.putAll(typed);
    values.forEach(request::param);
    return request.param("basis", PartEdits.basis(PartTree.text(tree.find(at).item())));
  }

  @Test
  void aControllerAddsASectionAndATableChangesAColumnAndUndoesIt() throws Exception {
    PlanSummary ale = ale();
    int draft = draft(ale);
    TestUsers accounts = new TestUsers(users, encoder);
    accounts.ensure("content-controller", Grant.of(Role.CONTROLLER, "1440", ale.committeeId()));
    String base = "/plans/" + ale.planId() + "/versions/" + draft + "/parts";
    http.perform(get(base).with(user("content-controller")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(base + "/tables")))
        .andExpect(content().string(containsString(base + "/sections")));

    http.perform(
            post(base + "/sections")
                .param("title", "Nämndens uppdrag")
                .param("level", "2")
                .param("text", "Nämnden ansvarar för socialtjänsten.")
                .with(user("content-controller"))
                .with(csrf()))
        .andExpect(redirectedUrl(base + "/sections/namndens-uppdrag"));
    PlanDocument withSection = load(ale, draft);
    assertThat(withSection.content().get(withSection.content().size() - 1))
        .isEqualTo(
            new se.styr.plan.Block.Text(
                new se.styr.texts.Section(
                    "namndens-uppdrag",
                    "Nämndens uppdrag",
                    2,
                    "Nämnden ansvarar för socialtjänsten.")));

    // placed after the section the form names, not last
    String first = ((se.styr.plan.Block.Text) withSection.content().get(0)).section().key();
    http.perform(
            post(base + "/sections")
                .param("title", "Läsanvisning")
                .param("after", first)
                .with(user("content-controller"))
                .with(csrf()))
        .andExpect(redirectedUrl(base + "/sections/lasanvisning"));
    assertThat(load(ale, draft).content().get(1))
        .isEqualTo(
            new se.styr.plan.Block.Text(
                new se.styr.texts.Section("lasanvisning", "Läsanvisning", 1, null)));
    http.perform(
            post(base + "/sections/lasanvisning")
                .param("action", "remove")
                .with(user("content-controller"))
                .with(csrf()))
        .andExpect(flash().attribute("changed", "removed"));

    http.perform(
            post(base + "/tables")
                .param("kind", "investment_budget")
                .param("title", "Investeringar")
                .param("unit", "tkr")
                .with(user("content-controller"))
                .with(csrf()))
        .andExpect(redirectedUrl(base + "/tables/investeringar"));
    http.perform(get(base + "/tables/investeringar").with(user("content-controller")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "/plans/"
                            + ale.planId()
                            + "/versions/"
                            + draft
                            + "/budget/investeringar/shape")));
    assertThat(load(ale, draft).table("investeringar").orElseThrow().rows()).isEmpty();

    // a column's label typed anew: the table rewritten, its lock moved on, undone from the log
    PlanDocument before = load(ale, draft);
    se.styr.budget.BudgetTable table = before.tables().get(0);
    String column = table.columns().get(0).key();
    String address = "tables/" + table.key() + "/columns/" + column;
    int lock = lockOf(ale, draft, table.key());
    http.perform(
            shown(post(base + "/" + address), before, address, Map.of("label", "Utfall förra året"))
                .with(user("content-controller"))
                .with(csrf()))
        .andExpect(redirectedUrl(base + "/" + address));
    assertThat(load(ale, draft).table(table.key()).orElseThrow().columns().get(0).label())
        .isEqualTo("Utfall förra året");
    assertThat(lockOf(ale, draft, table.key())).isGreaterThan(lock);
    long changed = lastEntry(ale.planId(), "PART_CHANGED");
    http.perform(
            post("/plans/" + ale.planId() + "/versions/" + draft + "/audit/" + changed + "/undo")
                .with(user("content-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("undone"));
    assertThat(load(ale, draft).table(table.key()).orElseThrow()).isEqualTo(table);

    // a row's label typed anew: only that row written again, every figure where it was
    String row = table.rows().get(0).key();
    String rowAddress = "tables/" + table.key() + "/rows/" + row;
    http.perform(
            shown(
                    post(base + "/" + rowAddress),
                    load(ale, draft),
                    rowAddress,
                    Map.of("label", "Ny etikett"))
                .with(user("content-controller"))
                .with(csrf()))
        .andExpect(redirectedUrl(base + "/" + rowAddress));
    se.styr.budget.BudgetTable relabelled = load(ale, draft).table(table.key()).orElseThrow();
    assertThat(relabelled.rows().get(0).label()).isEqualTo("Ny etikett");
    for (int r = 0; r < table.rows().size(); r++) {
      assertThat(relabelled.rows().get(r).cells()).isEqualTo(table.rows().get(r).cells());
    }
    http.perform(
            post("/plans/"
                    + ale.planId()
                    + "/versions/"
                    + draft
                    + "/audit/"
                    + lastEntry(ale.planId(), "PART_CHANGED")
                    + "/undo")
                .with(user("content-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("undone"));
    assertThat(load(ale, draft).table(table.key()).orElseThrow()).isEqualTo(table);

    // a figure of the running text, stored with the version's text figures
    http.perform(
            shown(
                    post(base + "/textFigures/underskott"),
                    load(ale, draft),
                    "textFigures/underskott",
                    Map.of("text", "Ett underskott om 7 Mkr prognosticeras för 2023."))
                .with(user("content-controller"))
                .with(csrf()))
        .andExpect(redirectedUrl(base + "/textFigures/underskott"));
    assertThat(load(ale, draft).textFigures().get(0).text())
        .isEqualTo("Ett underskott om 7 Mkr prognosticeras för 2023.");

    // rows are added on the shape page, not here
    http.perform(
            post(base + "/tables/" + table.key() + "/rows")
                .param("label", "Ny rad")
                .with(user("content-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("refused"));

    http.perform(
            post(base + "/tables/investeringar")
                .param("action", "remove")
                .with(user("content-controller"))
                .with(csrf()))
        .andExpect(flash().attribute("changed", "removed"));
    http.perform(
            post(base + "/sections/namndens-uppdrag")
                .param("action", "remove")
                .with(user("content-controller"))
                .with(csrf()))
        .andExpect(flash().attribute("changed", "removed"));
    assertThat(load(ale, draft).content())
        .isEqualTo(before.content().subList(0, before.content().size() - 2));
  }

  private int lockOf(PlanSummary plan, int number, String table) {
    long versionId = versions.version(plan.planId(), number).orElseThrow().versionId();
    return jdbc.sql(
            "select lock_version from budget_table where plan_version_id = ? and table_key = ?")
        .params(versionId, table)
        .query(Integer.class)
        .single();
  }

  @Test
  void aControllerWritesTheGoalChainAndCommitmentsPartByPartAndUndoesAChange() throws Exception {
    PlanSummary ale = ale();
    int draft = draft(ale);
    TestUsers accounts = new TestUsers(users, encoder);
    accounts.ensure("parts-controller", Grant.of(Role.CONTROLLER, "1440", ale.committeeId()));
    String base = "/plans/" + ale.planId() + "/versions/" + draft + "/parts";
    http.perform(get(base).with(user("parts-controller")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(base + "/assignments")));
    http.perform(get(base + "/actionPlans/digitalisering").with(user("parts-controller")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Handlingsplan digitalisering")))
        .andExpect(
            content().string(containsString(base + "/actionPlans/digitalisering/items/e-tjanst")));

    // added: the key made from the title, the page of the new item next
    http.perform(
            post(base + "/activities")
                .param("title", "Införa nattkameror")
                .param("due", "2024-10")
                .param("status", "ongoing")
                .with(user("parts-controller"))
                .with(csrf()))
        .andExpect(redirectedUrl(base + "/activities/infora-nattkameror"));
    assertThat(load(ale, draft).goals().activities())
        .extracting(Activity::key, Activity::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("infora-nattkameror", "Införa nattkameror"));

    // changed: every field as the form shows it, one of them typed anew
    PlanDocument before = load(ale, draft);
    http.perform(
            shown(
                    post(base + "/assignments/oppen-matsal"),
                    before,
                    "assignments/oppen-matsal",
                    Map.of("planningComment", "Utredningen görs med kostenheten under våren."))
                .with(user("parts-controller"))
                .with(csrf()))
        .andExpect(redirectedUrl(base + "/assignments/oppen-matsal"));
    assertThat(load(ale, draft).goals().assignments())
        .filteredOn(a -> a.key().equals("oppen-matsal"))
        .extracting(Assignment::planningComment)
        .containsExactly("Utredningen görs med kostenheten under våren.");

    // undone from the change log: the comment back as it was
    long changed = lastEntry(ale.planId(), "PART_CHANGED");
    http.perform(
            post("/plans/" + ale.planId() + "/versions/" + draft + "/audit/" + changed + "/undo")
                .with(user("parts-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("undone"));
    assertThat(load(ale, draft).goals()).isEqualTo(before.goals());

    // a form opened before someone else's change is refused, nothing stored
    http.perform(
            post(base + "/assignments/oppen-matsal")
                .param("title", "Sent")
                .param("from", "council")
                .param("basis", "stale")
                .with(user("parts-controller"))
                .with(csrf()))
        .andExpect(flash().attributeExists("refused"));
    assertThat(load(ale, draft).goals()).isEqualTo(before.goals());

    // the plan file's rules, on the field they concern
    http.perform(
            post(base + "/goals")
                .param("title", "Ett mål utan nivå som finns")
                .param("level", "ingen-sadan-niva")
                .with(user("parts-controller"))
                .with(csrf()))
        .andExpect(status().is(422))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")))
        .andExpect(content().string(containsString("ingen-sadan-niva")));
    http.perform(
            post(base + "/savingsMeasures/savings")
                .param("action", "check")
                .param("title", "Ny åtgärd")
                .param("amount", "mycket")
                .with(user("parts-controller"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Det kan inte sparas så här")))
        .andExpect(content().string(containsString("”mycket” är inte ett tal")));

    // moved and removed
    int at =
        load(ale, draft).goals().assignments().stream()
            .map(Assignment::key)
            .toList()
            .indexOf("genomlysning");
    http.perform(
            post(base + "/assignments/genomlysning")
                .param("action", "down")
                .with(user("parts-controller"))
                .with(csrf()))
        .andExpect(flash().attribute("changed", "moved"));
    assertThat(load(ale, draft).goals().assignments().get(at + 1).key()).isEqualTo("genomlysning");
    http.perform(
            post(base + "/activities/infora-nattkameror")
                .param("action", "remove")
                .with(user("parts-controller"))
                .with(csrf()))
        .andExpect(flash().attribute("changed", "removed"));
    assertThat(load(ale, draft).goals().activities()).isEmpty();
    // a goal the indicators name stays, saying why
    String named = load(ale, draft).goals().indicators().get(0).goal();
    http.perform(
            post(base + "/goals/" + named)
                .param("action", "remove")
                .with(user("parts-controller"))
                .with(csrf()))
        .andExpect(status().is(422));
    assertThat(load(ale, draft).goals().goals()).extracting(g -> g.key()).contains(named);
  }

  @Test
  void anEditorChangesOnlyTheItemsOfTheirAreaAndADecidedVersionNothing() throws Exception {
    PlanSummary ale = ale();
    int draft = draft(ale);
    TestUsers accounts = new TestUsers(users, encoder);
    accounts.ensure("parts-editor", Grant.editorOfArea("1440", ale.committeeId(), "ifo"));
    accounts.ensure("parts-manager", Grant.of(Role.CONTROLLER, "1440", ale.committeeId()));
    String base = "/plans/" + ale.planId() + "/versions/" + draft + "/parts";
    http.perform(
            post(base + "/savingsMeasures/savings")
                .param("title", "Färre externa placeringar")
                .param("area", "ifo")
                .param("amount", "0,8")
                .with(user("parts-editor"))
                .with(csrf()))
        .andExpect(redirectedUrl(base + "/savingsMeasures/savings/farre-externa-placeringar"));
    assertThat(load(ale, draft).savingsMeasures().measures())
        .anySatisfy(m -> assertThat(m.key()).isEqualTo("farre-externa-placeringar"));
    http.perform(
            post(base + "/savingsMeasures/savings")
                .param("title", "Inte mitt område")
                .param("area", "funktionsstod")
                .with(user("parts-editor"))
                .with(csrf()))
        .andExpect(status().isForbidden());
    http.perform(
            post(base + "/goals")
                .param("title", "Inte min sak")
                .with(user("parts-editor"))
                .with(csrf()))
        .andExpect(status().isForbidden());
    http.perform(
            post(base + "/savingsMeasures/savings/farre-externa-placeringar")
                .param("action", "remove")
                .with(user("parts-editor"))
                .with(csrf()))
        .andExpect(flash().attribute("changed", "removed"));

    // an editor of a goal writes the targets and values of its indicators, and no one else's
    accounts.ensure(
        "parts-goal-editor", Grant.editorOfGoal("1440", ale.committeeId(), "kompetensforsorjning"));
    accounts.ensure(
        "parts-other-goal", Grant.editorOfGoal("1440", ale.committeeId(), "salutogent"));
    String values = base + "/indicators/usk-hemtjanst/values";
    http.perform(get(values).with(user("parts-goal-editor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Lägg till</button>")));
    http.perform(
            post(values)
                .param("period", "2023")
                .param("value", "61,5")
                .with(user("parts-goal-editor"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("changed", "saved"));
    assertThat(load(ale, draft).goals().indicators())
        .filteredOn(i -> i.key().equals("usk-hemtjanst"))
        .singleElement()
        .satisfies(i -> assertThat(i.values()).isNotEmpty());
    http.perform(get(values).with(user("parts-other-goal")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Lägg till</button>"))));
    http.perform(
            post(values)
                .param("period", "2022")
                .param("value", "60")
                .with(user("parts-other-goal"))
                .with(csrf()))
        .andExpect(status().isForbidden());

    String decided = "/plans/" + ale.planId() + "/versions/1/parts";
    http.perform(get(decided + "/assignments").with(user("parts-manager")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Lägg till</button>"))));
    http.perform(get(decided + "/assignments/oppen-matsal").with(user("parts-manager")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("disabled")));
    http.perform(
            post(decided + "/activities")
                .param("title", "För sent")
                .with(user("parts-manager"))
                .with(csrf()))
        .andExpect(flash().attributeExists("refused"));
    http.perform(get(base + "/nosuchpart").with(user("parts-manager")))
        .andExpect(status().isNotFound());
  }

  private long lastEntry(long planId, String action) {
    return jdbc.sql("select max(id) from audit_entry where plan_id = ? and action = ?")
        .params(planId, action)
        .query(Long.class)
        .single();
  }
}
