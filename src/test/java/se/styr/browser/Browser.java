package se.styr.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, never a downloaded browser. Without /usr/bin/chromium (or
 * STYR_CHROMIUM) the browser tests are skipped with a message saying so; .ci/run installs it.
 */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final List<String> ARGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run");
  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;

  private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  static Path executable() {
    return Paths.get(System.getenv().getOrDefault("STYR_CHROMIUM", "/usr/bin/chromium"));
  }

  /** Starts Chromium, or skips the calling test class when it is not installed. */
  static Browser start() {
    Assumptions.assumeTrue(
        Files.isExecutable(executable()),
        "Browser tests skipped: no Chromium at "
            + executable()
            + " (apt-get install -y chromium, or set STYR_CHROMIUM)");
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    com.microsoft.playwright.Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(executable())
                    .setHeadless(true)
                    .setArgs(ARGS));
    return new Browser(playwright, browser);
  }

  /** A fresh session (its own cookies), in Swedish, at the given base address. */
  Page session(String baseUrl) {
    BrowserContext context =
        browser.newContext(
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale("sv-SE")
                .setViewportSize(1280, 900));
    context.setDefaultTimeout(15_000);
    return context.newPage();
  }

  /** Runs axe-core on the page for WCAG 2.0/2.1 A and AA and returns the violations, described. */
  /** A new session of {@code base}, signed in as {@code username} through the sign-in page. */
  Page signedIn(String base, String username, String password) {
    Page page = session(base);
    page.navigate("/login");
    page.locator("#username").fill(username);
    page.locator("#password").fill(password);
    page.locator("main button[type=submit]").click();
    page.waitForURL(url -> !url.contains("/login"));
    return page;
  }

  static List<String> accessibilityViolations(Page page) {
    AxeResults results =
        new AxeBuilder(page)
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze();
    return results.getViolations().stream().map(Browser::describe).collect(Collectors.toList());
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream()
            .map(n -> String.valueOf(n.getTarget()))
            .limit(5)
            .collect(Collectors.joining(", "));
  }

  static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
