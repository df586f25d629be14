package se.styr.documents.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the text of a PDF back, for tests that check what a reader can copy or a search finds.
 *
 * <p>Text comes in content order, not sorted by position: openhtmltopdf paints a table cell by
 * cell, so a label that wraps over two lines is followed by the rest of its label and then by its
 * figures ("Boende med särskild service 406 195"); sorting by position would interleave the lines
 * of neighbouring cells. Every run of whitespace, including no-break and narrow no-break spaces
 * (the thousands separators of Swedish figures), becomes one space.
 */
public final class PdfText {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private PdfText() {}

  /** All text of all pages, page headers, footers and watermarks included. */
  public static String text(byte[] pdf) {
    return extract(pdf, 1, Integer.MAX_VALUE, new PDFTextStripper());
  }

  /** All text of one page, counted from 1. */
  static String text(byte[] pdf, int page) {
    return extract(pdf, page, page, new PDFTextStripper());
  }

  /**
   * The text without artifacts (page headers and footers, watermarks, decoration): what the
   * document says, as a screen reader reads it.
   */
  public static String content(byte[] pdf) {
    return extract(pdf, 1, Integer.MAX_VALUE, new WithoutArtifacts());
  }

  /** The text of one page without artifacts, counted from 1. */
  static String content(byte[] pdf, int page) {
    return extract(pdf, page, page, new WithoutArtifacts());
  }

  private static String extract(byte[] pdf, int from, int to, PDFTextStripper stripper) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      stripper.setStartPage(from);
      stripper.setEndPage(to);
      return WHITESPACE.matcher(stripper.getText(document)).replaceAll(" ").strip();
    } catch (IOException e) {
      throw new UncheckedIOException("not a readable PDF", e);
    }
  }

  /** Skips text inside marked content tagged /Artifact, however deeply nested. */
  private static final class WithoutArtifacts extends PDFTextStripper {
    private final Deque<Boolean> artifact = new ArrayDeque<>();

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
      artifact.push(COSName.ARTIFACT.equals(tag) || (!artifact.isEmpty() && artifact.peek()));
      super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
      if (!artifact.isEmpty()) {
        artifact.pop();
      }
      super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      if (artifact.isEmpty() || !artifact.peek()) {
        super.processTextPosition(text);
      }
    }
  }
}
