package se.styr.documents.painting;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.OpenHtmlGvtFont;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.batik.bridge.FontFace;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;
import org.w3c.dom.Element;

/**
 * Draws inline SVG that {@link ChartPainter} leaves alone (anything outside the charts' subset) as
 * vector graphics with Batik, scripts and external resources refused, and with Liberation Sans for
 * every font family the SVG names. The charts ask for "Arial, Helvetica, sans-serif"; Liberation
 * Sans has Arial's metrics, and using the shipped font keeps the output the same on every machine,
 * whatever fonts the host has. Batik draws the glyphs as outlines, so SVG text needs no PDF font.
 * One instance per document; the font family itself is built once per JVM.
 */
public final class SvgDrawer extends BatikSVGDrawer {

  public SvgDrawer() {
    super(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE);
  }

  /**
   * Our documents declare no web fonts, so every SVG keeps the shipped font instead (set when one
   * is drawn).
   */
  @Override
  public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
    // nothing to import
  }

  /**
   * The shipped family is set up (AWT's font system and four fonts, about 0.2 s in a fresh JVM)
   * only when an SVG reaches Batik at all; {@link ChartPainter} draws the charts without it.
   */
  @Override
  public SVGImage buildSVGImage(
      Element svg,
      Box box,
      CssContext css,
      double cssWidth,
      double cssHeight,
      double dotsPerPixel) {
    this.fontResolver = ShippedFontResolver.INSTANCE;
    return super.buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel);
  }

  /** Read-only after construction, so one instance serves all threads. */
  private static final class ShippedFontResolver extends OpenHtmlFontResolver {
    static final ShippedFontResolver INSTANCE = new ShippedFontResolver();

    private final ShippedFamily family = new ShippedFamily();

    @Override
    public GVTFontFamily resolve(String familyName) {
      return family;
    }

    @Override
    public GVTFontFamily resolve(String familyName, FontFace fontFace) {
      return family;
    }

    @Override
    public GVTFontFamily getFamilyThatCanDisplay(char c) {
      return family;
    }

    @Override
    public GVTFontFamily getDefault() {
      return family;
    }
  }

  /**
   * The four faces, chosen by the weight and posture Batik asks for: semibold and heavier get the
   * bold face, any slant the italic one (openhtmltopdf's own family falls back to an arbitrary face
   * for weights it has no exact entry for).
   */
  private static final class ShippedFamily implements GVTFontFamily {
    private final Map<DocumentFonts.Face, GVTFont> faces = new EnumMap<>(DocumentFonts.Face.class);

    ShippedFamily() {
      try {
        for (DocumentFonts.Face face : DocumentFonts.Face.values()) {
          // Size 1 and no AWT style: each file already is the face, nothing is to be synthesised.
          faces.put(face, new OpenHtmlGvtFont(face.bytes(), this, 1, null, null));
        }
      } catch (FontFormatException e) {
        throw new IllegalStateException("the shipped font is not a TrueType font", e);
      }
    }

    @Override
    public String getFamilyName() {
      return DocumentFonts.FAMILY;
    }

    @Override
    public GVTFontFace getFontFace() {
      return new GVTFontFace(DocumentFonts.FAMILY);
    }

    @Override
    public GVTFont deriveFont(float size, AttributedCharacterIterator text) {
      return deriveFont(size, text.getAttributes());
    }

    @Override
    public GVTFont deriveFont(float size, @SuppressWarnings("rawtypes") Map attributes) {
      boolean bold =
          attributes.get(TextAttribute.WEIGHT) instanceof Float weight
              && weight >= TextAttribute.WEIGHT_SEMIBOLD;
      boolean italic =
          attributes.get(TextAttribute.POSTURE) instanceof Float posture && posture > 0;
      DocumentFonts.Face face =
          bold
              ? (italic ? DocumentFonts.Face.BOLD_ITALIC : DocumentFonts.Face.BOLD)
              : (italic ? DocumentFonts.Face.ITALIC : DocumentFonts.Face.REGULAR);
      return faces.get(face).deriveFont(size);
    }

    @Override
    public boolean isComplex() {
      return false;
    }
  }
}
