package se.styr.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;

/**
 * What an attacker types into a text field, and the check that a page shows it as inert text: no
 * script the page did not bring itself, no image, no event-handler attribute, no javascript:
 * address, and no Thymeleaf or other template expression evaluated. The page is parsed as HTML
 * (with Thymeleaf's own parser), so an escaped payload inside a text or an attribute value does not
 * count.
 */
public final class HostileInput {
  public static final String SCRIPT = "<script>alert(1)</script>";
  public static final String IMAGE = "\"><img src=x onerror=alert(1)>";
  public static final String MARKDOWN_LINK = "[klicka här](javascript:alert(1))";

  /** Template payloads between markers: evaluated, they would leave X49Y on the page. */
  public static final List<String> TEMPLATES = List.of("X{{7*7}}Y", "X[[${7*7}]]Y", "X__${7*7}__Y");

  public static final String EVALUATED = "X49Y";

  private HostileInput() {}

  /** Every payload, each with a marker so that a test can find it again. */
  public static List<String> all() {
    List<String> all = new ArrayList<>(List.of(SCRIPT, IMAGE, MARKDOWN_LINK));
    all.addAll(TEMPLATES);
    return all;
  }

  /** The page shows every payload as text only. */
  public static void assertInert(String html) {
    Findings findings = new Findings();
    try {
      new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(html, findings);
    } catch (ParseException e) {
      throw new AssertionError("The page is not parseable HTML: " + e.getMessage(), e);
    }
    assertThat(findings.problems).as("active markup on the page").isEmpty();
    assertThat(html).doesNotContain(SCRIPT).doesNotContain("<img").doesNotContain(EVALUATED);
  }

  private static final class Findings extends AbstractMarkupHandler {
    private final List<String> problems = new ArrayList<>();
    private String element;

    @Override
    public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
      start(new String(buffer, offset, len), line);
    }

    @Override
    public void handleStandaloneElementStart(
        char[] buffer, int offset, int len, boolean minimized, int line, int col) {
      start(new String(buffer, offset, len), line);
    }

    private void start(String name, int line) {
      element = name.toLowerCase(Locale.ROOT);
      if (element.equals("img")
          || element.equals("iframe")
          || element.equals("object")
          || element.equals("embed")) {
        problems.add("<" + element + "> at line " + line);
      }
    }

    @Override
    public void handleAttribute(
        char[] buffer,
        int nameOffset,
        int nameLen,
        int nameLine,
        int nameCol,
        int operatorOffset,
        int operatorLen,
        int operatorLine,
        int operatorCol,
        int valueContentOffset,
        int valueContentLen,
        int valueOuterOffset,
        int valueOuterLen,
        int valueLine,
        int valueCol) {
      String name = new String(buffer, nameOffset, nameLen).toLowerCase(Locale.ROOT);
      String value =
          new String(buffer, valueContentOffset, valueContentLen).strip().toLowerCase(Locale.ROOT);
      if (name.startsWith("on")) {
        problems.add("event handler " + name + " on <" + element + "> at line " + nameLine);
      }
      if ((name.equals("href")
              || name.equals("src")
              || name.equals("action")
              || name.equals("formaction"))
          && value.replaceAll("[\\s\\x00-\\x1f]", "").startsWith("javascript:")) {
        problems.add(name + "=" + value + " on <" + element + "> at line " + nameLine);
      }
      if (element.equals("script") && name.equals("src") && !value.startsWith("/")) {
        problems.add("script from " + value + " at line " + nameLine);
      }
    }

    @Override
    public void handleText(char[] buffer, int offset, int len, int line, int col) {
      if ("script".equals(element) && !new String(buffer, offset, len).isBlank()) {
        problems.add("inline script at line " + line);
      }
    }

    @Override
    public void handleCloseElementStart(char[] buffer, int offset, int len, int line, int col) {
      element = null;
    }

    @Override
    public void handleAutoCloseElementStart(char[] buffer, int offset, int len, int line, int col) {
      element = null;
    }
  }
}
