package se.styr.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.TableColumn;
import se.styr.budget.TableRow;
import se.styr.it.H2Database;
import se.styr.organisation.Committee;
import se.styr.organisation.OperationalArea;
import se.styr.organisation.OrganisationStore;
import se.styr.plan.PartAddress;
import se.styr.plan.PartEdits;
import se.styr.plan.PartField;
import se.styr.plan.PartForm;
import se.styr.plan.PartKind;
import se.styr.plan.PartTree;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanFileWriter;
import se.styr.plan.PlanParts;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.yaml.YamlFile;

/**
 * Issue 16's acceptance: a controller builds Ale's plan (demo/ale-socialnamnden-2024.yaml) from a
 * blank plan entirely through the pages (areas, every text section and table with its columns, rows
 * and figures, the figures of the running text, the goal chain, assignments, the action plan,
 * savings and operational measures), decides it and downloads its plan file, which equals the demo
 * file but for the committee's key (the exercise's committee beside the real one) and the decision
 * data the deciding adds. The forms are filled with what each part's form shows for the demo file's
 * item, so every field of every part goes through a page.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"styr.demo.load=false", "spring.application.name=styr-ale-from-blank"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AleFromBlankBrowserIT {
  private static final String PASSWORD = BrowserIT.PASSWORD;
  private static final PlanDocument ALE =
      PlanFileReader.read(Path.of("demo/ale-socialnamnden-2024.yaml"));

  private Browser browser;
  @LocalServerPort int port;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;
  @Autowired OrganisationStore organisation;
  @Autowired se.styr.plan.PlanStore plans;
  @Autowired se.styr.version.Versions versions;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  @BeforeAll
  void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aControllerBuildsAlesPlanFromABlankPlanThroughThePagesAndItsFileEqualsTheDemoFile() {
    organisation.saveMunicipality(ALE.municipality());
    long committee =
        organisation.saveCommittee("1440", new Committee("socialnamnden-ovning", "Socialnämnden"));
    if (users.byUsername("ale-builder").isEmpty()) {
      long id = users.create("ale-builder", "Ale Controller", encoder.encode(PASSWORD), false);
      users.grant(id, Grant.of(Role.CONTROLLER, "1440", committee));
    }
    Page page = browser.signedIn("http://localhost:" + port, "ale-builder", PASSWORD);
    page.setDefaultTimeout(15_000);

    // a blank plan: the committee, the year, the title, one history year and three plan years
    page.navigate("/plans/new");
    page.locator("#committee").selectOption(String.valueOf(committee));
    page.locator("#year").fill("2024");
    page.locator("#title").fill(ALE.header().title());
    page.locator("#historyYears").fill("1");
    page.locator("#planYears").fill("3");
    page.locator("main form button[type=submit]").click();
    page.waitForURL(url -> url.matches(".*/plans/\\d+/versions/1$"));
    String version = page.url().replaceAll("^https?://[^/]+", "");

    // the areas, with the keys the plan uses, as areas the committee already has
    for (OperationalArea area : ALE.areas()) {
      page.navigate(version + "/areas");
      page.locator("#new-area").fill(area.name());
      page.locator("#new-area-key").fill(area.key());
      page.locator("#new-area-created").uncheck();
      page.locator("#new-area ~ p button, #new-area-created ~ p button").last().click();
      assertThat(page.locator("#areas-changed")).isVisible();
    }

    String parts = version + "/parts";
    PartTree whole = new PartTree(YamlFile.tree("ale", PlanFileWriter.write(ALE)));
    PartKind sections = PlanParts.kind("sections").orElseThrow();
    PartKind tables = PlanParts.kind("tables").orElseThrow();
    for (Node node : whole.list(PartAddress.parse("sections"), false).orElseThrow().getValue()) {
      MappingNode item = (MappingNode) node;
      if (PlanParts.holds(sections, item)) {
        add(page, parts + "/sections", sections, item);
      } else if (PlanParts.holds(tables, item)) {
        table(page, version, tables, item);
      }
    }
    addAll(page, parts, whole, PlanParts.kind("textFigures").orElseThrow());

    // the goal chain and the commitments: every kind beside the content, in the file's order
    PartTree beside = new PartTree(YamlFile.tree("ale", PartEdits.sections(ALE)));
    for (PartKind kind : PlanParts.all()) {
      addAll(page, parts, beside, kind);
    }

    // decided, and its plan file downloaded
    page.navigate(version + "/history");
    page.locator("#decision-date").fill("2023-12-14");
    page.locator("#decision-body").fill("Socialnämnden");
    page.locator("form.decide-form button[type=submit]").click();
    page.waitForURL(url -> url.endsWith("/history"));
    String file = page.request().get("http://localhost:" + port + version + "/file").text();
    PlanDocument built = PlanFileReader.read("built", file);
    PlanDocument compared =
        new PlanDocument(
            ALE.municipality(),
            new Committee("socialnamnden", built.committee().name()),
            built.header(),
            ALE.version(),
            built.areas(),
            built.content(),
            built.textFigures(),
            built.goals(),
            built.savingsMeasures(),
            built.followUp());
    assertThat(built.version().decisions()).hasSize(1);
    assertThat(PlanFileWriter.write(compared)).isEqualTo(PlanFileWriter.write(ALE));
  }

  @Test
  void aCommitteesDraftStartsFollowingTheCouncilsPlanOnItsHistoryPage() {
    PlanDocument lerum =
        PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml"));
    if (versions.plan("1441", lerum.committee().key(), 2024).isEmpty()) {
      plans.store(lerum, "test");
      // the council's plan of the year: the committee's direction goals, written once
      plans.store(
          new PlanDocument(
              lerum.municipality(),
              new Committee(se.styr.plan.CouncilGoals.COUNCIL_KEY, "Kommunfullmäktige"),
              new se.styr.version.PlanHeader(
                  "Mål och budget 2024", lerum.header().period(), null, null, null),
              new se.styr.version.VersionInfo(1, se.styr.version.PlanStatus.DRAFT, List.of()),
              List.of(),
              List.of(),
              List.of(),
              councilGoals(lerum),
              null,
              null),
          "test");
    }
    se.styr.version.PlanSummary plan =
        versions.plan("1441", lerum.committee().key(), 2024).orElseThrow();
    int decided = lerum.version().number();
    int draft = plans.revise(plan.planId(), decided, "test").number();
    if (users.byUsername("lerum-controller").isEmpty()) {
      long id =
          users.create("lerum-controller", "Lerum Controller", encoder.encode(PASSWORD), false);
      users.grant(id, Grant.of(Role.CONTROLLER, "1441", plan.committeeId()));
    }
    Page page = browser.signedIn("http://localhost:" + port, "lerum-controller", PASSWORD);
    page.navigate("/plans/" + plan.planId() + "/versions/" + draft + "/history");
    assertThat(page.locator("#council")).containsText("Kommunfullmäktige har en plan för 2024");
    assertThat(Browser.accessibilityViolations(page)).isEmpty();
    page.locator("#council form button").click();
    assertThat(page.locator("#council-changed")).isVisible();
    assertThat(page.locator("#council")).containsText("följer kommunfullmäktiges plan för 2024");
    assertThat(page.locator("#council")).containsText("anger ingen ram");
    assertThat(Browser.accessibilityViolations(page)).isEmpty();

    // the council's plan lists the committee drafts that follow it
    if (users.byUsername("lerum-municipal").isEmpty()) {
      long id = users.create("lerum-municipal", "Lerum Kommun", encoder.encode(PASSWORD), false);
      users.grant(id, Grant.of(Role.CONTROLLER, "1441"));
    }
    Page municipal = browser.signedIn("http://localhost:" + port, "lerum-municipal", PASSWORD);
    long council =
        versions.plan("1441", se.styr.plan.CouncilGoals.COUNCIL_KEY, 2024).orElseThrow().planId();
    municipal.navigate("/plans/" + council + "/versions/1/history");
    assertThat(municipal.locator("#followers")).containsText(lerum.committee().name());
    assertThat(Browser.accessibilityViolations(municipal)).isEmpty();
  }

  /** The goals at a plan's first level, and that level, as the council's plan would hold them. */
  private static se.styr.goals.GoalPlan councilGoals(PlanDocument plan) {
    String level = plan.goals().goalLevels().get(0).key();
    return se.styr.goals.GoalPlan.ofGoals(
        plan.goals().goalLevels().subList(0, 1),
        List.of(),
        null,
        plan.goals().goals().stream().filter(g -> g.level().equals(level)).toList());
  }

  /**
   * A table: added with its own fields, its columns and rows added on its shape page and given
   * their keys and fields on their part pages, its figures pasted, and its relations last.
   */
  private void table(Page page, String version, PartKind kind, MappingNode item) {
    String parts = version + "/parts";
    Map<String, String> values = PartForm.values(kind, item);
    String key = values.get("table");
    Map<String, String> first = new java.util.LinkedHashMap<>(values);
    for (String later : List.of("relations", "distributes")) {
      first.put(later, "");
    }
    submit(page, parts + "/tables", kind, first, "new-");
    PartKind columns = kind.child("columns").orElseThrow();
    PartKind rows = kind.child("rows").orElseThrow();
    MappingNode written = item;
    List<MappingNode> columnItems = items(written, "columns");
    List<MappingNode> rowItems = items(written, "rows");
    String shape = version + "/budget/" + key + "/shape";
    for (MappingNode column : columnItems) {
      Map<String, String> shown = PartForm.values(columns, column);
      page.navigate(shape);
      page.locator("#new-column").fill(shown.get("label"));
      page.locator("#new-column-type").selectOption(shown.get("type").toUpperCase());
      page.locator("#new-column-year").fill(shown.get("year"));
      page.locator("#new-column-year ~ p button").click();
      assertThat(page.locator("#shape-changed")).isVisible();
      fixKey(page, parts + "/tables/" + key + "/columns", columns, shown, "formula");
    }
    for (MappingNode row : rowItems) {
      Map<String, String> shown = PartForm.values(rows, row);
      page.navigate(shape);
      page.locator("#new-row").fill(shown.get("label"));
      // the shape page adds items, subtotals and totals; other roles are set on the row's page
      String role = shown.get("role").toUpperCase();
      page.locator("#new-row-role")
          .selectOption(List.of("SUBTOTAL", "TOTAL").contains(role) ? role : "ITEM");
      if (!shown.get("area").isEmpty()) {
        page.locator("#new-row-area").selectOption(shown.get("area"));
      }
      page.locator("#new-row ~ p button, #new-row-area ~ p button").last().click();
      assertThat(page.locator("#shape-changed")).isVisible();
      fixKey(page, parts + "/tables/" + key + "/rows", rows, shown, "formula", "group", "parent");
    }
    // what names other columns and rows, once they all have their keys
    for (MappingNode column : columnItems) {
      Map<String, String> shown = PartForm.values(columns, column);
      submit(page, parts + "/tables/" + key + "/columns/" + shown.get("key"), columns, shown, "f-");
    }
    for (MappingNode row : rowItems) {
      Map<String, String> shown = PartForm.values(rows, row);
      submit(page, parts + "/tables/" + key + "/rows/" + shown.get("key"), rows, shown, "f-");
    }
    // the figures, pasted as from Excel: a header of column keys, a line per row with figures
    BudgetTable table = ALE.table(key).orElseThrow();
    StringBuilder pasted = new StringBuilder();
    for (TableColumn column : table.columns()) {
      pasted.append('\t').append(column.key());
    }
    pasted.append('\n');
    int lines = 0;
    for (TableRow row : table.rows()) {
      if (row.cells().stream().allMatch(Cell::isBlank)) {
        continue;
      }
      pasted.append(row.key());
      for (Cell cell : row.cells()) {
        pasted.append('\t').append(cell.isBlank() ? "" : SwedishNumbers.format(cell.value()));
      }
      pasted.append('\n');
      lines++;
    }
    if (lines > 0) {
      page.navigate(version + "/budget");
      page.locator("#t-" + key + " details.paste summary").click();
      page.locator("#t-" + key + " textarea[name=pasted]").fill(pasted.toString());
      page.locator("#t-" + key + " details.paste button[type=submit]").click();
      assertThat(page.locator("#wr-" + key)).isVisible();
    }
    submit(page, parts + "/tables/" + key, kind, values, "f-");
  }

  /**
   * The row or column just added on the shape page (its key made from its label) given its own key
   * and every field but those naming others.
   */
  private void fixKey(
      Page page, String list, PartKind kind, Map<String, String> shown, String... later) {
    page.navigate(list);
    String href = null;
    for (Locator link : page.locator("table.data tbody th a").all()) {
      if (link.innerText().strip().equals(shown.get("label").strip())) {
        href = link.getAttribute("href");
      }
    }
    assertThat(href).as("the new item " + shown.get("label") + " on " + list).isNotNull();
    Map<String, String> first = new java.util.LinkedHashMap<>(shown);
    for (String field : later) {
      first.put(field, "");
    }
    submit(page, href, kind, first, "f-");
  }

  /** Every item of {@code kind} in {@code tree} added on its pages, with its own lists. */
  private void addAll(Page page, String parts, PartTree tree, PartKind kind) {
    PartAddress address = PartAddress.parse(kind.name());
    if (kind.single()) {
      MappingNode group;
      try {
        group = tree.find(address).item();
      } catch (RuntimeException none) {
        return;
      }
      submit(page, parts + "/" + address.path(), kind, PartForm.values(kind, group), "f-");
      for (PartKind child : kind.children()) {
        addChildren(page, parts, tree, address.child(child));
      }
      return;
    }
    addChildren(page, parts, tree, address);
  }

  private void addChildren(Page page, String parts, PartTree tree, PartAddress list) {
    SequenceNode items = tree.list(list, false).orElse(null);
    if (items == null) {
      return;
    }
    PartKind kind = list.kind();
    for (int i = 0; i < items.getValue().size(); i++) {
      MappingNode item = (MappingNode) items.getValue().get(i);
      add(page, parts + "/" + list.path(), kind, item);
      PartAddress at = list.item(PartTree.selector(kind, items, i));
      for (PartKind child : kind.children()) {
        addChildren(page, parts, tree, at.child(child));
      }
    }
  }

  private void add(Page page, String listPage, PartKind kind, MappingNode item) {
    submit(page, listPage, kind, PartForm.values(kind, item), "new-");
  }

  /** Fills a part's form (the add form on a list's page, or an item's own) and saves it. */
  private void submit(
      Page page, String path, PartKind kind, Map<String, String> values, String prefix) {
    page.navigate(path);
    Locator form = page.locator("form.part-form");
    if (kind.keyed()) {
      form.locator("#" + prefix + kind.keyName()).fill(values.getOrDefault(kind.keyName(), ""));
    }
    for (PartField field : kind.fields()) {
      String value = values.getOrDefault(field.name(), "");
      String id = "#" + prefix + field.id();
      switch (field.input()) {
        case FLAG -> form.locator(id).setChecked(value.equals("true") || value.equals("ja"));
        case CHOICE, REFERENCE, YES_NO -> form.locator(id).selectOption(value);
        case REFERENCES -> {
          if (field.names() == PartField.Names.NONE) {
            form.locator(id).fill(value);
          } else {
            for (Locator box : form.locator("input[name='" + field.name() + "']").all()) {
              box.setChecked(List.of(value.split(",\\s*")).contains(box.getAttribute("value")));
            }
          }
        }
        default -> form.locator(id).fill(value);
      }
    }
    form.locator("button[type=submit]").last().click();
    page.waitForLoadState();
    List<String> problems = new ArrayList<>();
    if (page.locator("#part-problems").count() > 0) {
      problems.add(page.locator("#part-problems").innerText());
    }
    if (page.locator("#part-refused").count() > 0) {
      problems.add(page.locator("#part-refused").innerText());
    }
    assertThat(problems).as(path + " " + values).isEmpty();
    assertThat(page.locator("#part-changed")).isVisible();
  }

  private static List<MappingNode> items(MappingNode table, String list) {
    List<MappingNode> items = new ArrayList<>();
    PartTree.field(table, list)
        .filter(SequenceNode.class::isInstance)
        .ifPresent(n -> ((SequenceNode) n).getValue().forEach(i -> items.add((MappingNode) i)));
    return items;
  }
}
