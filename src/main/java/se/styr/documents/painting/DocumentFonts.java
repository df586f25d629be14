package se.styr.documents.painting;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: the four faces of Liberation Sans shipped in the jar (SIL OFL 1.1),
 * embedded as subsets. They are the only fonts registered, so no text falls back to the
 * non-embedded base-14 fonts that PDF/A and PDF/UA forbid.
 *
 * <p>The files' bytes are read once per JVM; each document parses its own {@link TrueTypeFont}s,
 * since FontBox reads tables lazily from a shared buffer and is not safe across threads. A face is
 * parsed and loaded only when the layout first asks for it.
 */
public final class DocumentFonts implements Closeable {
  static final String FAMILY = "Liberation Sans";

  public enum Face {
    REGULAR("LiberationSans-Regular.ttf", 400, IdentValue.NORMAL),
    BOLD("LiberationSans-Bold.ttf", 700, IdentValue.NORMAL),
    ITALIC("LiberationSans-Italic.ttf", 400, IdentValue.ITALIC),
    BOLD_ITALIC("LiberationSans-BoldItalic.ttf", 700, IdentValue.ITALIC);

    final String file;
    final int weight;
    final IdentValue style;

    Face(String file, int weight, IdentValue style) {
      this.file = file;
      this.weight = weight;
      this.style = style;
    }

    /** The font file, read once on first use (the holder class makes that lazy and thread-safe). */
    byte[] bytes() {
      return FontFiles.BYTES.get(this);
    }
  }

  private static final class FontFiles {
    static final Map<Face, byte[]> BYTES = readAll();

    private static Map<Face, byte[]> readAll() {
      Map<Face, byte[]> bytes = new EnumMap<>(Face.class);
      for (Face face : Face.values()) {
        String path = "/documents/fonts/" + face.file;
        try (InputStream in = DocumentFonts.class.getResourceAsStream(path)) {
          if (in == null) {
            throw new IllegalStateException("font missing from the jar: " + path);
          }
          bytes.put(face, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException("could not read font " + path, e);
        }
      }
      return bytes;
    }
  }

  private final PDDocument document;
  private final Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);
  private final List<TrueTypeFont> parsed = new ArrayList<>(4);

  public DocumentFonts(PDDocument document) {
    this.document = document;
  }

  /**
   * Registers the four faces with the renderer: as Liberation Sans, as the generic families
   * (openhtmltopdf's names for serif, sans-serif and monospace), which page margin boxes and
   * unstyled text use, and as the final fallback for any other family a stylesheet names. With
   * PDF/A there are no built-in fonts to fall back to, and an unknown family would end the print.
   * Each face is loaded into the document on first use.
   */
  public void registerWith(PdfBoxFontResolver resolver) {
    for (Face face : Face.values()) {
      LazyFace supplier = new LazyFace(face);
      for (String family : List.of(FAMILY, "SansSerif", "Serif", "Monospaced")) {
        resolver.addFont(supplier, family, face.weight, face.style, true, FontGroup.MAIN);
      }
      resolver.addFont(supplier, FAMILY, face.weight, face.style, true, FontGroup.FINAL_FALLBACK);
    }
  }

  /** The face, loaded into this document now if the layout has not used it yet. */
  public PDType0Font face(Face face) {
    PDType0Font font = loaded.get(face);
    if (font == null) {
      font = load(face);
      loaded.put(face, font);
    }
    return font;
  }

  private PDType0Font load(Face face) {
    try {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
      parsed.add(ttf);
      // PDFBox 3 otherwise applies the font's GSUB rules to every text run it shows, compiling
      // regular expressions per call; Latin text needs no substitution, and rendering got 3-5x
      // slower.
      ttf.setEnableGsub(false);
      return PDType0Font.load(document, ttf, true);
    } catch (IOException e) {
      throw new UncheckedIOException("could not load font " + face.file, e);
    }
  }

  /** Closes the parsed fonts; call after the document is saved, since subsetting reads them. */
  @Override
  public void close() throws IOException {
    for (TrueTypeFont ttf : parsed) {
      ttf.close();
    }
    parsed.clear();
  }

  /** Hands openhtmltopdf a face only when its layout first needs it. */
  private final class LazyFace extends PDFontSupplier {
    private final Face face;

    LazyFace(Face face) {
      super(null);
      this.face = face;
    }

    @Override
    public PDType0Font supply() {
      return face(face);
    }
  }
}
