package se.styr.documents.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import se.styr.documents.DocumentPlans;
import se.styr.documents.model.DocumentLayout;
import se.styr.documents.model.PlanPrinter;
import se.styr.documents.model.PrintedPlan;
import se.styr.it.HostileInput;

class HtmlRendererTest {
  /**
   * Golden pages of the five seed plans, without their inlined stylesheet; rewrite them with
   * -Dstyr.updateGolden=true after an intended change.
   */
  static final Path GOLDEN = Path.of("src/test/resources/documents/golden");

  static final java.util.List<String> SEEDS = DocumentPlans.SEEDS;

  @ParameterizedTest
  @FieldSource("SEEDS")
  void printsEachSeedPlanAsItsGoldenPage(String seed) throws IOException {
    // The stylesheet is inlined from static/css/document.css, a file of its own; the golden pages
    // hold the markup.
    String html =
        HtmlRenderer.page(DocumentPlans.printedSeed(seed))
            .replaceFirst("(?s)<style>.*?</style>", "<style>/* static/css/document.css */</style>");
    Path golden = GOLDEN.resolve(seed + ".html");
    if (Boolean.getBoolean("styr.updateGolden") || !Files.exists(golden)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, html, StandardCharsets.UTF_8);
      if (!Boolean.getBoolean("styr.updateGolden")) {
        fail("wrote the missing golden page " + golden + "; check it and run again");
      }
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(html)) {
      Path actual = Path.of("target/golden-actual", seed + ".html");
      Files.createDirectories(actual.getParent());
      Files.writeString(actual, html, StandardCharsets.UTF_8);
      String[] want = expected.split("\n", -1);
      String[] got = html.split("\n", -1);
      for (int i = 0; i < Math.max(want.length, got.length); i++) {
        String w = i < want.length ? want[i] : "<end>";
        String g = i < got.length ? got[i] : "<end>";
        if (!w.equals(g)) {
          fail(
              "the page of %s differs from %s at line %d (whole page in %s):%n  golden: %s%n  now: "
                  + "   %s",
              seed, golden, i + 1, actual, w, g);
        }
      }
    }
  }

  @Test
  void aWholePageNamesItsLanguageTitleAndDescriptionAndCarriesItsStylesheet() {
    String html = HtmlRenderer.page(DocumentPlans.printedSeed("trollhattan-omsorgsnamnden-2024"));

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"sv\">")
        .contains("<title>Verksamhetsplan med budget 2024</title>")
        .contains(
            "<meta name=\"description\" content=\"Trollhättan, Omsorgsnämnden: Verksamhetsplan med"
                + " budget 2024.\"/>")
        .contains("@page")
        .contains("<h1 class=\"document-title\">");
  }

  @Test
  void theArticleForAWebPageHasNoInlineStyleAndNoSecondMainHeading() {
    String article =
        HtmlRenderer.article(DocumentPlans.printedSeed("sodertalje-omsorgsnamnden-2025"));

    assertThat(article)
        .startsWith("<article class=\"plan-document\" lang=\"sv\">")
        .doesNotContain("<style")
        .doesNotContain("style=")
        .doesNotContain("<h1")
        .contains("<p class=\"document-title\">Verksamhetsplan 2025</p>");
  }

  @Test
  void printsHostileTextAsText() {
    String hostile = String.join(" ", HostileInput.all());
    String content =
        """
          - section: farlig
            title: '%s'
            text: |
              %s

              <div onclick="alert(1)">klick</div> ![bild](https://example.org/x.png) [länk](javascript:alert(2))
          - table: t
            kind: statistics
            title: '%s'
            unit: antal
            columns: [{key: a, label: '<b>Antal</b>', type: outcome, year: 2023}]
            rows: [{key: r, label: '%s', note: '%s', values: [1]}]
        """
            .formatted(
                yaml(hostile), hostile, yaml(hostile), yaml(hostile), yaml(HostileInput.SCRIPT));
    PrintedPlan printed =
        PlanPrinter.print(
            DocumentPlans.plan(DocumentPlans.DRAFT, content, ""), DocumentLayout.DEFAULT);

    for (String html : new String[] {HtmlRenderer.page(printed), HtmlRenderer.article(printed)}) {
      HostileInput.assertInert(html);
      assertThat(html)
          .doesNotContainIgnoringCase("href=\"javascript")
          .doesNotContain("<div onclick")
          .doesNotContain("<b>Antal</b>")
          .contains("&lt;b&gt;Antal&lt;/b&gt;");
    }
  }

  private static String yaml(String text) {
    return text.replace("'", "''");
  }
}
