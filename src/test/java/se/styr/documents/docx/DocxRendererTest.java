package se.styr.documents.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.styr.documents.docx.DocxReading.docx;
import static se.styr.documents.docx.DocxReading.everyPartIsWellFormedXml;
import static se.styr.documents.docx.DocxReading.headings;
import static se.styr.documents.docx.DocxReading.paragraph;
import static se.styr.documents.docx.DocxReading.planTable;
import static se.styr.documents.docx.DocxReading.reference;
import static se.styr.documents.docx.DocxReading.reopen;
import static se.styr.documents.docx.DocxReading.sections;
import static se.styr.documents.docx.DocxReading.startsPage;
import static se.styr.documents.docx.DocxReading.upright;
import static se.styr.documents.docx.DocxReading.xml;
import static se.styr.documents.model.PrintedPlanBuilder.budget;
import static se.styr.documents.model.PrintedPlanBuilder.chart;
import static se.styr.documents.model.PrintedPlanBuilder.plan;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import se.styr.documents.DocumentPlans;
import se.styr.documents.model.Printed;
import se.styr.documents.model.PrintedPlan;
import se.styr.documents.model.PrintedTable;
import se.styr.documents.model.TitlePage;

/**
 * The DOCX of a printed plan, read back with POI as Word would read it: structure, pages, pictures,
 * robustness.
 */
class DocxRendererTest {
  @Test
  void headingsAreWordHeadingsOfTheirLevelWithABookmarkNamedByTheirAnchor() {
    XWPFDocument docx =
        docx(
            plan()
                .heading(1, "Inledning")
                .prose("Text.")
                .heading(2, "Uppdrag")
                .heading(3, "Detaljer")
                .build());

    assertThat(headings(docx))
        .containsExactly("Heading1:Inledning", "Heading2:Uppdrag", "Heading3:Detaljer");
    assertThat(paragraph(docx, "Uppdrag").getCTP().getBookmarkStartArray(0).getName())
        .isEqualTo("b_2");
  }

  @Test
  void headingStylesAreTheBuiltInOnesWithOutlineLevelsSoNavigationAndContentsFindThem() {
    XWPFDocument docx = docx(plan().build());

    for (int level = 1; level <= 6; level++) {
      var style = docx.getStyles().getStyle("Heading" + level);
      assertThat(style.getName()).isEqualTo("heading " + level);
      assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal())
          .isEqualTo(BigInteger.valueOf(level - 1));
    }
    assertThat(docx.getStyles().getStyle("Title").getName()).isEqualTo("Title");
    assertThat(docx.getStyles().getStyle("Caption").getName()).isEqualTo("caption");
    assertThat(docx.getStyles().getStyle("TOCHeading").getName()).isEqualTo("TOC Heading");
    assertThat(docx.getStyles().getStyle("TOC2").getName()).isEqualTo("toc 2");
  }

  @Test
  void bodyIsArialTenAndAHalfPointInSwedish() throws Exception {
    String styles = docx(plan().build()).getStyle().xmlText();

    assertThat(styles)
        .contains("w:ascii=\"Arial\"")
        .contains("<w:sz w:val=\"21\"/>")
        .contains("w:val=\"sv-SE\"");
  }

  @Test
  void
      contentsIsATocFieldOfTheLayoutsDepthFilledWithTheListedHeadingsUnderAHeadingOutsideTheOutline() {
    XWPFDocument docx =
        docx(
            plan()
                .contentsDepth(3)
                .heading(1, "Inledning")
                .heading(2, "Bakgrund")
                .heading(3, "Historik")
                .heading(4, "För djupt")
                .build());

    assertThat(xml(docx))
        .contains(
            "<w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText>");
    assertThat(docx.isEnforcedUpdateFields()).isTrue();
    XWPFParagraph contents = paragraph(docx, "Innehåll");
    assertThat(contents.getStyle()).isEqualTo("TOCHeading");
    List<String> entries =
        docx.getParagraphs().stream()
            .filter(p -> p.getStyle() != null && p.getStyle().matches("TOC\\d"))
            .map(p -> p.getStyle() + ":" + p.getText())
            .toList();
    assertThat(entries).containsExactly("TOC1:Inledning", "TOC2:Bakgrund", "TOC3:Historik");
    assertThat(xml(docx)).contains("w:anchor=\"b_1\"");
  }

  @Test
  void anUnlistedHeadingIsAHeadingOutsideTheContents() {
    XWPFDocument docx = docx(plan().heading(1, "Inledning").unlistedHeading(2, "Dold").build());

    assertThat(headings(docx)).containsExactly("Heading1:Inledning", "Heading2:Dold");
    assertThat(paragraph(docx, "Dold").getCTP().getPPr().getOutlineLvl().getVal())
        .isEqualTo(BigInteger.valueOf(9));
    assertThat(docx.getParagraphs()).noneMatch(p -> "TOC2".equals(p.getStyle()));
  }

  @Test
  void aPlanWithoutContentsHasNoTocField() {
    XWPFDocument docx = docx(plan().contentsDepth(0).heading(1, "Inledning").build());

    assertThat(xml(docx)).doesNotContain("TOC \\o").doesNotContain("Innehåll");
  }

  @Test
  void landscapeTableSitsWithItsHeadingInALandscapeSectionAndTheTextAfterIsUprightAgain() {
    XWPFDocument docx =
        docx(
            plan()
                .prose("Före.")
                .heading(2, "Bred tabell")
                .table(budget("Bred", true))
                .prose("Efter.")
                .build());

    Map<IBodyElement, CTSectPr> sections = sections(docx);
    CTSectPr wide = sections.get(planTable(docx));
    assertThat(wide.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
    assertThat((BigInteger) wide.getPgSz().getW())
        .isGreaterThan((BigInteger) wide.getPgSz().getH());
    assertThat(sections.get(paragraph(docx, "Bred tabell"))).isSameAs(wide);
    assertThat(upright(sections.get(paragraph(docx, "Före.")))).isTrue();
    assertThat(upright(sections.get(paragraph(docx, "Efter.")))).isTrue();
    assertThat(sections.get(paragraph(docx, "Efter.")))
        .isNotSameAs(sections.get(paragraph(docx, "Före.")));
  }

  @Test
  void aWideTableRightAfterTheContentsStartsItsLandscapePageWithoutAnEmptyPageBefore() {
    XWPFDocument docx = docx(plan().heading(1, "Bred tabell").table(budget("Bred", true)).build());

    XWPFParagraph end =
        docx.getParagraphs().stream()
            .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
            .findFirst()
            .orElseThrow();
    assertThat(startsPage(end)).isFalse();
    assertThat(startsPage(paragraph(docx, "Bred tabell"))).isFalse();
  }

  @Test
  void everySectionHasTheRunningHeaderAndPageNumbersButTheTitlePageHasNeither() {
    XWPFDocument docx =
        docx(plan().heading(1, "Inledning").table(budget("Bred", true)).prose("Efter.").build());

    XWPFHeader running =
        docx.getHeaderList().stream()
            .filter(h -> h.getText().contains("Lillby kommun · Omsorgsnämnden"))
            .findFirst()
            .orElseThrow();
    var numbers =
        docx.getFooterList().stream()
            .filter(f -> f._getHdrFtr().xmlText().contains("NUMPAGES"))
            .findFirst()
            .orElseThrow();
    assertThat(numbers._getHdrFtr().xmlText())
        .contains(" PAGE ")
        .contains("Sida ")
        .contains(" av ");
    Set<CTSectPr> all = Collections.newSetFromMap(new IdentityHashMap<>());
    all.addAll(sections(docx).values());
    assertThat(all).hasSize(3);
    for (CTSectPr section : all) {
      assertThat(reference(section.getHeaderReferenceList(), STHdrFtr.DEFAULT))
          .isEqualTo(docx.getRelationId(running));
      assertThat(reference(section.getFooterReferenceList(), STHdrFtr.DEFAULT))
          .isEqualTo(docx.getRelationId(numbers));
    }
    CTSectPr first = sections(docx).get(paragraph(docx, "Verksamhetsplan 2025"));
    assertThat(first.isSetTitlePg()).isTrue();
    String titleHeader = reference(first.getHeaderReferenceList(), STHdrFtr.FIRST);
    assertThat(
            docx.getHeaderList().stream()
                .filter(h -> docx.getRelationId(h).equals(titleHeader))
                .findFirst()
                .orElseThrow()
                .getText())
        .isBlank();
  }

  @Test
  void draftCarriesItsWatermarkInEveryHeader() {
    XWPFDocument docx = docx(plan().draft().heading(1, "Inledning").build());

    assertThat(docx.getHeaderList())
        .hasSize(2)
        .allSatisfy(
            header -> {
              var run = header.getParagraphs().get(0).getCTP().getRArray(0);
              assertThat(run.sizeOfPictArray()).isOne();
              assertThat(run.getPictArray(0).xmlText())
                  .contains("PowerPlusWaterMarkObject")
                  .contains("string=\"Utkast\"");
            });
  }

  @Test
  void decidedPlanHasNoWatermark() {
    XWPFDocument docx = docx(plan().heading(1, "Inledning").build());

    assertThat(docx.getHeaderList())
        .isNotEmpty()
        .allSatisfy(
            header ->
                assertThat(header._getHdrFtr().xmlText())
                    .doesNotContain("WaterMark")
                    .doesNotContain("textpath"));
  }

  @Test
  void figureIsTheChartsSvgWithAPngFallbackItsDescriptionAsAltTextAndItsTitleAsCaption() {
    XWPFDocument docx = docx(plan().figure(chart()).build());

    XWPFRun run =
        docx.getParagraphs().stream()
            .flatMap(p -> p.getRuns().stream())
            .filter(r -> !r.getEmbeddedPictures().isEmpty())
            .findFirst()
            .orElseThrow();
    XWPFPicture picture = run.getEmbeddedPictures().get(0);
    assertThat(picture.getPictureData().getPictureTypeEnum()).isEqualTo(PictureType.PNG);
    assertThat(picture.getPictureData().getData()).startsWith(0x89, 'P', 'N', 'G');
    var blip = picture.getCTPicture().getBlipFill().getBlip();
    assertThat(blip.getExtLst().getExtArray(0).getUri())
        .isEqualTo("{96DAC541-7B7A-43D3-8B79-37D633B846F1}");
    Matcher svgBlip = Pattern.compile("svgBlip[^>]*embed=\"(rId\\d+)\"").matcher(blip.xmlText());
    assertThat(svgBlip.find()).isTrue();
    var svg = docx.getPictureDataByID(svgBlip.group(1));
    assertThat(svg.getPictureTypeEnum()).isEqualTo(PictureType.SVG);
    assertThat(new String(svg.getData(), java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("<svg")
        .contains("Hemtjänst");
    var docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
    assertThat(docPr.getDescr())
        .isEqualTo("Hemtjänst 1 250 tkr och särskilt boende 2 520 tkr år 2025.");
    assertThat(docPr.getId()).isPositive();
    // The SVG is 400 × 200: the picture keeps the proportions.
    var extent = run.getCTR().getDrawingArray(0).getInlineArray(0).getExtent();
    assertThat((double) extent.getCx() / extent.getCy()).isCloseTo(2.0, within(0.001));
    assertThat(paragraph(docx, "Nettokostnad per verksamhet").getStyle()).isEqualTo("Caption");
  }

  @Test
  void wideChartIsScaledDownToTheTextWidth() {
    var wide =
        new se.styr.charts.Chart(
            "Bred",
            "Bred.",
            chart()
                .svg()
                .replace("width=\"400.0\" height=\"200.0\"", "width=\"1600.0\" height=\"400.0\""),
            chart().table());
    XWPFDocument docx = docx(plan().figure(wide).build());

    var extent =
        docx.getParagraphs().stream()
            .flatMap(p -> p.getRuns().stream())
            .filter(r -> !r.getEmbeddedPictures().isEmpty())
            .findFirst()
            .orElseThrow()
            .getCTR()
            .getDrawingArray(0)
            .getInlineArray(0)
            .getExtent();
    assertThat(extent.getCx()).isEqualTo(DocxPage.PORTRAIT.textWidth() * DocxPage.EMU_PER_TWIP);
    assertThat((double) extent.getCx() / extent.getCy()).isCloseTo(4.0, within(0.001));
  }

  @Test
  void titlePageHasMunicipalityCommitteeTitlePeriodAndFactsThenANewPage() {
    XWPFDocument docx = docx(plan().titleFact("Dnr", "2024/00152").heading(1, "Inledning").build());

    assertThat(
            docx.getParagraphs().subList(0, 4).stream().map(p -> p.getStyle() + ":" + p.getText()))
        .containsExactly(
            "Municipality:Lillby kommun",
            "Committee:Omsorgsnämnden",
            "Title:Verksamhetsplan 2025",
            "Period:2025–2027");
    assertThat(docx.getTables().get(0).getText()).contains("Dnr").contains("2024/00152");
    assertThat(startsPage(paragraph(docx, "Innehåll"))).isTrue();
    assertThat(startsPage(paragraph(docx, "Inledning"))).isTrue();
  }

  @Test
  void pageBreakStartsTheNextParagraphOnANewPage() {
    XWPFDocument docx =
        docx(
            plan()
                .contentsDepth(0)
                .prose("Början.")
                .prose("Slut.")
                .pageBreak()
                .heading(1, "Bilaga 1")
                .build());

    assertThat(startsPage(paragraph(docx, "Slut."))).isFalse();
    assertThat(startsPage(paragraph(docx, "Bilaga 1"))).isTrue();
  }

  @Test
  void documentPropertiesNameThePlanAndStyr() {
    XWPFDocument docx = docx(plan().build());

    var core = docx.getProperties().getCoreProperties();
    assertThat(core.getTitle()).isEqualTo("Verksamhetsplan 2025");
    assertThat(core.getSubject()).isEqualTo("Lillby kommun, Omsorgsnämnden: Verksamhetsplan 2025.");
    assertThat(core.getDescription())
        .isEqualTo("Lillby kommun, Omsorgsnämnden: Verksamhetsplan 2025.");
    assertThat(core.getCreator()).isEqualTo("Styr");
  }

  @Test
  void hostileTextNeverBreaksTheFileAndShowsAsTextWithoutTheCharactersXmlForbids()
      throws Exception {
    // Random letters: a word of one letter repeated compresses so well that POI takes the file for
    // a zip bomb.
    String word =
        new Random(7)
            .ints(20_000, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    String hostile =
        "Ond\u0000\u0001\u0008\u000b\u000c\u001f\ufffe\uffff\ud800 <script>alert('x')</script> ]]> "
            + "\u202eslut\u200f \"citat\" & "
            + word;
    String visible = "Ond <script>alert('x')</script> ]]> \u202eslut\u200f \"citat\" & " + word;
    PrintedTable table =
        new PrintedTable(
            "t-ond",
            hostile,
            hostile,
            List.of(
                new PrintedTable.Column(hostile, false), new PrintedTable.Column("Belopp", true)),
            List.of(PrintedTable.Row.item(List.of(hostile, hostile))),
            List.of(hostile),
            false);
    PrintedPlan plan =
        plan()
            .draft()
            .title(hostile)
            .runningHeader(hostile)
            .titleFact(hostile, hostile)
            .heading(1, hostile)
            .prose(hostile)
            .paragraphs(hostile, hostile)
            .facts(hostile, hostile)
            .table(table)
            .figure(new se.styr.charts.Chart(hostile, hostile, chart().svg(), chart().table()))
            .build();

    byte[] bytes = DocxRenderer.render(plan);

    everyPartIsWellFormedXml(bytes);
    XWPFDocument docx = reopen(bytes);
    assertThat(headings(docx)).containsExactly("Heading1:" + visible);
    assertThat(paragraph(docx, "Lillby kommun").getText()).isEqualTo("Lillby kommun");
    assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo(visible);
    // The extractor closes the document: it comes last.
    try (XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      String text = extractor.getText();
      assertThat(text)
          .contains(visible)
          .contains("<script>alert('x')</script> ]]>")
          .doesNotContain("\u0001")
          .doesNotContain("\ufffe");
      assertThat(text.split(java.util.regex.Pattern.quote(visible), -1)).hasSizeGreaterThan(8);
    }
  }

  @Test
  void anEmptyPlanIsStillADocument() throws Exception {
    PrintedPlan empty =
        new PrintedPlan(
            "sv",
            "Plan",
            "Plan",
            null,
            new TitlePage("Lillby kommun", "Nämnden", "Plan", null, List.of()),
            null,
            2,
            List.of());

    byte[] bytes = DocxRenderer.render(empty);

    everyPartIsWellFormedXml(bytes);
    XWPFDocument docx = reopen(bytes);
    assertThat(docx.getParagraphs())
        .extracting(XWPFParagraph::getText)
        .contains("Lillby kommun", "Nämnden", "Plan");
    assertThat(docx.getDocument().getBody().getSectPr().getPgSz().getOrient())
        .isEqualTo(STPageOrientation.PORTRAIT);
  }

  @Test
  void rendersTheSameDocumentOnManyThreadsAtOnce() throws Exception {
    PrintedPlan plan = DocumentPlans.printedSeed("sodertalje-omsorgsnamnden-2025");
    String alone = reopen(DocxRenderer.render(plan)).getDocument().xmlText();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> renders = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        renders.add(threads.submit(() -> DocxRenderer.render(plan)));
      }
      for (Future<byte[]> render : renders) {
        assertThat(reopen(render.get()).getDocument().xmlText()).isEqualTo(alone);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  static Stream<String> demoPlans() {
    return DocumentPlans.SEEDS.stream();
  }

  @ParameterizedTest
  @MethodSource("demoPlans")
  void eachSeedPlanReopensWithEveryHeadingTableAndFigureOfThePrintedPlan(String name)
      throws Exception {
    PrintedPlan plan = DocumentPlans.printedSeed(name);

    byte[] bytes = DocxRenderer.render(plan);

    everyPartIsWellFormedXml(bytes);
    XWPFDocument docx = reopen(bytes);
    assertThat(headings(docx))
        .containsExactlyElementsOf(
            plan.body().stream()
                .filter(Printed.Heading.class::isInstance)
                .map(b -> (Printed.Heading) b)
                .map(h -> "Heading" + h.level() + ":" + h.text())
                .toList());
    long tables = plan.body().stream().filter(Printed.Table.class::isInstance).count();
    assertThat(docx.getTables().stream().filter(t -> "PlanTable".equals(t.getStyleID())).count())
        .isEqualTo(tables);
    long figures = plan.body().stream().filter(Printed.Figure.class::isInstance).count();
    assertThat(
            docx.getAllPictures().stream()
                .filter(p -> p.getPictureTypeEnum() == PictureType.SVG)
                .count())
        .isEqualTo(figures);
  }
}
