package se.styr.documents.docx;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import javax.xml.namespace.QName;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtensionList;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import se.styr.charts.Chart;
import se.styr.documents.model.DocumentWords;
import se.styr.documents.model.Printed;

/**
 * A chart as a picture Word keeps as vector graphics: the chart's own SVG, as Office 2016 and later
 * embed SVG (an {@code asvg:svgBlip} extension of the picture), and a PNG drawn from the same SVG
 * as the picture itself, for Word 2013, LibreOffice and viewers that do not read the extension. The
 * picture keeps the SVG's proportions, is at most as wide as the text, has the chart's description
 * as its alt text and its title as the caption below.
 */
final class DocxCharts {
  static final String SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
  static final String SVG_NAMESPACE = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /**
   * The PNG has 1.5 pixels to each SVG pixel, 144 dpi at full width: sharp enough on paper, quick
   * to draw.
   */
  private static final float PNG_SCALE = 1.5f;

  /** The fast end of PNG's compression: the picture is deflated again in the DOCX anyway. */
  private static final float PNG_QUALITY = 0.75f;

  /** SVG user units are CSS pixels, 96 to the inch. */
  private static final long EMU_PER_PIXEL = 9_525;

  private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");
  private static final Pattern WIDTH = Pattern.compile("\\swidth=\"([0-9]+(?:\\.[0-9]+)?)\"");
  private static final Pattern HEIGHT = Pattern.compile("\\sheight=\"([0-9]+(?:\\.[0-9]+)?)\"");
  private static final Pattern VIEW_BOX =
      Pattern.compile("\\sviewBox=\"[-0-9.]+[ ,]+[-0-9.]+[ ,]+([0-9.]+)[ ,]+([0-9.]+)\"");

  private DocxCharts() {}

  static void figure(DocxBody body, Printed.Figure figure) {
    Chart chart = figure.chart();
    double[] size = size(chart.svg());
    long width =
        Math.min(
            body.page().textWidth() * DocxPage.EMU_PER_TWIP, Math.round(size[0] * EMU_PER_PIXEL));
    long height = Math.round(width * size[1] / size[0]);
    byte[] png = png(chart.svg(), (float) size[0] * PNG_SCALE);
    CTP holder = body.paragraph(DocxStyles.FIGURE);
    XWPFRun run = new XWPFParagraph(holder, body.document()).createRun();
    try {
      XWPFPicture picture =
          run.addPicture(
              new ByteArrayInputStream(png),
              PictureType.PNG,
              figure.anchor() + ".png",
              Math.toIntExact(width),
              Math.toIntExact(height));
      String svg =
          body.document()
              .addPictureData(chart.svg().getBytes(StandardCharsets.UTF_8), PictureType.SVG);
      svgBlip(picture.getCTPicture().getBlipFill().getBlip(), svg);
      int id = body.drawingId();
      describe(picture.getCTPicture().getNvPicPr().getCNvPr(), id, chart);
      CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
      describe(inline.getDocPr(), id, chart);
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("POI refused a chart picture", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CTP caption = body.paragraph(DocxStyles.CAPTION);
    body.bookmark(
        caption, figure.anchor(), () -> DocxText.run(caption, chart.title(), false, false));
  }

  private static void svgBlip(CTBlip blip, String relationId) {
    CTOfficeArtExtensionList extensions =
        blip.isSetExtLst() ? blip.getExtLst() : blip.addNewExtLst();
    CTOfficeArtExtension extension = extensions.addNewExt();
    extension.setUri(SVG_EXTENSION);
    try (XmlCursor cursor = extension.newCursor()) {
      cursor.toEndToken();
      cursor.beginElement(new QName(SVG_NAMESPACE, "svgBlip", "asvg"));
      // Declared here, or the namespace would become the whole document's default one.
      cursor.insertNamespace("asvg", SVG_NAMESPACE);
      cursor.insertAttributeWithValue(new QName(RELATIONSHIPS, "embed", "r"), relationId);
    }
  }

  /** Word wants every drawing's id unique in the document; POI numbers them all 0. */
  private static void describe(CTNonVisualDrawingProps properties, int id, Chart chart) {
    properties.setId(id);
    properties.setName(DocumentWords.get("document.figure.name", id));
    properties.setDescr(DocxText.clean(chart.description()));
    properties.setTitle(DocxText.clean(chart.title()));
  }

  /**
   * The SVG's width and height in pixels: its width and height attributes, else its view box; 640 ×
   * 360 failing both.
   */
  static double[] size(String svg) {
    Matcher root = ROOT.matcher(svg);
    if (root.find()) {
      String tag = root.group();
      Matcher width = WIDTH.matcher(tag);
      Matcher height = HEIGHT.matcher(tag);
      if (width.find() && height.find()) {
        double[] size = {Double.parseDouble(width.group(1)), Double.parseDouble(height.group(1))};
        if (size[0] > 0 && size[1] > 0) {
          return size;
        }
      }
      Matcher box = VIEW_BOX.matcher(tag);
      if (box.find()) {
        double[] size = {Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2))};
        if (size[0] > 0 && size[1] > 0) {
          return size;
        }
      }
    }
    return new double[] {640, 360};
  }

  /**
   * The SVG drawn by Batik on white. Liberation Sans is offered after Arial, so that where Arial is
   * missing (a Linux server) the labels keep Arial's widths, which the charts' layout assumes.
   */
  static byte[] png(String svg, float width) {
    Picture transcoder = new Picture();
    transcoder.addTranscodingHint(ImageTranscoder.KEY_WIDTH, width);
    transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
    transcoder.addTranscodingHint(
        SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
    String fonts = svg.replace("font-family=\"Arial,", "font-family=\"Arial, 'Liberation Sans',");
    try {
      transcoder.transcode(new TranscoderInput(new StringReader(fonts)), new TranscoderOutput());
    } catch (TranscoderException e) {
      throw new IllegalStateException("Batik could not draw a chart's SVG", e);
    }
    return encode(transcoder.image);
  }

  private static byte[] encode(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam parameters = writer.getDefaultWriteParam();
      parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      parameters.setCompressionQuality(PNG_QUALITY);
      writer.write(null, new IIOImage(image, null, null), parameters);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** Keeps Batik's drawing as an image instead of writing it out. */
  private static final class Picture extends ImageTranscoder {
    private BufferedImage image;

    @Override
    public BufferedImage createImage(int width, int height) {
      return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    @Override
    public void writeImage(BufferedImage drawn, TranscoderOutput output) {
      image = drawn;
    }
  }
}
