package se.styr.documents.painting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static se.styr.budget.TableBuilder.table;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.styr.budget.BudgetTable;
import se.styr.budget.ColumnType;
import se.styr.budget.TableColumn;
import se.styr.charts.IndicatorChart;
import se.styr.charts.OperatingBudgetChart;
import se.styr.documents.DocumentFormat;
import se.styr.documents.DocumentPlans;
import se.styr.documents.PlanDocuments;
import se.styr.documents.PlanHtml;
import se.styr.documents.model.LayoutFile;
import se.styr.documents.pdf.PdfContents;
import se.styr.documents.pdf.PdfOptions;
import se.styr.documents.pdf.PdfPaths;
import se.styr.documents.pdf.PdfRenderer;
import se.styr.documents.pdf.PdfText;
import se.styr.goals.Baseline;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorUnit;
import se.styr.goals.IndicatorValue;
import se.styr.goals.Quantity;
import se.styr.goals.Target;
import se.styr.goals.TargetSpec;

class ChartPainterTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "se", "styr", "charts");
  private static final PdfOptions OPTIONS =
      new PdfOptions(
          "Verksamhetsplan 2025",
          "Nämndens plan",
          "Socialnämnden",
          "sv-SE",
          List.of(),
          null,
          Instant.parse("2024-11-20T09:30:00Z"));

  static Stream<Arguments> charts() throws IOException {
    List<Arguments> charts = new ArrayList<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".svg")).sorted().toList()) {
        charts.add(
            Arguments.of(
                file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    charts.add(
        Arguments.of(
            "budget over six years, every bar pattern",
            OperatingBudgetChart.ofYears(sixYears()).svg()));
    charts.add(
        Arguments.of(
            "indicator with target line, band and marks", IndicatorChart.of(indicator()).svg()));
    return charts.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void drawsTheChartAsVectorsWithSearchableLabelsInsideATaggedFigure(String name, String svg)
      throws IOException {
    byte[] pdf = print(svg);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(PdfContents.xObjects(document.getPage(0)))
          .isNotEmpty()
          .noneMatch(PDImageXObject.class::isInstance);
      assertThat(PdfContents.fonts(document.getPage(0)))
          .isNotEmpty()
          .allSatisfy(
              font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("LiberationSans");
              });
      PDStructureElement figure = PdfContents.single(document, "Figure");
      assertThat(figure.getAlternateDescription()).isEqualTo(ChartSvgs.title(svg)).isNotBlank();
      String inFigure = PdfContents.textInside(document.getPage(0), figure);
      assertThat(ChartSvgs.labels(svg)).isNotEmpty();
      for (String label : ChartSvgs.labels(svg)) {
        assertThat(PdfText.text(pdf)).as("searchable").contains(label);
        assertThat(inFigure)
            .as("inside the figure's marked content")
            .contains(label.replaceAll("\\s", ""));
      }
    }
  }

  @Test
  void printsTheLabelsOfSodertaljesBudgetChartAsTextInsideItsFigure() throws IOException {
    byte[] pdf =
        PlanDocuments.print(
            DocumentPlans.seed("sodertalje-omsorgsnamnden-2025"),
            LayoutFile.forMunicipality("0181", null),
            DocumentFormat.PDF);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDStructureElement figure = PdfContents.single(document, "Figure");
      assertThat(PdfContents.textInside(figure.getPage(), figure))
          .contains("Personligassistans", "112,0");
    }
  }

  @Test
  void fillsAPatternedBarWithStripesClippedToTheBar() throws IOException {
    String svg =
        ChartSvgs.svg(
            200,
            100,
            """
            <defs><pattern id="s1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff"/><rect width="2.5" height="6" fill="#b35900"/></pattern></defs>
            <rect x="20" y="40" width="150" height="11" fill="url(#s1)" stroke="#b35900" stroke-width="1"/>
            """);

    try (PDDocument document = Loader.loadPDF(print(svg))) {
      PdfPaths paths = PdfPaths.of(document.getPage(0));

      assertThat(paths.images).isZero();
      Rectangle2D bar =
          paths.clips.stream()
              .filter(clip -> Math.abs(clip.getWidth() / clip.getHeight() - 150 / 11.0) < 0.05)
              .findFirst()
              .orElseThrow();
      List<Rectangle2D> stripes = paths.filled("#b35900");
      assertThat(stripes).hasSizeGreaterThan(15).allMatch(stripe -> stripe.intersects(bar));
      assertThat(stripes)
          .as("the clip, not the paths, trims them to the bar")
          .anyMatch(s -> !bar.contains(s));
      assertThat(paths.filled("#ffffff")).isNotEmpty();
    }
  }

  @Test
  void clipsAChartToABoxOfAnotherShapeAsBatikDid() throws IOException {
    String html = PlanHtml.document("Plan", "<figure>" + PlanHtml.chart(1) + "</figure>");

    try (PDDocument document = Loader.loadPDF(PdfRenderer.render(html, OPTIONS))) {
      PDFormXObject chart = (PDFormXObject) PdfContents.xObjects(document.getPage(0)).get(0);
      // PlanHtml sets every svg to 160 × 85 mm; the chart (640 × 538) is scaled to the width and
      // cut below.
      assertThat(chart.getBBox().getWidth() / chart.getBBox().getHeight())
          .isCloseTo(160 / 85f, offset(0.01f));
    }
  }

  @Test
  void handsAnSvgWithAPathToBatik() throws IOException {
    String svg =
        ChartSvgs.svg(
            200,
            100,
            """
            <path d="M 10 10 L 190 90" stroke="#1a5a96"/><text x="10" y="50">Etikett</text>\
            """);

    byte[] pdf = print(svg);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(PdfContents.xObjects(document.getPage(0)))
          .isNotEmpty()
          .noneMatch(PDImageXObject.class::isInstance);
      assertThat(PdfContents.single(document, "Figure").getAlternateDescription())
          .isEqualTo("Diagram");
    }
    assertThat(PdfText.text(pdf)).as("Batik draws the label as outlines").doesNotContain("Etikett");
  }

  @Test
  void drawsHostileLabelsAsTheTextTheyAre() {
    String svg =
        ChartSvgs.svg(
            400,
            100,
            """
            <text x="10" y="20">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt; &lt;b&gt;fet&lt;/b&gt;</text>
            <text x="390" y="40" text-anchor="end">\u200FHemtjänst\u200E 12\u00ADa</text>
            <text x="10" y="60" font-weight="bold">\u202AVänster\u202C</text>\
            """);

    String text = PdfText.text(print(svg));

    assertThat(text)
        .contains("<script>alert(\"x\")</script> & ]]> <b>fet</b>", "Hemtjänst 12a", "Vänster")
        .doesNotContain("\u200F", "\u00AD");
  }

  @Test
  void handsLabelsShownRightToLeftToBatik() {
    String svg =
        ChartSvgs.svg(
            400,
            100,
            """
            <text x="10" y="20">Budget</text><text x="10" y="40">\u05E9\u05DC\u05D5\u05DD</text>\
            """);

    assertThat(PdfText.text(print(svg))).doesNotContain("Budget");
  }

  private static byte[] print(String svg) {
    return PdfRenderer.render(
        "<!DOCTYPE html><html lang=\"sv\"><head><meta"
            + " charset=\"utf-8\"><title>Plan</title><style>@page { size: A4; margin: 20mm; } body"
            + " { font-family: 'Liberation Sans'; font-size: 10pt; } .chart svg { max-width: 100%;"
            + " height: auto; }</style></head><body><figure class=\"chart\">"
            + svg
            + "<figcaption>Figur 1</figcaption></figure></body></html>",
        OPTIONS);
  }

  /**
   * Six year columns, so that every bar pattern of the palette is drawn, with a blank and a
   * negative cell.
   */
  private static BudgetTable sixYears() {
    var builder = table("Driftsammandrag", "tkr");
    for (int year = 2023; year <= 2028; year++) {
      builder.column(
          TableColumn.of(
              "y" + year,
              (year < 2025 ? "Budget " : "Plan ") + year,
              year < 2025 ? ColumnType.BUDGET : ColumnType.PLAN,
              year));
    }
    return builder
        .row("Personlig assistans", "90.5", "112.0", "114.2", "116.0", "118.3", "120.1")
        .row(
            "Bostad med särskild service enligt LSS",
            "471.8",
            "480.0",
            null,
            "495.5",
            "501.0",
            "507.9")
        .row("Intäkter", "-19.1", "-20.0", "-20.5", "-21.0", "-21.5", "-22.0")
        .build();
  }

  /** Values with a missing year, a baseline, two target points on a dashed line, and a band. */
  private static Indicator indicator() {
    List<IndicatorValue> values =
        List.of(
            value("2021", "62.5"),
            value("2022", "58"),
            new IndicatorValue("2023", "saknas", null, true, null, null),
            value("2024", "66.9"),
            value("2025", "64"));
    List<TargetSpec> targets =
        List.of(
            new TargetSpec(List.of(2025), "≥ 70 %", Target.parse(">= 70")),
            new TargetSpec(List.of(2026), "≥ 75 %", Target.parse(">= 75")),
            new TargetSpec(List.of(2027, 2028), "80 ± 5 %", Target.parse("80 +- 5")));
    Baseline baseline =
        new Baseline("61", new Quantity.Amount(new BigDecimal("61")), "2020", false);
    return new Indicator(
        "nojda-brukare",
        null,
        "Andel nöjda brukare",
        IndicatorUnit.PERCENT,
        null,
        null,
        null,
        baseline,
        targets,
        values,
        null,
        List.of(),
        null,
        null);
  }

  private static IndicatorValue value(String year, String amount) {
    return new IndicatorValue(
        year, amount, new Quantity.Amount(new BigDecimal(amount)), false, null, null);
  }
}
