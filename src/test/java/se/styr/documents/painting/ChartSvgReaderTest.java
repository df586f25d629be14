package se.styr.documents.painting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import se.styr.documents.painting.ChartDrawing.Label;
import se.styr.documents.painting.ChartDrawing.Mark;
import se.styr.documents.painting.ChartDrawing.Outline;
import se.styr.documents.painting.ChartSvgValues.Unsupported;
import se.styr.documents.pdf.PdfOptions;
import se.styr.documents.pdf.PrintableDom;

class ChartSvgReaderTest {
  private final PDDocument pdf = new PDDocument();
  private final DocumentFonts fonts = new DocumentFonts(pdf);

  @AfterEach
  void close() throws IOException {
    fonts.close();
    pdf.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "trollhattan-driftsammandrag-b2024",
        "trollhattan-driftsammandrag-years",
        "sodertalje-budgetfoljsamhet"
      })
  void readsTheGoldenChartsWhole(String name) throws IOException {
    String svg =
        Files.readString(
            Path.of("src/test/resources/se/styr/charts", name + ".svg"), StandardCharsets.UTF_8);

    ChartDrawing drawing = read(svg);

    assertThat(drawing.width()).isEqualTo(640);
    assertThat(drawing.marks().stream().filter(Label.class::isInstance).count())
        .isEqualTo(ChartSvgs.labels(svg).size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<path d=\"M 0 0 L 10 10\"/>",
        "<rect width=\"10\" height=\"10\" transform=\"rotate(3)\"/>",
        "<g transform=\"translate(2 0)\"><rect width=\"10\" height=\"10\"/></g>",
        "<rect width=\"10\" height=\"10\" style=\"fill: #ff0000\"/>",
        "<rect width=\"10\" height=\"10\" class=\"bar\"/>",
        "<rect width=\"10\" height=\"10\" opacity=\"0.5\"/>",
        "<rect width=\"10\" height=\"10\" fill-opacity=\"0.5\"/>",
        "<rect width=\"10\" height=\"10\" rx=\"2\"/>",
        "<rect width=\"10\" height=\"10\" fill=\"red\"/>",
        "<rect width=\"10\" height=\"10\" fill=\"rgb(1,2,3)\"/>",
        "<rect width=\"10\" height=\"10\" fill=\"url(#nowhere)\"/>",
        "<rect width=\"NaN\" height=\"10\"/>",
        "<rect width=\"1e999\" height=\"10\"/>",
        "<rect width=\"1.5d\" height=\"10\"/>",
        "<rect width=\"50%\" height=\"10\"/>",
        "<rect width=\"-1\" height=\"10\"/>",
        "<rect height=\"10\"/>",
        "<circle r=\"3\" visibility=\"hidden\"/>",
        "<polyline points=\"1,2 3\"/>",
        "<line x2=\"10\" stroke=\"#000000\" stroke-dasharray=\"4 -1\"/>",
        "<defs><linearGradient id=\"g\"/></defs>",
        "<use href=\"#a\"/>",
        "<image width=\"10\" height=\"10\" href=\"data:image/png;base64,AA==\"/>",
        "<text x=\"1\" y=\"1\"><tspan>a</tspan></text>",
        "<text x=\"1 2\" y=\"1\">ab</text>",
        "<text x=\"1\" y=\"1\" font-weight=\"600\">a</text>",
        "<text x=\"1\" y=\"1\" stroke=\"#000000\">a</text>",
        "<text x=\"1\" y=\"1\">\u8349</text>",
        "<text x=\"1\" y=\"1\">\u05E9\u05DC\u05D5\u05DD</text>",
        "<text x=\"1\" y=\"1\">\u202Eabc</text>",
        "<text x=\"1\" y=\"1\">abc\u200F 12 def</text>",
        "<defs><pattern id=\"p\" width=\"6\" height=\"6\"><rect width=\"6\""
            + " height=\"6\"/></pattern></defs><rect width=\"10\" height=\"10\" fill=\"url(#p)\"/>",
        "<defs><pattern id=\"p\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
            + " patternTransform=\"scale(2)\"><rect width=\"6\""
            + " height=\"6\"/></pattern></defs><rect width=\"10\" height=\"10\" fill=\"url(#p)\"/>",
        "<defs><pattern id=\"p\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
            + "<rect x=\"3\" width=\"6\" height=\"6\"/></pattern></defs>"
            + "<rect width=\"10\" height=\"10\" fill=\"url(#p)\"/>",
        "<defs><pattern id=\"p\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
            + "<rect width=\"6\" height=\"6\" fill=\"url(#p)\"/></pattern></defs>"
            + "<rect width=\"10\" height=\"10\" fill=\"url(#p)\"/>",
        "<defs><pattern id=\"p\" width=\"0.01\" height=\"0.01\" patternUnits=\"userSpaceOnUse\">"
            + "<rect width=\"0.01\" height=\"0.01\"/></pattern></defs>"
            + "<rect width=\"100\" height=\"100\" fill=\"url(#p)\"/>"
      })
  void leavesToBatikWhatItDoesNotDraw(String content) {
    assertThatThrownBy(() -> read(ChartSvgs.svg(100, 100, content)))
        .isInstanceOf(Unsupported.class);
  }

  @Test
  void leavesToBatikAnSvgSizedOtherThanInWholePixels() {
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10cm\" height=\"5cm\""
            + " font-size=\"12\"/>";

    assertThatThrownBy(() -> read(svg)).isInstanceOf(Unsupported.class);
  }

  @Test
  void inheritsPresentationAttributesFromGroupsAndSkipsWhatSvgDoesNotPaint() {
    ChartDrawing drawing =
        read(
            ChartSvgs.svg(
                100,
                100,
                """
                <g fill="#1a5a96" stroke="#333333" stroke-width="2"><title>Stapel</title>
                <rect x="1" y="2" width="30" height="0"/><rect x="1" y="2" width="30" height="10"/>
                <line x1="0" y1="50" x2="100" y2="50" stroke-dasharray="6 4 2"/></g>\
                """));

    List<Mark> marks = drawing.marks();
    assertThat(marks).hasSize(2);
    Outline bar = (Outline) marks.get(0);
    assertThat(bar.shape()).isEqualTo(new Rectangle2D.Double(1, 2, 30, 10));
    assertThat(bar.fill()).isEqualTo(new Color(0x1a5a96));
    assertThat(bar.strokeColour()).isEqualTo(new Color(0x333333));
    assertThat(bar.stroke().getLineWidth()).isEqualTo(2f);
    Outline line = (Outline) marks.get(1);
    assertThat(line.fill()).as("a line encloses nothing").isNull();
    assertThat(line.stroke().getDashArray()).containsExactly(6, 4, 2, 6, 4, 2);
  }

  @Test
  void anchorsTextByItsWidthInTheFaceItIsDrawnIn() throws IOException {
    ChartDrawing drawing =
        read(
            ChartSvgs.svg(
                300,
                100,
                """
                <text x="150" y="20" text-anchor="middle" font-size="11">Hemtjänst</text>
                <text x="150" y="40" text-anchor="end" font-weight="bold">112,0</text>
                <text x="150" y="60" font-style="italic">  saknas\t  i år  </text>\
                """));

    double middle =
        fonts.face(DocumentFonts.Face.REGULAR).getStringWidth("Hemtjänst") / 1000 * 11.0;
    double end = fonts.face(DocumentFonts.Face.BOLD).getStringWidth("112,0") / 1000 * 12.0;
    assertThat(drawing.marks())
        .containsExactly(
            new Label(
                "Hemtjänst",
                (float) (150 - middle / 2),
                20,
                DocumentFonts.Face.REGULAR,
                11,
                Color.BLACK),
            new Label("112,0", (float) (150 - end), 40, DocumentFonts.Face.BOLD, 12, Color.BLACK),
            new Label("saknas i år", 150, 60, DocumentFonts.Face.ITALIC, 12, Color.BLACK));
  }

  @Test
  void dropsInvisibleFormatCharactersThatKeepTheTextInOrder() {
    ChartDrawing drawing =
        read(
            ChartSvgs.svg(
                300,
                100,
                "<text x=\"1\" y=\"20\">\u200FHemtjänst\u200E 12\u00ADa"
                    + " \u202AVänster\u202C</text>"));

    assertThat(((Label) drawing.marks().get(0)).text()).isEqualTo("Hemtjänst 12a Vänster");
  }

  @Test
  void fitsTheViewBoxIntoTheSizeUniformlyAndCentred() {
    ChartDrawing drawing =
        read(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"10 0 50.0 50.0\" width=\"200.0\" "
                + "height=\"100.0\"><rect width=\"1\" height=\"1\"/></svg>");

    assertThat(drawing.width()).isEqualTo(200);
    assertThat(drawing.userToViewport().transform(new Point2D.Double(10, 0), null))
        .isEqualTo(new Point2D.Double(50, 0));
    assertThat(drawing.userToViewport().getScaleX()).isEqualTo(2);
  }

  @Test
  void takesItsSizeFromAViewBoxInWholeNumbersAsBatikDoes() {
    ChartDrawing drawing =
        read(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 50 40\" width=\"200\" "
                + "height=\"100\"/>");

    assertThat(drawing.width()).isEqualTo(50);
    assertThat(drawing.height()).isEqualTo(40);
    assertThat(drawing.userToViewport().isIdentity()).isTrue();
  }

  private ChartDrawing read(String svg) {
    var dom =
        PrintableDom.parse(
            "<!DOCTYPE html><html><head><title>T</title></head><body>" + svg + "</body></html>",
            PdfOptions.swedish("Plan", null, null));
    Element root = (Element) dom.getElementsByTagNameNS(ChartSvgReader.SVG, "svg").item(0);
    return ChartSvgReader.read(root, fonts);
  }
}
