package se.styr.documents.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;
import se.styr.documents.painting.ChartPainter;
import se.styr.documents.painting.DocumentFonts;
import se.styr.documents.painting.ShippedFontMapper;
import se.styr.documents.painting.SvgDrawer;

/**
 * Prints a plan document's HTML (one HTML5 string with inline CSS and SVG) to an A4 PDF that is
 * tagged for screen readers (PDF/UA-1) and fit for archives (PDF/A-3a); veraPDF accepts both for a
 * 40-page plan and for a draft, and the build checks every seed plan and demo follow-up report with
 * it (PdfConformanceTest). Thread-safe: every call builds its own renderer and PDF; only the font
 * files' bytes and the SVG font family are shared, read-only.
 *
 * <p>Choices, measured on a 40-page plan (10 sections, each with text, a 24-row budget table, a bar
 * chart as inline SVG and an 8-row goal table; one wide table per 4 sections) on a 2-core machine,
 * warm JVM, median CPU time per print, configurations alternated in one JVM:
 *
 * <ul>
 *   <li>PDFBox 3 applies a font's OpenType GSUB rules to every text run it shows, compiling regular
 *       expressions per call; Latin text needs none, so GSUB is off ({@link DocumentFonts}). A
 *       prototype printed 3-5 times faster for it.
 *   <li>openhtmltopdf's INFO logging is dropped before it is formatted ({@link QuietLogging}).
 *   <li>The machine's fonts are never scanned: PDFBox's font mapper answers with the shipped font
 *       ({@link ShippedFontMapper}).
 *   <li>Tagging for PDF/UA: 293 ms untagged, 412 ms tagged as openhtmltopdf does it, 337 ms with
 *       the per-box background artifacts folded into one property list per page ({@link
 *       ArtifactPages}; also 1.0 MB down to 0.8 MB).
 *   <li>PDF/A-3a on top of PDF/UA: 333 ms without, 337 ms with, the same size. It stays:
 *       authorities archive plans, and PDF/A-3a is PDF/UA's structure plus metadata and embedding.
 *   <li>Object-stream compression: 325 ms without, 337 ms with, 1.18 MB instead of 0.81 MB. Kept,
 *       since plans are downloaded and archived.
 *   <li>Inline SVG charts are painted by {@link ChartPainter} as vector paths and real text, about
 *       1 ms a chart; Batik, which turned every glyph into an outline (about 21 ms for the largest
 *       seed plan's bar chart), draws only SVG outside the charts' subset.
 * </ul>
 *
 * Wall time is a little above CPU time (GC; the first print in a JVM takes 3-5 s for class loading
 * and JIT). A draft's watermark is marked content of the kind artifact ({@link Watermark}), so it
 * neither reaches screen readers nor breaks the structure tree.
 */
public final class PdfRenderer {
  /** Relative URLs resolve against nothing real: a document carries everything it shows. */
  private static final String BASE_URI = "about:blank";

  private PdfRenderer() {}

  /**
   * Prints the HTML5 document to PDF.
   *
   * @throws IllegalStateException naming the cause, if the document cannot be printed
   */
  public static byte[] render(String html, PdfOptions options) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(options, "options");
    QuietLogging.install();
    ShippedFontMapper.install();
    try {
      Document dom = PrintableDom.parse(html, options);
      try (PDDocument pdf = new PDDocument();
          DocumentFonts fonts = new DocumentFonts(pdf)) {
        layOut(dom, pdf, fonts);
        PdfMetadata.write(pdf, options, PrintableDom.subject(dom), html);
        if (options.watermark() != null) {
          Watermark.stamp(pdf, fonts.face(DocumentFonts.Face.REGULAR), options.watermark());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        pdf.save(out);
        return out.toByteArray();
      }
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new IllegalStateException("could not print the PDF: " + describe(e), e);
    }
  }

  private static void layOut(Document dom, PDDocument pdf, DocumentFonts fonts) throws IOException {
    PdfRendererBuilder builder =
        new PdfRendererBuilder()
            .useFastMode()
            .usePDDocument(pdf)
            .usePageSupplier(new ArtifactPages())
            .usePdfUaAccessibility(true)
            .usePdfAConformance(PdfAConformance.PDFA_3_A)
            .useColorProfile(Srgb.PROFILE)
            .useSVGDrawer(new ChartPainter(fonts, new SvgDrawer()))
            // Only data: URIs load; nothing in a plan is fetched from a network or the file system.
            .useExternalResourceAccessControl(
                (uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
            .withProducer(PdfMetadata.PRODUCER)
            .withW3cDocument(dom, BASE_URI);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      fonts.registerWith(renderer.getFontResolver());
      renderer.createPDFWithoutClosing();
    }
    LinkDescriptions.copyToAnnotations(pdf);
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /** The sRGB profile of PDF/A's output intent; the JDK ships one. */
  private static final class Srgb {
    static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  }
}
