package se.styr.texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.styr.plan.SeedFigures;
import se.styr.plan.SeedPlansTest;

/**
 * Section bodies render as Markdown that a page may insert unescaped, whatever the author wrote.
 */
class SectionMarkdownTest {

  /** Hostile bodies; each must render without anything a browser would run. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "Text <script>alert(1)</script> mer text",
        "<img src=x onerror=alert(1)>",
        "Före <img src=x onerror=alert(1)> efter",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript&#x3A;alert(1))",
        "[x](java&#9;script:alert(1))",
        "[x](java&#10;script:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](  javascript:alert(1))",
        "[x](javascript\\:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,<script>alert(1)</script>)",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<a href=\"javascript:alert(1)\">klicka</a>",
        "<a href='javascript:alert(1)'>klicka</a>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<div>\n<iframe src=javascript:alert(1)>\n</div>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "[x](http://ok.example \"<script>alert(1)</script>\")",
        "[x](http://ok.example \"\\\" onmouseover=alert(1) x=\\\"\")",
        "[x](http://ok.example 'a\" onclick=\"alert(1)')",
        "![x](javascript:alert(1))",
        "![x\" onerror=\"alert(1)](http://evil.example/x.png)",
        "[![bild](http://evil.example/x.png)](javascript:alert(1))",
        "`<script>alert(1)</script>`",
        "```html\" onclick=\"alert(1)\n<script>alert(1)</script>\n```",
        "    <script>alert(1)</script>",
        "***\"fet\" *'kursiv' **\"<script>\"** '*** slut",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "[x](http://ok.example)<!-- --><script>alert(1)</script>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "[x](//evil.example:80/javascript:alert(1))"
      })
  void rendersHostileInputWithoutExecutableMarkup(String markdown) {
    String html = SectionMarkdown.html(markdown);

    HtmlCheck.assertSafe(html);
  }

  @Test
  void escapesRawHtmlSoItShowsAsText() {
    assertThat(SectionMarkdown.html("<script>alert(1)</script>"))
        .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
    assertThat(SectionMarkdown.html("Före <img src=x onerror=alert(1)> efter"))
        .isEqualTo("<p>Före &lt;img src=x onerror=alert(1)&gt; efter</p>\n");
  }

  @Test
  void dropsTheTargetOfAJavascriptLinkAndKeepsItsText() {
    assertThat(SectionMarkdown.html("[x](javascript:alert(1))")).isEqualTo("<p>x</p>\n");
    assertThat(SectionMarkdown.html("[x](JaVaScRiPt:alert(1))")).isEqualTo("<p>x</p>\n");
    assertThat(SectionMarkdown.html("[x](&#106;avascript:alert(1))")).isEqualTo("<p>x</p>\n");
    assertThat(SectionMarkdown.html("[x](java&#9;script:alert(1))")).isEqualTo("<p>x</p>\n");
    assertThat(SectionMarkdown.html("[x](data:text/html;base64,PHNjcmlwdD4=)"))
        .isEqualTo("<p>x</p>\n");
  }

  @Test
  void rendersAnAutolinkWithAForbiddenSchemeAsText() {
    assertThat(SectionMarkdown.html("<javascript:alert(1)>"))
        .isEqualTo("<p>javascript:alert(1)</p>\n");
  }

  @Test
  void escapesHtmlInLinkTitles() {
    assertThat(SectionMarkdown.html("[x](https://styr.example \"<b>\\\"rubrik\\\"</b>\")"))
        .isEqualTo(
            "<p><a href=\"https://styr.example\" title=\"&lt;b&gt;&quot;rubrik&quot;&lt;/b&gt;\""
                + " rel=\"noopener noreferrer nofollow\">x</a></p>\n");
  }

  @Test
  void escapesScriptInsideInlineCode() {
    assertThat(SectionMarkdown.html("Skriv `<script>alert(1)</script>` aldrig"))
        .isEqualTo("<p>Skriv <code>&lt;script&gt;alert(1)&lt;/script&gt;</code> aldrig</p>\n");
  }

  @Test
  void dropsACodeLanguageThatIsNotAPlainWord() {
    assertThat(SectionMarkdown.html("```js\" onclick=\"x\nkod\n```"))
        .isEqualTo("<pre><code>kod\n</code></pre>\n");
    assertThat(SectionMarkdown.html("```yaml\nkod\n```"))
        .isEqualTo("<pre><code class=\"language-yaml\">kod\n</code></pre>\n");
  }

  @Test
  void rendersImagesAsTheirAltText() {
    assertThat(
            SectionMarkdown.html(
                "Se ![Diagram över *kostnader*](https://evil.example/x.png) nedan"))
        .isEqualTo("<p>Se Diagram över kostnader nedan</p>\n");
    assertThat(SectionMarkdown.html("![a\" onerror=\"alert(1)](x.png)"))
        .isEqualTo("<p>a&quot; onerror=&quot;alert(1)</p>\n");
  }

  @Test
  void givesLinksRelNoopenerNoreferrerNofollow() {
    assertThat(
            SectionMarkdown.html(
                "Läs [budgeten](https://www.lerum.se/budget) och [planen](/planer/1441) eller "
                    + "mejla [oss](mailto:son@lerum.se)"))
        .isEqualTo(
            "<p>Läs <a href=\"https://www.lerum.se/budget\" rel=\"noopener noreferrer"
                + " nofollow\">budgeten</a> och <a href=\"/planer/1441\" rel=\"noopener noreferrer"
                + " nofollow\">planen</a> eller mejla <a href=\"mailto:son@lerum.se\""
                + " rel=\"noopener noreferrer nofollow\">oss</a></p>\n");
  }

  @Test
  void percentEncodesSwedishLettersInLinkAddresses() {
    assertThat(SectionMarkdown.html("[x](https://www.ale.se/äldreomsorg)"))
        .contains("href=\"https://www.ale.se/%C3%A4ldreomsorg\"");
  }

  @Test
  void rendersSwedishTextHeadingsListsEmphasisAndLineBreaks() {
    String markdown =
        """
        ## Äldreomsorg

        Nämnden ansvarar för **särskilt boende** och *hemtjänst* i Söderköping.
        Raden fortsätter i samma stycke.

        Första raden \s
        andra raden\\
        tredje raden

        - omsorgen av äldre människor,
        - färdtjänst och bostadsanpassning.

        1. Öka
        2. Minska
        """;

    assertThat(SectionMarkdown.html(markdown))
        .isEqualTo(
            """
            <h2>Äldreomsorg</h2>
            <p>Nämnden ansvarar för <strong>särskilt boende</strong> och <em>hemtjänst</em> i Söderköping.
            Raden fortsätter i samma stycke.</p>
            <p>Första raden<br />
            andra raden<br />
            tredje raden</p>
            <ul>
            <li>omsorgen av äldre människor,</li>
            <li>färdtjänst och bostadsanpassning.</li>
            </ul>
            <ol>
            <li>Öka</li>
            <li>Minska</li>
            </ol>
            """);
  }

  @Test
  void keepsTheStartOfAnOrderedList() {
    assertThat(SectionMarkdown.html("3. tredje\n4. fjärde")).startsWith("<ol start=\"3\">");
  }

  @Test
  void rendersNestedEmphasisWithQuotesEscaped() {
    assertThat(SectionMarkdown.html("**Nämnden säger \"*öka*\" och '_minska_'**"))
        .isEqualTo(
            "<p><strong>Nämnden säger &quot;<em>öka</em>&quot; och"
                + " '<em>minska</em>'</strong></p>\n");
  }

  @Test
  void rendersEmptyOrMissingTextAsNothing() {
    assertThat(SectionMarkdown.html(null)).isEmpty();
    assertThat(SectionMarkdown.html("  \n")).isEmpty();
    assertThat(SectionMarkdown.plainText(null)).isEmpty();
  }

  @Test
  void rendersTheDemoPlansSectionsSafely() {
    for (String name : SeedFigures.PLANS) {
      for (Section section : SeedPlansTest.demo(name).sections()) {
        HtmlCheck.assertSafe(SectionMarkdown.html(section.text()));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ">", "[", "*", "- ", "> - ", "(", "[a](", "**_", "`", "<", "![", "1. ", "\\", "&#"
      })
  void rendersAHundredThousandCharactersOfNestingQuicklyWithoutOverflow(String unit) {
    String markdown = unit.repeat(100_000 / unit.length()) + " slut\n\nslut";

    String html =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> SectionMarkdown.html(markdown));
    String text =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> SectionMarkdown.plainText(markdown));

    HtmlCheck.assertSafe(html);
    assertThat(html).contains("slut");
    assertThat(text).contains("slut");
  }

  @Test
  void capsTheDepthOfNestedQuotes() {
    String html = SectionMarkdown.html(">".repeat(1000) + " djupt");

    assertThat(html.split("<blockquote>", -1)).hasSize(SectionMarkdown.MAX_NESTING + 1);
    assertThat(html).contains("djupt");
  }

  @Test
  void rendersALongOrdinaryTextQuickly() {
    String paragraph = "Nämnden **ansvarar** för [äldreomsorg](https://www.ale.se) och *LSS*.\n\n";
    String markdown = paragraph.repeat(100_000 / paragraph.length());

    String html =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> SectionMarkdown.html(markdown));

    assertThat(html).contains("<strong>ansvarar</strong>");
  }

  @Test
  void givesPlainTextWithoutMarkupOneBlockPerLine() {
    String markdown =
        "## Rubrik\n\n"
            + "Ett **fett** ord, en [länk](https://x.se) och ![bild](x.png).\n\n"
            + "- ett\n"
            + "- två\n\n"
            + "<b>html</b>";

    assertThat(SectionMarkdown.plainText(markdown))
        .isEqualTo("Rubrik\nEtt fett ord, en länk och bild.\nett\ntvå\n<b>html</b>");
  }

  @Test
  void acceptsOnlyHttpHttpsMailtoAndRelativeAddresses() {
    assertThat(SectionMarkdown.safeUrl("https://a.se/x?y=1#z")).isEqualTo("https://a.se/x?y=1#z");
    assertThat(SectionMarkdown.safeUrl("HTTP://a.se")).isEqualTo("HTTP://a.se");
    assertThat(SectionMarkdown.safeUrl("mailto:a@b.se")).isEqualTo("mailto:a@b.se");
    assertThat(SectionMarkdown.safeUrl("/planer/1441?visa=1:2")).isEqualTo("/planer/1441?visa=1:2");
    assertThat(SectionMarkdown.safeUrl("#avsnitt")).isEqualTo("#avsnitt");
    assertThat(SectionMarkdown.safeUrl("bilaga.pdf")).isEqualTo("bilaga.pdf");
    assertThat(
            List.of(
                "javascript:x",
                " javascript:x",
                "java\tscript:x",
                "java\nscript:x",
                "\u0001javascript:x",
                "vbscript:x",
                "data:text/html,x",
                "file:///etc/passwd",
                "ftp://a.se",
                "tel:+46",
                "\u00a0javascript:x",
                "javascript&colon;x:",
                "",
                " "))
        .allSatisfy(url -> assertThat(SectionMarkdown.safeUrl(url)).as(url).isNull());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<p onclick=\"x\">a</p>",
        "<a href=\"javascript:x\">a</a>",
        "<a href=\"&#106;avascript:x\">a</a>",
        "<a href=\"java&#9;script:x\">a</a>",
        "<img src=x onerror=y>",
        "<script>x</script>",
        "<p>a > b</p>",
        "<svg/onload=x>",
        "<iframe></iframe>",
        "<a href=\"data:text/html,x\">a</a>"
      })
  void theCheckItselfRejectsExecutableMarkup(String html) {
    assertThatThrownBy(() -> HtmlCheck.assertSafe(html)).isInstanceOf(AssertionError.class);
  }

  /**
   * An HTML-ish check of rendered output: only known tags, only inert attributes, no script
   * addresses.
   */
  static final class HtmlCheck {
    private static final Pattern TAG =
        Pattern.compile("<(/?)([a-zA-Z0-9]+)((?:\\s+[a-zA-Z-]+=\"[^\"]*\")*)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([a-zA-Z-]+)=\"([^\"]*)\"");
    private static final Set<String> TAGS =
        Set.of(
            "p",
            "em",
            "strong",
            "a",
            "code",
            "pre",
            "ul",
            "ol",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "br",
            "hr");
    private static final Set<String> ATTRIBUTES = Set.of("href", "title", "rel", "start", "class");

    static void assertSafe(String html) {
      String lower = html.toLowerCase(Locale.ROOT);
      assertThat(lower)
          .doesNotContain("<script")
          .doesNotContain("<img")
          .doesNotContain("<svg")
          .doesNotContain("<iframe")
          .doesNotContain("<a href=\"javascript");
      int position = 0;
      Matcher tag = TAG.matcher(html);
      while (true) {
        int next = html.indexOf('<', position);
        if (next < 0) {
          break;
        }
        assertThat(tag.find(next) && tag.start() == next)
            .as("a well-formed tag at %d of %s", next, html)
            .isTrue();
        assertThat(TAGS).as("tag in %s", html).contains(tag.group(2).toLowerCase(Locale.ROOT));
        assertThat(tag.group(3).replaceAll("=\"[^\"]*\"", "=\"\""))
            .as("event handler attribute in %s", tag.group())
            .doesNotContainPattern("(?i)\\son\\w+=");
        Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
        while (attribute.find()) {
          String name = attribute.group(1).toLowerCase(Locale.ROOT);
          String value = decode(attribute.group(2));
          assertThat(ATTRIBUTES).as("attribute in %s", tag.group()).contains(name);
          if (name.equals("href")) {
            String compact = value.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
            assertThat(compact)
                .as("href")
                .doesNotStartWith("javascript:")
                .doesNotStartWith("vbscript:")
                .doesNotStartWith("data:")
                .matches("(https?:|mailto:|[^:]*$|[^:]*[/?#].*).*");
          }
        }
        position = tag.end();
      }
      assertThat(html.replaceAll("<[^<>]*>", ""))
          .as("text outside tags")
          .doesNotContain("<")
          .doesNotContain(">");
    }

    /**
     * What a browser reads from an attribute value: the entities the renderer writes, and numeric
     * ones.
     */
    private static String decode(String value) {
      Matcher numeric = Pattern.compile("&#([xX]?)([0-9a-fA-F]+);?").matcher(value);
      StringBuilder out = new StringBuilder();
      while (numeric.find()) {
        int code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
        numeric.appendReplacement(out, Matcher.quoteReplacement(Character.toString(code)));
      }
      numeric.appendTail(out);
      return out.toString()
          .replace("&quot;", "\"")
          .replace("&lt;", "<")
          .replace("&gt;", ">")
          .replace("&colon;", ":")
          .replace("&Tab;", "\t")
          .replace("&NewLine;", "\n")
          .replace("&amp;", "&");
    }
  }
}
