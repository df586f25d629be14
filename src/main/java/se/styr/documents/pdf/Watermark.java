package se.styr.documents.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Stamps a draft's pages with large, light-grey diagonal text such as "Utkast".
 *
 * <p>The text goes into its own content stream placed before the page's content, so it lies behind
 * the text and tables (a solid background in the HTML would hide it there). It is marked content
 * {@code /Artifact <</Type /Pagination /Subtype /Watermark>>}: screen readers and text extraction
 * of the structure skip it, and the structure tree, which points at the page's own marked content,
 * is untouched, so the file stays PDF/UA. It is drawn with the document's embedded Liberation Sans.
 */
final class Watermark {
  /** Light enough to read text over it, dark enough to see on paper. */
  private static final float GREY = 0.86f;

  private static final float SHARE_OF_DIAGONAL = 0.55f;
  private static final float LARGEST_SIZE = 180;

  private Watermark() {}

  static void stamp(PDDocument document, PDType0Font font, String text) throws IOException {
    String line = text.strip();
    float widthAtOnePoint = font.getStringWidth(line) / 1000;
    float capHeight = font.getFontDescriptor().getCapHeight() / 1000;
    for (PDPage page : document.getPages()) {
      PDRectangle box = page.getCropBox();
      float diagonal = (float) Math.hypot(box.getWidth(), box.getHeight());
      float size = Math.min(LARGEST_SIZE, SHARE_OF_DIAGONAL * diagonal / widthAtOnePoint);
      float angle = (float) Math.atan2(box.getHeight(), box.getWidth());
      try (PDPageContentStream stream =
          new PDPageContentStream(document, page, AppendMode.PREPEND, true)) {
        stream.beginMarkedContent(COSName.ARTIFACT, artifact());
        // Prepended, so it must leave the graphics state as it found it for the page's own content.
        stream.saveGraphicsState();
        stream.setNonStrokingColor(GREY, GREY, GREY);
        stream.beginText();
        Matrix placement =
            Matrix.getTranslateInstance(
                box.getLowerLeftX() + box.getWidth() / 2,
                box.getLowerLeftY() + box.getHeight() / 2);
        placement.rotate(angle);
        placement.translate(-widthAtOnePoint * size / 2, -capHeight * size / 2);
        stream.setTextMatrix(placement);
        stream.setFont(font, size);
        stream.showText(line);
        stream.endText();
        stream.restoreGraphicsState();
        stream.endMarkedContent();
      }
    }
  }

  private static PDPropertyList artifact() {
    COSDictionary properties = new COSDictionary();
    properties.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
    properties.setItem(COSName.SUBTYPE, COSName.getPDFName("Watermark"));
    return PDPropertyList.create(properties);
  }
}
