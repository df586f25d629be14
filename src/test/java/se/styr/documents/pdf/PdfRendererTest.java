package se.styr.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import se.styr.documents.PlanHtml;

class PdfRendererTest {
  private static final Instant DECIDED = Instant.parse("2024-11-20T09:30:00Z");
  private static final PdfOptions OPTIONS =
      new PdfOptions(
          "Verksamhetsplan 2025",
          "Socialnämndens plan och budget för 2025",
          "Socialnämnden",
          "sv-SE",
          List.of("plan", "budget"),
          null,
          DECIDED);

  private static final String PARAGRAPHS =
      "<p>Nämnden ska minska kostnaderna för placeringar.</p>".repeat(3);

  @Test
  void tagsTheDocumentForScreenReadersInTheOptionsLanguage() throws Exception {
    byte[] pdf = render(PARAGRAPHS);

    try (PDDocument document = load(pdf)) {
      var catalog = document.getDocumentCatalog();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getLanguage()).isEqualTo("sv-SE");
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Verksamhetsplan 2025");
    }
  }

  @Test
  void writesTheSameMetadataToInfoAndXmp() throws Exception {
    byte[] pdf = render(PARAGRAPHS);

    try (PDDocument document = load(pdf)) {
      var info = document.getDocumentInformation();
      assertThat(info.getSubject()).isEqualTo("Socialnämndens plan och budget för 2025");
      assertThat(info.getAuthor()).isEqualTo("Socialnämnden");
      assertThat(info.getKeywords()).isEqualTo("plan, budget");
      assertThat(info.getCreationDate().toInstant()).isEqualTo(DECIDED);

      var xmp =
          new org.apache.xmpbox.xml.DomXmpParser()
              .parse(document.getDocumentCatalog().getMetadata().exportXMPMetadata());
      var dc = xmp.getDublinCoreSchema();
      assertThat(dc.getTitle()).isEqualTo("Verksamhetsplan 2025");
      assertThat(dc.getDescription()).isEqualTo("Socialnämndens plan och budget för 2025");
      assertThat(dc.getCreators()).containsExactly("Socialnämnden");
      assertThat(dc.getLanguages()).containsExactly("sv-SE");
      assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
      assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
      assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(DECIDED);
      assertThat(
              new String(
                  document.getDocumentCatalog().getMetadata().toByteArray(),
                  java.nio.charset.StandardCharsets.UTF_8))
          .contains("<pdfuaid:part>1</pdfuaid:part>");
    }
  }

  @Test
  void takesTheDescriptionFromTheHtmlWhenTheOptionsHaveNone() throws Exception {
    var options = new PdfOptions("Plan", null, null, "sv-SE", null, null, DECIDED);
    byte[] pdf = PdfRenderer.render(PlanHtml.document("Plan", PARAGRAPHS), options);

    try (PDDocument document = load(pdf)) {
      assertThat(document.getDocumentInformation().getSubject())
          .isEqualTo("Nämndens plan och budget");
    }
  }

  @Test
  void givesTheSameBytesForTheSameDocumentAndCreationTime() throws Exception {
    assertThat(render(PARAGRAPHS)).isEqualTo(render(PARAGRAPHS));
  }

  @Test
  void embedsEveryFontItUses() throws Exception {
    String html =
        "<h1>Rubrik</h1><p>Brödtext <strong>fet</strong> <em>kursiv</em>"
            + " <strong><em>båda</em></strong> <code>kod</code> <span style=\"font-family:"
            + " Times\">serif</span> <span style=\"font-family: 'Okänd'\">okänd familj</span></p>"
            + "<figure>"
            + PlanHtml.chart(1)
            + "</figure>";
    byte[] pdf = PdfRenderer.render(html, OPTIONS);

    try (PDDocument document = load(pdf)) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        collectFonts(page.getResources(), fonts, identitySet());
      }
      assertThat(fonts)
          .isNotEmpty()
          .allSatisfy(
              font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("LiberationSans");
              });
    }
  }

  @Test
  void extractsSwedishLettersAndFiguresExactly() throws Exception {
    String html =
        "<p>åäö ÅÄÖ</p><table><thead><tr><th scope=\"col\">Verksamhet</th><th"
            + " scope=\"col\">Budget</th><th"
            + " scope=\"col\">Avvikelse</th></tr></thead><tbody><tr><th"
            + " scope=\"row\">Äldreomsorg</th><td>1&nbsp;325&nbsp;246</td><td>−16,9</td></tr>"
            + "</tbody></table>";

    String text = PdfText.text(render(html));

    assertThat(text).contains("åäö ÅÄÖ", "Äldreomsorg 1 325 246 −16,9");
  }

  @Test
  void keepsATableCellThatWrapsContiguous() throws Exception {
    String html =
        "<table style=\"width: 120mm\"><thead><tr><th scope=\"col\" style=\"width:"
            + " 35mm\">Verksamhet</th><th scope=\"col\">Budget 2025</th><th scope=\"col\">Budget"
            + " 2026</th></tr></thead><tbody><tr><th scope=\"row\">Boende med särskild service"
            + " enligt LSS och socialtjänstlagen</th>"
            + "<td>406&nbsp;195</td><td>412&nbsp;000</td></tr></tbody></table>";
    byte[] pdf = render(html);

    assertThat(PdfText.text(pdf))
        .as("the label wraps, so it is on two lines")
        .contains("Boende med särskild service enligt LSS och socialtjänstlagen 406 195 412 000");
    try (PDDocument document = load(pdf)) {
      assertThat(linesContaining(document, "Boende"))
          .isLessThan(linesContaining(document, "socialtjänstlagen"));
    }
  }

  @Test
  void printsOnA4Portrait() throws Exception {
    try (PDDocument document = load(render(PARAGRAPHS))) {
      PDRectangle box = document.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
      assertThat(box.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
    }
  }

  @Test
  void printsAWideTableOnALandscapePage() throws Exception {
    String html =
        PARAGRAPHS
            + "<div class=\"wide\">"
            + PlanHtml.budgetTable("Investeringar (tkr)", 5, true)
            + "</div>";
    byte[] pdf = render(html);

    try (PDDocument document = load(pdf)) {
      int wide = pageWith(pdf, document, "Investeringar");
      PDRectangle box = document.getPage(wide).getMediaBox();
      assertThat(box.getWidth()).isGreaterThan(box.getHeight());
      PDRectangle first = document.getPage(0).getMediaBox();
      assertThat(first.getWidth()).isLessThan(first.getHeight());
    }
  }

  @Test
  void stampsEveryPageOfADraftWithAWatermarkThatScreenReadersSkip() throws Exception {
    String html = PlanHtml.document("Plan", PlanHtml.budgetTable("Driftbudget (tkr)", 120, false));
    byte[] decided = PdfRenderer.render(html, OPTIONS);
    byte[] draft = PdfRenderer.render(html, OPTIONS.withWatermark("Utkast"));

    try (PDDocument document = load(draft)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      for (PDPage page : document.getPages()) {
        assertThat(watermarks(page)).containsExactly("Utkast");
      }
    }
    assertThat(PdfText.content(draft)).isEqualTo(PdfText.content(decided));
    assertThat(PdfText.text(draft)).contains("Område 7 särskilt boende och hemtjänst 9 276 722");
  }

  @Test
  void leavesADecidedDocumentWithoutWatermark() throws Exception {
    byte[] pdf = render(PlanHtml.budgetTable("Driftbudget (tkr)", 60, false));

    try (PDDocument document = load(pdf)) {
      for (PDPage page : document.getPages()) {
        assertThat(watermarks(page)).isEmpty();
      }
    }
    assertThat(PdfText.text(pdf)).doesNotContain("Utkast");
  }

  @Test
  void repeatsTheTableHeaderOnEveryPageTheTableSpans() throws Exception {
    byte[] pdf = render(PlanHtml.budgetTable("Driftbudget (tkr)", 120, false));

    try (PDDocument document = load(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        assertThat(PdfText.text(pdf, page)).contains("Verksamhet Budget 2023 Budget 2024");
      }
    }
  }

  @Test
  void repeatsThePageHeaderOnEveryPage() throws Exception {
    byte[] pdf = render(PlanHtml.budgetTable("Driftbudget (tkr)", 120, false));

    try (PDDocument document = load(pdf)) {
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        assertThat(PdfText.text(pdf, page))
            .contains("Socialnämnden – Verksamhetsplan 2025")
            .contains("Sida " + page + " av " + document.getNumberOfPages());
      }
    }
    assertThat(PdfText.content(pdf)).doesNotContain("Socialnämnden – Verksamhetsplan 2025");
  }

  @Test
  void drawsAnSvgChartAsVectorsAndTextWithItsTitleAsAlternativeText() throws Exception {
    byte[] pdf =
        render("<figure>" + PlanHtml.chart(1) + "<figcaption>Figur 1</figcaption></figure>");

    try (PDDocument document = load(pdf)) {
      List<PDXObject> xObjects = new ArrayList<>();
      collectXObjects(document.getPage(0).getResources(), xObjects, identitySet());
      assertThat(xObjects).isNotEmpty().noneMatch(PDImageXObject.class::isInstance);
      List<PDStructureElement> figures = new ArrayList<>();
      collectElements(document.getDocumentCatalog().getStructureTreeRoot(), "Figure", figures);
      assertThat(figures)
          .extracting(PDStructureElement::getAlternateDescription)
          .containsExactly("Driftsammandrag, Budget 2024");
    }
    assertThat(PdfText.content(pdf))
        .as("the chart's labels are text (ChartPainter)")
        .contains("Figur 1", "Särskilt boende för äldre 282 660");
  }

  @Test
  void describesEveryLink() throws Exception {
    byte[] pdf =
        render(
            "<p>Läs <a href=\"https://www.example.se/plan\">hela   planen</a> eller "
                + "<a href=\"#mal\" title=\"Nämndens mål\">målen</a>.</p><h2 id=\"mal\">Mål</h2>");

    try (PDDocument document = load(pdf)) {
      List<String> descriptions = new ArrayList<>();
      for (PDAnnotation annotation : document.getPage(0).getAnnotations()) {
        descriptions.add(annotation.getContents());
      }
      assertThat(descriptions).containsExactlyInAnyOrder("hela planen", "Nämndens mål");
    }
  }

  @Test
  void printsHostileInputWithoutJavaScript() throws Exception {
    String html =
        "<script>alert('x')</script><p onclick=\"alert(1)\">Text<div><table><tr><td>öppen"
            + " cell<p><b>fet <i>kursiv</b> soppa</table><a href=\"javascript:alert(1)\">klicka</a>"
            + " <a href=\"#mal\" onclick=\"alert(3)\">mål</a><img"
            + " src=\"http://127.0.0.1:9/spion.png\" alt=\"spion\"><link rel=\"stylesheet\""
            + " href=\"file:///etc/passwd\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
            + " height=\"10\" onload=\"alert(1)\"><script>alert(2)</script><rect width=\"10\""
            + " height=\"10\"/></svg><p>"
            + "å".repeat(20_000)
            + "</p><h2 id=\"mal\">Mål</h2>";

    byte[] pdf = PdfRenderer.render(html, OPTIONS);

    try (PDDocument document = load(pdf)) {
      List<String> found = new ArrayList<>();
      scanForScripts(document.getDocument().getTrailer(), found, identitySet());
      assertThat(found).isEmpty();
    }
    assertThat(PdfText.text(pdf)).contains("öppen cell", "klicka").doesNotContain("alert");
  }

  @Test
  void namesTheCauseWhenItCannotPrint() throws Exception {
    var options = OPTIONS.withWatermark("草稿");

    assertThatThrownBy(() -> PdfRenderer.render("<p>Text</p>", options))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("could not print the PDF: ")
        .hasMessageContaining("U+8349");
  }

  @Test
  void numbersTheTableOfContentsWithThePagesTheSectionsStartOn() throws Exception {
    byte[] pdf = PdfRenderer.render(PlanHtml.plan(5), OPTIONS);

    String contents = PdfText.text(pdf, 2);
    for (int section = 1; section <= 5; section++) {
      String heading = section + ". Verksamhetsområde " + section;
      var entry =
          java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(heading) + " \\.+ (\\d+)")
              .matcher(contents);
      assertThat(entry.find()).as(heading + " in the table of contents").isTrue();
      int page = Integer.parseInt(entry.group(1));
      assertThat(PdfText.content(pdf, page)).as(heading + " on page " + page).startsWith(heading);
    }
  }

  @Test
  void printsTheSameBytesFromManyThreadsAtOnce() throws Exception {
    String html = PlanHtml.plan(2);
    byte[] expected = PdfRenderer.render(html, OPTIONS.withWatermark("Utkast"));
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<byte[]>> prints = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        prints.add(pool.submit(() -> PdfRenderer.render(html, OPTIONS.withWatermark("Utkast"))));
      }
      for (var print : prints) {
        assertThat(print.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] render(String body) {
    return PdfRenderer.render(PlanHtml.document("Verksamhetsplan 2025", body), OPTIONS);
  }

  private static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> Set<T> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  private static void collectFonts(PDResources resources, List<PDFont> fonts, Set<Object> seen) {
    if (resources == null || !seen.add(resources.getCOSObject())) {
      return;
    }
    try {
      for (COSName name : resources.getFontNames()) {
        fonts.add(resources.getFont(name));
      }
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDFormXObject form) {
          collectFonts(form.getResources(), fonts, seen);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collectXObjects(
      PDResources resources, List<PDXObject> xObjects, Set<Object> seen) {
    if (resources == null || !seen.add(resources.getCOSObject())) {
      return;
    }
    try {
      for (COSName name : resources.getXObjectNames()) {
        PDXObject xObject = resources.getXObject(name);
        xObjects.add(xObject);
        if (xObject instanceof PDFormXObject form) {
          collectXObjects(form.getResources(), xObjects, seen);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collectElements(
      PDStructureNode node, String type, List<PDStructureElement> found) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if (type.equals(element.getStructureType())) {
          found.add(element);
        }
        collectElements(element, type, found);
      }
    }
  }

  /** The texts of the page's marked content tagged /Artifact with subtype /Watermark. */
  private static List<String> watermarks(PDPage page) throws IOException {
    PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
    extractor.processPage(page);
    List<String> texts = new ArrayList<>();
    collectWatermarks(extractor.getMarkedContents(), texts);
    return texts;
  }

  private static void collectWatermarks(List<PDMarkedContent> contents, List<String> texts) {
    for (PDMarkedContent content : contents) {
      COSDictionary properties = content.getProperties();
      if ("Artifact".equals(content.getTag())
          && properties != null
          && COSName.getPDFName("Watermark").equals(properties.getCOSName(COSName.SUBTYPE))
          && COSName.getPDFName("Pagination").equals(properties.getCOSName(COSName.TYPE))) {
        StringBuilder text = new StringBuilder();
        for (Object item : content.getContents()) {
          if (item instanceof TextPosition position) {
            text.append(position.getUnicode());
          }
        }
        texts.add(text.toString());
      }
      List<PDMarkedContent> nested = new ArrayList<>();
      for (Object item : content.getContents()) {
        if (item instanceof PDMarkedContent inner) {
          nested.add(inner);
        }
      }
      collectWatermarks(nested, texts);
    }
  }

  /** Walks every object reachable from the trailer for JavaScript or automatic actions. */
  private static void scanForScripts(COSBase object, List<String> found, Set<COSBase> seen) {
    COSBase base = object instanceof COSObject reference ? reference.getObject() : object;
    if (base == null || !seen.add(base)) {
      return;
    }
    if (base instanceof COSDictionary dictionary) {
      for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
        String key = entry.getKey().getName();
        if (key.equals("JS") || key.equals("JavaScript") || key.equals("AA")) {
          found.add("key /" + key);
        }
        if (key.equals("S") && COSName.getPDFName("JavaScript").equals(entry.getValue())) {
          found.add("JavaScript action");
        }
        scanForScripts(entry.getValue(), found, seen);
      }
    } else if (base instanceof COSArray array) {
      for (COSBase item : array) {
        scanForScripts(item, found, seen);
      }
    } else if (base instanceof COSString string
        && string
            .getString()
            .strip()
            .toLowerCase(java.util.Locale.ROOT)
            .startsWith("javascript:")) {
      found.add("string " + string.getString());
    }
  }

  private static int pageWith(byte[] pdf, PDDocument document, String text) {
    for (int page = 1; page <= document.getNumberOfPages(); page++) {
      if (PdfText.text(pdf, page).contains(text)) {
        return page - 1;
      }
    }
    throw new AssertionError("no page holds " + text);
  }

  /**
   * The number of the first line (0-based) of the page's raw extracted text that contains the text.
   */
  private static int linesContaining(PDDocument document, String text) {
    try {
      String[] lines = new org.apache.pdfbox.text.PDFTextStripper().getText(document).split("\\R");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].contains(text)) {
          return i;
        }
      }
      throw new AssertionError("no line holds " + text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
