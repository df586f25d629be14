package se.styr.documents.painting;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapper for Styr: every font a font mapper is asked for is answered with the shipped
 * Liberation Sans (Helvetica's metric twin), instead of PDFBox's default, which scans the machine's
 * font folders (seconds on a server with many fonts and no cache yet, about 90 ms of every cold
 * print with one).
 *
 * <p>Styr's PDFs embed every font they show ({@link DocumentFonts}), so a mapper is consulted only
 * for fonts no page uses: openhtmltopdf creates Helvetica and ZapfDingbats for every document, as
 * defaults of form fields the documents do not have. A mapped font is asked for its outlines only
 * when a PDF is drawn as an image, so the file is parsed only then, once per JVM.
 */
public final class ShippedFontMapper implements FontMapper {
  private static final class Installed {
    static {
      FontMappers.set(new ShippedFontMapper());
    }

    static void ensure() {}
  }

  private final LazyFont font = new LazyFont();

  private ShippedFontMapper() {}

  /** Installs the mapper once per JVM; PDFBox's font mapper is global. */
  public static void install() {
    Installed.ensure();
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(font.parsed(), false);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(font, false);
  }

  @Override
  public CIDFontMapping getCIDFont(
      String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
    return new CIDFontMapping(null, font.parsed(), false);
  }

  /** Liberation Sans, parsed on its first use; FontBox's fonts are not safe across threads. */
  private static final class LazyFont implements FontBoxFont {
    private TrueTypeFont parsed;

    synchronized TrueTypeFont parsed() {
      if (parsed == null) {
        try {
          parsed =
              new TTFParser().parse(new RandomAccessReadBuffer(DocumentFonts.Face.REGULAR.bytes()));
        } catch (IOException e) {
          throw new UncheckedIOException("could not read the shipped font", e);
        }
      }
      return parsed;
    }

    @Override
    public String getName() {
      return "LiberationSans";
    }

    @Override
    public synchronized BoundingBox getFontBBox() throws IOException {
      return parsed().getFontBBox();
    }

    @Override
    public synchronized List<Number> getFontMatrix() throws IOException {
      return parsed().getFontMatrix();
    }

    @Override
    public synchronized GeneralPath getPath(String name) throws IOException {
      return parsed().getPath(name);
    }

    @Override
    public synchronized float getWidth(String name) throws IOException {
      return parsed().getWidth(name);
    }

    @Override
    public synchronized boolean hasGlyph(String name) throws IOException {
      return parsed().hasGlyph(name);
    }
  }
}
