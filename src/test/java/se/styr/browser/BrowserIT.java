package se.styr.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.styr.it.H2Database;
import se.styr.plan.PlanStore;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;

/**
 * The main journeys through Styr in a real browser (Debian's Chromium), with axe-core checking
 * every page type for WCAG 2.1 AA violations and a screenshot of each main page under
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {
  static final String PASSWORD = "ett-långt-lösenord-2024";
  private Browser browser;
  @LocalServerPort int port;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;
  @Autowired PlanStore plans;

  @Autowired Versions versions;
  PlanSummary trollhattan;
  PlanSummary ale;
  int draft;

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

  @BeforeEach
  void usersAndADraft() {
    trollhattan = versions.plan("1488", "omsorgsnamnden", 2024).orElseThrow();
    ale = versions.plan("1440", "socialnamnden", 2024).orElseThrow();
    if (users.byUsername("kerstin").isEmpty()) {
      controller("kerstin", "Kerstin Controller", trollhattan);
      controller("lisa", "Lisa Controller", trollhattan);
      controller("olle", "Olle på Ale", ale);
      plans.revise(trollhattan.planId(), 1, "test");
      plans.revise(ale.planId(), 1, "test");
    }
    draft = versions.versions(trollhattan.planId()).size();
    if (users.byUsername("maria").isEmpty()) {
      long id = users.create("maria", "Maria Kommuncontroller", encoder.encode(PASSWORD), false);
      users.grant(id, Grant.of(Role.CONTROLLER, trollhattan.municipalityCode()));
    }
    if (users.byUsername("frida").isEmpty()) {
      controller(
          "frida",
          "Frida Controller",
          versions.plan("1441", "stod-och-omsorgsnamnden", 2024).orElseThrow());
    }
  }

  private void controller(String username, String name, PlanSummary plan) {
    long id = users.create(username, name, encoder.encode(PASSWORD), false);
    users.grant(id, Grant.of(Role.CONTROLLER, plan.municipalityCode(), plan.committeeId()));
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private Page signedIn(String username) {
    return browser.signedIn(base(), username, PASSWORD);
  }

  private static void noViolations(Page page) {
    assertThat(Browser.accessibilityViolations(page)).as("axe-core on " + page.url()).isEmpty();
  }

  /** Ale's draft; another journey may have decided it, so a new one is started then. */
  private int aleDraft() {
    return versions.versions(ale.planId()).stream()
        .filter(v -> v.status() == se.styr.version.PlanStatus.DRAFT)
        .map(se.styr.version.VersionSummary::number)
        .findFirst()
        .orElseGet(
            () ->
                plans
                    .revise(ale.planId(), versions.versions(ale.planId()).size(), "test")
                    .number());
  }

  private String budget(PlanSummary plan, int version) {
    return "/plans/" + plan.planId() + "/versions/" + version + "/budget";
  }

  @Test
  void theStartPageListsTheSeedPlansAndSearchFindsOne() {
    Page page = browser.session(base());
    page.navigate("/");
    assertThat(page.locator("h1")).hasText("Kommuner och nämnder");
    assertThat(page.locator("html")).hasAttribute("lang", "sv");
    for (String municipality :
        List.of("Ale", "Lerum", "Smedjebacken", "Södertälje", "Trollhättan")) {
      assertThat(page.locator("#results h2", new Page.LocatorOptions().setHasText(municipality)))
          .isVisible();
    }
    noViolations(page);
    Browser.screenshot(page, "start");
    page.locator("#q").fill("Smedjebacken");
    assertThat(page.locator("#results h2")).hasCount(1);
    assertThat(page.locator("#results h2")).hasText("Smedjebacken");
  }

  @Test
  void signsInAndOpensASeedPlanWithItsFiguresInSwedishFormat() {
    Page page = signedIn("kerstin");
    assertThat(page.locator(".site-header .account")).containsText("Kerstin Controller");
    page.navigate("/plans/" + trollhattan.planId() + "/versions/1");
    assertThat(page.locator(".lead")).containsText("Trollhättan");
    noViolations(page);
    Browser.screenshot(page, "plan-overview");
    page.navigate(budget(trollhattan, 1));
    Locator summa = page.locator("#t-driftsammandrag tr.total");
    assertThat(summa).containsText("1 325 246");
    noViolations(page);
    Browser.screenshot(page, "plan-budget");
  }

  @Test
  void changingABudgetFigureUpdatesItsTotalsFindingWithoutReloadingThePage() {
    Page page = signedIn("kerstin");
    page.navigate(budget(trollhattan, draft));
    page.evaluate("() => window.styrMarker = 'same page'");
    Locator table = page.locator("#t-driftsammandrag");
    Locator totalCell = table.locator("tr.total td").nth(2);
    assertThat(totalCell).containsText("Beräknat 1 325 245");
    table.locator("a[href$='/cells/hemtjanst/b2024']").click();
    Locator input = table.locator("input[name=value]");
    assertThat(input).isFocused();
    noViolations(page);
    input.fill("51 643");
    table.locator(".cell-edit button[type=submit]").click();
    assertThat(page.locator("#t-driftsammandrag tr.total td").nth(2))
        .containsText("Beräknat 1 326 245");
    assertThat(page.locator("#t-driftsammandrag tr.total td").nth(2)).containsText("skillnad -999");
    assertThat(page.locator("#t-driftsammandrag a[href$='/cells/hemtjanst/b2024']"))
        .hasText("51 643");
    assertThat(page.evaluate("() => window.styrMarker")).isEqualTo("same page");
    Browser.screenshot(page, "plan-budget-edited");
  }

  @Test
  void theLaterOfTwoEditsOfTheSameFigureIsRefusedWithWhoChangedItAndNothingIsLost() {
    Page kerstin = signedIn("kerstin");
    Page lisa = signedIn("lisa");
    kerstin.navigate(budget(trollhattan, draft));
    lisa.navigate(budget(trollhattan, draft));
    kerstin.locator("#t-driftsammandrag a[href$='/cells/sabo/p2025']").click();
    lisa.locator("#t-driftsammandrag a[href$='/cells/sabo/p2025']").click();
    kerstin.locator("#t-driftsammandrag input[name=value]").fill("282 661");
    kerstin.locator("#t-driftsammandrag .cell-edit button[type=submit]").click();
    assertThat(kerstin.locator("#t-driftsammandrag a[href$='/cells/sabo/p2025']"))
        .hasText("282 661");
    lisa.locator("#t-driftsammandrag input[name=value]").fill("300 000");
    lisa.locator("#t-driftsammandrag .cell-edit button[type=submit]").click();
    Locator alert = lisa.locator("#t-driftsammandrag [role=alert]");
    assertThat(alert).containsText("kerstin");
    assertThat(alert).containsText("282 661");
    assertThat(lisa.locator("#t-driftsammandrag input[name=value]")).hasValue("300 000");
    noViolations(lisa);
    Browser.screenshot(lisa, "plan-budget-conflict");
  }

  @Test
  void anotherCommitteesDraftIsNotFoundEvenByGuessingItsAddress() {
    Page page = signedIn("olle");
    Response response = page.navigate(budget(trollhattan, draft));
    assertThat(response.status()).isEqualTo(404);
    assertThat(page.locator("h1")).hasText("Något gick fel");
    noViolations(page);
    Browser.screenshot(page, "not-found");
    Response decided = page.navigate(budget(trollhattan, 1));
    assertThat(decided.status()).isEqualTo(200);
    assertThat(page.locator("a.cell-button")).hasCount(0);
  }

  @Test
  void theChartsPageDrawsTheBudgetAndIndicatorsWithTheirNumbersAsTables() {
    PlanSummary sodertalje = versions.plan("0181", "omsorgsnamnden", 2025).orElseThrow();
    Page page = browser.session(base());
    page.navigate("/plans/" + trollhattan.planId() + "/versions/1/charts");
    assertThat(page.locator("figure.chart svg[role=img]").first()).isVisible();
    noViolations(page);
    Browser.screenshot(page, "plan-charts");
    page.navigate("/plans/" + sodertalje.planId() + "/versions/1/charts");
    assertThat(
            page.locator("#indicator-charts ~ figure, #indicator-charts + p, section figure")
                .first())
        .isVisible();
    page.locator("figure.chart summary").first().click();
    assertThat(page.locator("figure.chart table").first()).isVisible();
    noViolations(page);
  }

  @Test
  void theDocumentTabShowsThePlanAsPrintedWithItsDownloadsAndNoAccessibilityViolations() {
    PlanSummary smedjebacken = versions.plan("2061", "omsorgsnamnden", 2025).orElseThrow();
    Page page = browser.session(base());
    page.navigate("/plans/" + smedjebacken.planId() + "/versions/1/document");
    assertThat(page.locator("article.plan-document nav.contents li").first()).isVisible();
    assertThat(page.locator("article.plan-document table caption").first()).isVisible();
    assertThat(page.locator("a[href$='/document.pdf']").first()).isVisible();
    noViolations(page);
    Browser.screenshot(page, "plan-document");
    page.locator("article.plan-document nav.contents a").nth(2).click();
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/document#s-.+"));
    Response hidden =
        page.navigate("/plans/" + trollhattan.planId() + "/versions/" + draft + "/document");
    assertThat(hidden.status()).as("the public never sees a draft's document").isEqualTo(404);
  }

  @Test
  void decidingADraftMakesItReadOnlySoAnEditIsRefused() {
    Page page = signedIn("olle");
    int aleDraft = aleDraft();
    String version = "/plans/" + ale.planId() + "/versions/" + aleDraft;
    page.navigate(version + "/history");
    noViolations(page);
    Browser.screenshot(page, "plan-history");
    page.locator("#decision-date").fill("2024-03-20");
    page.locator("#decision-paragraph").fill("§ 31");
    page.locator("#decision-dnr").fill("SN 2024/17");
    page.locator("#decision-body").fill("Socialnämnden");
    page.locator(".decide-form button[type=submit]").click();
    assertThat(page.locator(".lead .badge")).hasText("Beslutad");
    assertThat(page.locator("main")).containsText("SN 2024/17");
    page.navigate(version + "/budget");
    assertThat(page.locator("a.cell-button")).hasCount(0);
    assertThat(page.locator("main .notice").first()).containsText("beslutad");
    se.styr.plan.PlanDocument decided =
        plans.load(versions.version(ale.planId(), aleDraft).orElseThrow().versionId());
    se.styr.budget.BudgetTable table = decided.tables().get(0);
    String cell =
        version
            + "/budget/"
            + table.key()
            + "/cells/"
            + table.rows().get(0).key()
            + "/"
            + table.columns().get(0).key();
    assertThat(page.navigate(cell).status()).isEqualTo(403);
    String token = page.locator("meta[name=csrf-token]").getAttribute("content");
    com.microsoft.playwright.APIResponse post =
        page.request()
            .post(
                base() + cell,
                com.microsoft.playwright.options.RequestOptions.create()
                    .setHeader("X-CSRF-TOKEN", token)
                    .setForm(
                        com.microsoft.playwright.options.FormData.create()
                            .set("value", "1")
                            .set("lockVersion", "0")));
    assertThat(post.status()).isEqualTo(409);
  }

  @Test
  void uploadingABrokenPlanFileListsItsErrorsWithLineNumbersAndStoresNothing() {
    Page page = signedIn("kerstin");
    page.navigate("/import");
    noViolations(page);
    Browser.screenshot(page, "import");
    String broken =
        "format: styr-plan/1\n"
            + "municipality:\n"
            + "  code: 'x1488'\n"
            + "  name: Trollhättan\n"
            + "committee: [unclosed\n";
    page.locator("#plan-file")
        .setInputFiles(
            new com.microsoft.playwright.options.FilePayload(
                "trasig.yaml",
                "application/yaml",
                broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    int before = versions.plans().size();
    page.locator(".import-form button[type=submit]").click();
    Locator errors = page.locator("#import-errors");
    assertThat(errors).isVisible();
    assertThat(errors).containsText("rad");
    noViolations(page);
    Browser.screenshot(page, "import-errors");
    assertThat(versions.plans()).hasSize(before);
  }

  @Test
  void everyOtherPageTypeHasNoAccessibilityViolations() {
    Page page = signedIn("kerstin");
    String version = "/plans/" + trollhattan.planId() + "/versions/" + draft;
    for (String path :
        List.of(
            version + "/texts",
            version + "/audit",
            version + "/areas",
            version
                + "/budget/"
                + plans
                    .load(versions.version(trollhattan.planId(), draft).orElseThrow().versionId())
                    .tables()
                    .get(0)
                    .key()
                + "/shape",
            "/plans/" + trollhattan.planId() + "/compare?from=1&to=" + draft,
            "/tillganglighet",
            "/konto/losenord",
            "/plans/new",
            "/plans/" + trollhattan.planId() + "/versions/1/next-year")) {
      Response response = page.navigate(path);
      assertThat(response.status()).as(path).isEqualTo(200);
      noViolations(page);
      Browser.screenshot(page, path.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
    }
    page.navigate(version + "/texts");
    page.locator("a[href$='/edit']").first().click();
    assertThat(page.locator("textarea")).isVisible();
    noViolations(page);
    Browser.screenshot(page, "texts-edit");
  }

  @Test
  void aControllerLinksAnIndicatorToAKoladaKpiAndSeesItsValuesRankAndTargetFill() {
    PlanSummary smedjebacken = versions.plan("2061", "omsorgsnamnden", 2025).orElseThrow();
    if (users.byUsername("sara").isEmpty()) {
      controller("sara", "Sara Controller", smedjebacken);
      plans.revise(smedjebacken.planId(), 1, "test");
    }
    int latest = versions.versions(smedjebacken.planId()).size();
    Page page = signedIn("sara");
    String kolada =
        "/plans/" + smedjebacken.planId() + "/versions/" + latest + "/indicators/ensamhet/kolada";
    page.navigate(kolada + "?q=ensamhet");
    noViolations(page);
    page.locator("label[for=compare-all]").click();
    page.locator("button:has-text('Koppla indikatorn')").click();
    assertThat(page.locator("#kolada-done")).containsText("U99905");
    assertThat(page.locator("#kolada-fill")).containsText("läggs till");
    noViolations(page);
    Browser.screenshot(page, "kolada-link");
    page.locator("button:has-text('Hämta in värdena i planen')").click();
    assertThat(page.locator("#kolada-done")).isVisible();
    assertThat(page.locator("#kolada-standings")).containsText("de 25 % bästa är plats 1–");
    noViolations(page);
    page.navigate("/plans/" + smedjebacken.planId() + "/versions/" + latest + "/goals?year=2024");
    assertThat(page.locator("#kolada-ensamhet")).isVisible();
    noViolations(page);
    for (String path :
        List.of(
            "/nationella-data/kolada?q=kostnad",
            "/plans/" + smedjebacken.planId() + "/versions/1/forecast")) {
      Response response = page.navigate(path);
      assertThat(response.status()).as(path).isEqualTo(200);
      noViolations(page);
      Browser.screenshot(page, path.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
    }
  }

  @Test
  void theAdministratorsPagesHaveNoAccessibilityViolations() {
    if (users.byUsername("styrelse").isEmpty()) {
      long id = users.create("styrelse", "Administratör i test", encoder.encode(PASSWORD), false);
      users.grant(id, Grant.administrator());
    }
    Page page = signedIn("styrelse");
    long kerstin = users.byUsername("kerstin").orElseThrow().id();
    for (String path :
        List.of(
            "/admin/users",
            "/admin/users/" + kerstin,
            "/admin/audit",
            "/admin/accessibility-reports",
            "/admin/organisation")) {
      Response response = page.navigate(path);
      assertThat(response.status()).as(path).isEqualTo(200);
      noViolations(page);
      Browser.screenshot(page, path.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
    }
  }

  @Test
  void anAssessmentBadgeOpensItsExplanationWithIndicatorsScoresAndThresholds() {
    PlanSummary sodertalje = versions.plan("0181", "omsorgsnamnden", 2025).orElseThrow();
    Page page = browser.session(base());
    page.navigate("/plans/" + sodertalje.planId() + "/versions/1/goals?year=2025");
    // the page opens with the overview: a goal's subgoals unfold by keyboard
    Locator folded = page.locator("#goal-overview details").first();
    folded.locator("> summary").focus();
    page.keyboard().press("Enter");
    assertThat(folded.locator("> ul.tree")).isVisible();
    noViolations(page);
    Locator assessment = page.locator("details.assessment").first();
    Locator explanation = assessment.locator(".explanation");
    assertThat(explanation).isHidden();
    assessment.locator("summary").focus();
    page.keyboard().press("Enter");
    assertThat(explanation).isVisible();
    assertThat(explanation).containsText("Regel");
    assertThat(explanation.locator("table").first()).isVisible();
    noViolations(page);
    Browser.screenshot(page, "plan-goals");
  }

  @Test
  void aControllerReportsAForecastWithItsRequiredCommentThenReportsAndClosesTheOccasion() {
    PlanSummary lerum = versions.plan("1441", "stod-och-omsorgsnamnden", 2024).orElseThrow();
    Page page = signedIn("frida");
    page.navigate("/plans/" + lerum.planId() + "/versions/2/followup");
    noViolations(page);
    page.locator("main a", new Page.LocatorOptions().setHasText("Delårsrapport 2024")).click();
    assertThat(page.locator("#occasion-heading")).containsText("Öppen");
    assertThat(page.locator("#overview svg")).isVisible();
    String occasion = page.url();
    assertThat(page.locator(".notice", new Page.LocatorOptions().setHasText("Demodata")))
        .isVisible();
    noViolations(page);
    Browser.screenshot(page, "followup-occasion");
    page.locator("a[aria-label='Rapportera Myndighet']").click();
    // htmx listens once the page has loaded; typing before that would not ask for a preview
    page.waitForURL(url -> url.contains("area=myndighet"));
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
    page.locator("#forecast").fill("-224,5");
    assertThat(page.locator("#entry-preview"))
        .containsText(
            "kräver en kommentar",
            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                .setTimeout(15_000));
    assertThat(page.locator("#entry-preview")).containsText("-4,5 mkr");
    noViolations(page);
    page.locator("#entry button[type=submit]").click();
    assertThat(page.locator("#comment-error")).containsText("kräver en kommentar");
    assertThat(page.locator("#a-myndighet")).containsText("-4,5");
    noViolations(page);
    Browser.screenshot(page, "followup-entry");
    page.locator("#comment").fill("Fler placeringar av barn och unga än budgeterat.");
    page.locator("#entry button[type=submit]").click();
    assertThat(page.locator("#a-myndighet")).containsText("-224,5");
    page.locator("#date").fill("2024-09-26");
    page.locator("#paragraph").fill("§ 98");
    page.locator("button", new Page.LocatorOptions().setHasText("Rapporterad till nämnden"))
        .click();
    page.locator("button", new Page.LocatorOptions().setHasText("Stäng uppföljningen")).click();
    assertThat(page.locator("#occasion-heading")).containsText("Stängd");
    assertThat(page.locator("a[aria-label='Rapportera Myndighet']")).hasCount(0);
    assertThat(page.locator("#correction-heading")).hasText("Rätta rapporten");
    noViolations(page);
    // the committee's report, downloaded as the committee gets it
    com.microsoft.playwright.Download pdf =
        page.waitForDownload(() -> page.locator("a[href$='report.pdf']").click());
    com.microsoft.playwright.Download docx =
        page.waitForDownload(() -> page.locator("a[href$='report.docx']").click());
    try {
      org.assertj.core.api.Assertions.assertThat(
              new String(
                  java.nio.file.Files.readAllBytes(pdf.path()),
                  0,
                  5,
                  java.nio.charset.StandardCharsets.ISO_8859_1))
          .isEqualTo("%PDF-");
      org.assertj.core.api.Assertions.assertThat(
              new String(
                  java.nio.file.Files.readAllBytes(docx.path()),
                  0,
                  2,
                  java.nio.charset.StandardCharsets.ISO_8859_1))
          .isEqualTo("PK");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    page.navigate(occasion + "?lang=en");
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertThat(page.locator("#overview-heading")).hasText("Overview");
    assertThat(page.locator("#occasion-heading")).containsText("Closed");
    noViolations(page);
    page.navigate(occasion + "?lang=sv");
  }

  @Test
  void aControllerChangesTheLedgerMappingAndIsShownTheWrongFieldFirst() {
    PlanSummary lerum = versions.plan("1441", "stod-och-omsorgsnamnden", 2024).orElseThrow();
    Page page = signedIn("frida");
    page.navigate("/plans/" + lerum.planId() + "/versions/2/ledger-mapping");
    assertThat(page.locator("#mapping-heading")).hasText("Koppling till huvudboken 2024");
    noViolations(page);
    page.locator("[id='area.8.key']").selectOption("ledning");
    page.locator("[id='area.8.objects']").fill("ansvar 9100");
    page.locator("#mapping-form button[type=submit]").click();
    assertThat(page.locator("#mapping-error")).containsText("säger inte vilka objekt");
    assertThat(page.locator("[id='area.8.objects']")).hasAttribute("aria-invalid", "true");
    noViolations(page);
    Browser.screenshot(page, "ledger-mapping-error");
    page.locator("[id='area.8.objects']").fill("1: 9100");
    page.locator("#reason").fill("Nytt ansvar 9100");
    page.locator("#mapping-form button[type=submit]").click();
    assertThat(page.locator("#mapping-saved")).containsText("version");
    assertThat(page.locator("[id='area.8.objects']")).hasValue("1: 9100");
    noViolations(page);
  }

  @Test
  void aControllerPastesATableFromATabSeparatedClipboardText() {
    Page page = signedIn("kerstin");
    se.styr.budget.BudgetTable table =
        plans
            .load(versions.version(trollhattan.planId(), draft).orElseThrow().versionId())
            .tables()
            .get(0);
    se.styr.budget.TableRow row =
        table.rows().stream()
            .filter(r -> r.role() == se.styr.budget.RowRole.ITEM && r.formula() == null)
            .findFirst()
            .orElseThrow();
    int last = table.columns().size() - 1;
    java.math.BigDecimal before = row.cell(last).value();
    String heading = "\t" + table.columns().get(last).label() + "\n";
    page.navigate("/plans/" + trollhattan.planId() + "/versions/" + draft + "/budget");
    Locator section = page.locator("#t-" + table.key());
    section.locator("details.paste summary").click();
    section.locator("textarea[name=pasted]").fill(heading + row.label() + "\t4 711,5\n");
    noViolations(page);
    section.locator("details.paste button[type=submit]").click();
    assertThat(page.locator("#wr-" + table.key())).containsText("Det inklistrade är inläst: 1");
    noViolations(page);
    // and back as it was, for the other journeys
    page.locator("#t-" + table.key() + " details.paste summary").click();
    page.locator("#t-" + table.key() + " textarea[name=pasted]")
        .fill(
            heading
                + row.label()
                + "\t"
                + (before == null ? "" : se.styr.shared.SwedishNumbers.format(before))
                + "\n");
    page.locator("#t-" + table.key() + " details.paste button[type=submit]").click();
    assertThat(page.locator("#wr-" + table.key())).containsText("1");
  }

  @Test
  void aControllerWritesASavingsMeasureCheckedAsSheTypesAndUndoesIt() {
    Page page = signedIn("olle");
    int aleDraft = aleDraft();
    String parts = "/plans/" + ale.planId() + "/versions/" + aleDraft + "/parts";
    page.navigate(parts);
    assertThat(page.locator("#parts-heading")).isVisible();
    noViolations(page);
    page.navigate(parts + "/actionPlans/digitalisering");
    assertThat(page.locator("#child-items")).containsText("Utveckla ytterligare 1 e-tjänst");
    noViolations(page);

    page.navigate(parts + "/savingsMeasures/savings");
    int before = page.locator("table.data tbody tr").count();
    page.locator("#new-title").fill("Färre externa placeringar");
    page.locator("#new-area").selectOption("ifo");
    page.locator("#new-amount").fill("mycket");
    assertThat(page.locator("#part-check"))
        .containsText(
            "inte ett tal", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
    noViolations(page);
    page.locator("#new-amount").fill("0,8");
    assertThat(page.locator("#part-check"))
        .containsText("Inga fel", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
    page.locator("form.part-form button[type=submit]").click();
    assertThat(page.locator("#part-changed")).hasText("Ändringen är sparad.");
    assertThat(page.locator("#f-amount")).hasValue("0,8");
    noViolations(page);
    Browser.screenshot(page, "part-saved");

    // a required field left out: the summary links the field, which says why
    page.navigate(parts + "/goals");
    page.locator("form.part-form button[type=submit]").click();
    assertThat(page.locator("#part-problems")).isVisible();
    assertThat(page.locator("#new-title")).hasAttribute("aria-invalid", "true");
    noViolations(page);

    // undone from the change log
    page.navigate("/plans/" + ale.planId() + "/versions/" + aleDraft + "/audit");
    page.locator("button", new Page.LocatorOptions().setHasText("Ångra")).first().click();
    page.navigate(parts + "/savingsMeasures/savings");
    assertThat(page.locator("table.data tbody tr")).hasCount(before);
  }

  @Test
  void aControllerAddsATableThroughThePagesGivesItAColumnAndARowAndRemovesIt() {
    Page page = signedIn("olle");
    int aleDraft = aleDraft();
    String parts = "/plans/" + ale.planId() + "/versions/" + aleDraft + "/parts";
    page.navigate(parts);
    assertThat(page.locator("#content-parts")).containsText("Tabeller");
    page.navigate(parts + "/tables");
    noViolations(page);
    page.locator("#new-kind").selectOption("investment_budget");
    page.locator("#new-title").fill("Investeringar i boenden");
    page.locator("#new-unit").fill("tkr");
    assertThat(page.locator("#part-check"))
        .containsText("Inga fel", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
    page.locator("form.part-form button[type=submit]").click();
    assertThat(page.locator("#part-changed")).isVisible();
    assertThat(page.locator("#f-unit")).hasValue("tkr");
    noViolations(page);

    // rows and columns on the shape page, where their figures go along
    page.locator("a", new Page.LocatorOptions().setHasText("Rader och kolumner")).first().click();
    page.locator("#new-column").fill("Budget 2024");
    page.locator("#new-column-type").selectOption("BUDGET");
    page.locator("#new-column-year").fill("2024");
    page.locator("#new-column ~ p button, #new-column-year ~ p button").first().click();
    page.locator("#new-row").fill("Nytt boende i Nödinge");
    page.locator("#new-row ~ p button").first().click();
    assertThat(page.locator("#shape-changed")).isVisible();
    noViolations(page);

    // the column's year and type on its own page
    page.navigate(parts + "/tables/investeringar-i-boenden");
    assertThat(page.locator("#child-columns")).containsText("Budget 2024");
    page.locator("#child-columns a", new Page.LocatorOptions().setHasText("Budget 2024")).click();
    assertThat(page.locator("#f-year")).hasValue("2024");
    noViolations(page);

    page.navigate(parts + "/tables");
    page.locator("button[aria-label='Ta bort Investeringar i boenden']").click();
    assertThat(page.locator("#part-changed")).isVisible();
    org.assertj.core.api.Assertions.assertThat(
            plans
                .load(versions.version(ale.planId(), aleDraft).orElseThrow().versionId())
                .table("investeringar-i-boenden"))
        .isEmpty();
  }

  @Test
  void aMunicipalControllerMakesTheTemplateAndStartsAPlanFromIt() {
    Page page = signedIn("maria");
    page.navigate("/plans/" + trollhattan.planId() + "/versions/1/history");
    page.locator("#template-heading ~ form button").click();
    assertThat(page.locator("#template-saved")).isVisible();
    noViolations(page);
    page.navigate("/plans/new");
    page.locator("input[name=start][value=template]").check();
    page.locator("#year").fill("2030");
    noViolations(page);
    page.locator("main form button[type=submit]").click();
    assertThat(page.locator("main h1")).isVisible();
    org.assertj.core.api.Assertions.assertThat(page.url()).contains("/versions/1");
    se.styr.version.PlanSummary started =
        versions.plans().stream().filter(p -> p.budgetYear() == 2030).findFirst().orElseThrow();
    se.styr.plan.PlanDocument draft =
        plans.load(versions.version(started.planId(), 1).orElseThrow().versionId());
    org.assertj.core.api.Assertions.assertThat(draft.tables()).isNotEmpty();
    org.assertj.core.api.Assertions.assertThat(draft.header().period().budgetYear())
        .isEqualTo(2030);
  }

  @Test
  void aControllerRollsTrollhattansPlanIntoNextYearAndEveryColumnShifts() {
    Page page = signedIn("kerstin");
    se.styr.plan.PlanDocument decided =
        plans.load(versions.version(trollhattan.planId(), 1).orElseThrow().versionId());
    page.navigate("/plans/" + trollhattan.planId() + "/versions/1/next-year");
    assertThat(page.locator("#next-year-heading")).hasText("Planen för 2025");
    noViolations(page);
    int columns = decided.tables().stream().mapToInt(t -> t.columns().size()).sum();
    assertThat(page.locator("#next-year tbody tr")).hasCount(columns);
    // what the preview says of each column, table by table
    List<String[]> said = new java.util.ArrayList<>();
    for (Locator table : page.locator("#next-year table").all()) {
      String caption = table.locator("caption").innerText().strip();
      for (Locator row : table.locator("tbody tr").all()) {
        said.add(
            new String[] {
              caption,
              row.locator("th").innerText().strip(),
              row.locator("td").nth(0).innerText().strip(),
              row.locator("td").nth(1).innerText().strip()
            });
      }
    }
    page.locator("#next-year form button[type=submit]").click();
    page.waitForURL(url -> !url.contains("next-year"));
    PlanSummary next = versions.plan("1488", "omsorgsnamnden", 2025).orElseThrow();
    se.styr.plan.PlanDocument draft =
        plans.load(versions.version(next.planId(), 1).orElseThrow().versionId());
    assertThat(draft.header().period().budgetYear()).isEqualTo(2025);
    int checked = 0;
    for (int t = 0; t < decided.tables().size(); t++) {
      se.styr.budget.BudgetTable before = decided.tables().get(t);
      se.styr.budget.BudgetTable after = draft.tables().get(t);
      assertThat(after.columns()).hasSameSizeAs(before.columns());
      assertThat(after.rows())
          .extracting(r -> r.key())
          .isEqualTo(before.rows().stream().map(r -> r.key()).toList());
      for (int c = 0; c < before.columns().size(); c++) {
        se.styr.budget.TableColumn was = before.columns().get(c);
        se.styr.budget.TableColumn is = after.columns().get(c);
        if (was.year() == null) {
          assertThat(is.label()).isEqualTo(was.label());
          continue;
        }
        // every year moves on by one, in the year, the label and the key
        assertThat(is.year()).as(before.key() + " " + was.label()).isEqualTo(was.year() + 1);
        assertThat(is.label())
            .isEqualTo(
                was.label().replace(String.valueOf(was.year()), String.valueOf(was.year() + 1)));
        String[] line =
            said.stream()
                .filter(l -> l[0].equals(before.title()) && l[1].equals(is.label()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the preview names " + is.label()));
        assertThat(line[2]).isEqualTo(was.label());
        if (line[3].startsWith("från kolumnen ")) {
          String from = line[3].substring("från kolumnen ".length());
          int source =
              java.util.stream.IntStream.range(0, before.columns().size())
                  .filter(i -> before.columns().get(i).label().equals(from))
                  .findFirst()
                  .orElseThrow();
          for (int r = 0; r < before.rows().size(); r++) {
            assertThat(after.rows().get(r).cell(c).value())
                .as(before.key() + "." + before.rows().get(r).key() + " " + is.label())
                .isEqualTo(before.rows().get(r).cell(source).value());
          }
        } else if (line[3].startsWith("tomma")) {
          for (int r = 0; r < before.rows().size(); r++) {
            assertThat(after.rows().get(r).cell(c).value())
                .as(is.label() + " blank, not zero")
                .isNull();
          }
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(5);
    page.navigate(budget(next, 1));
    se.styr.budget.BudgetTable first = draft.tables().get(0);
    assertThat(page.locator("#t-" + first.key() + " thead th").allInnerTexts())
        .containsAll(first.columns().stream().map(se.styr.budget.TableColumn::label).toList());
    noViolations(page);
  }

  @Test
  void theEnglishPagesSayTheirLanguage() {
    Page page = browser.session(base());
    page.navigate("/plans/" + trollhattan.planId() + "/versions/1/budget?lang=en");
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertThat(page.locator("nav .tabs")).containsText("Goals and indicators");
    noViolations(page);
    page.navigate("/?lang=sv");
    assertThat(page.locator("html")).hasAttribute("lang", "sv");
  }

  @Test
  void theSignInPageIsAccessible() {
    Page page = browser.session(base());
    page.navigate("/login");
    noViolations(page);
    Browser.screenshot(page, "login");
    page.locator("#username").fill("kerstin");
    page.locator("#password").fill("fel-lösenord-här");
    page.locator("main button[type=submit]").click();
    assertThat(page.locator("[role=alert]")).containsText("Fel användarnamn eller lösenord");
  }
}
