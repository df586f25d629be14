package se.styr.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
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
import se.styr.plan.PlanSummary;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;

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
  @LocalServerPort
  int port;
  @Autowired
  UserStore users;
  @Autowired
  PasswordEncoder encoder;
  @Autowired
  PlanStore plans;
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
    trollhattan = plans.plan("1488", "omsorgsnamnden", 2024).orElseThrow();
    ale = plans.plan("1440", "socialnamnden", 2024).orElseThrow();
    if (users.byUsername("kerstin").isEmpty()) {
      controller("kerstin", "Kerstin Controller", trollhattan);
      controller("lisa", "Lisa Controller", trollhattan);
      controller("olle", "Olle på Ale", ale);
      plans.revise(trollhattan.planId(), 1, "test");
      plans.revise(ale.planId(), 1, "test");
    }
    draft = plans.versions(trollhattan.planId()).size();
  }

  private void controller(String username, String name, PlanSummary plan) {
    long id = users.create(username, name, encoder.encode(PASSWORD), false);
    users.grant(id, Grant.of(Role.CONTROLLER, plan.municipalityCode(), plan.committeeId()));
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private Page signedIn(String username) {
    Page page = browser.session(base());
    page.navigate("/login");
    page.locator("#username").fill(username);
    page.locator("#password").fill(PASSWORD);
    page.locator("main button[type=submit]").click();
    page.waitForURL(url -> !url.contains("/login"));
    return page;
  }

  private static void noViolations(Page page) {
    assertThat(Browser.accessibilityViolations(page)).as("axe-core on " + page.url()).isEmpty();
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
    for (String municipality : List.of("Ale", "Lerum", "Smedjebacken", "Södertälje", "Trollhättan")) {
      assertThat(page.locator("#results h2", new Page.LocatorOptions().setHasText(municipality))).isVisible();
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
    table.locator("button[type=submit]").click();
    assertThat(page.locator("#t-driftsammandrag tr.total td").nth(2)).containsText("Beräknat 1 326 245");
    assertThat(page.locator("#t-driftsammandrag tr.total td").nth(2)).containsText("skillnad -999");
    assertThat(page.locator("#t-driftsammandrag a[href$='/cells/hemtjanst/b2024']")).hasText("51 643");
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
    kerstin.locator("#t-driftsammandrag button[type=submit]").click();
    assertThat(kerstin.locator("#t-driftsammandrag a[href$='/cells/sabo/p2025']")).hasText("282 661");
    lisa.locator("#t-driftsammandrag input[name=value]").fill("300 000");
    lisa.locator("#t-driftsammandrag button[type=submit]").click();
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
    PlanSummary sodertalje = plans.plan("0181", "omsorgsnamnden", 2025).orElseThrow();
    Page page = browser.session(base());
    page.navigate("/plans/" + trollhattan.planId() + "/versions/1/charts");
    assertThat(page.locator("figure.chart svg[role=img]").first()).isVisible();
    noViolations(page);
    Browser.screenshot(page, "plan-charts");
    page.navigate("/plans/" + sodertalje.planId() + "/versions/1/charts");
    assertThat(page.locator("#indicator-charts ~ figure, #indicator-charts + p, section figure").first()).isVisible();
    page.locator("figure.chart summary").first().click();
    assertThat(page.locator("figure.chart table").first()).isVisible();
    noViolations(page);
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
