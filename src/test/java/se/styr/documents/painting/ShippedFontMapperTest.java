package se.styr.documents.painting;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class ShippedFontMapperTest {
  @Test
  void answersEveryFontWithTheShippedLiberationSansInsteadOfTheMachinesFonts() throws Exception {
    ShippedFontMapper.install();

    FontMapping<FontBoxFont> helvetica = FontMappers.instance().getFontBoxFont("Helvetica", null);
    FontMapping<FontBoxFont> zapf = FontMappers.instance().getFontBoxFont("ZapfDingbats", null);

    assertThat(FontMappers.instance()).isInstanceOf(ShippedFontMapper.class);
    assertThat(helvetica.isFallback()).isFalse();
    assertThat(helvetica.getFont().getName()).isEqualTo("LiberationSans");
    assertThat(zapf.getFont()).isSameAs(helvetica.getFont());
    assertThat(helvetica.getFont().hasGlyph("A")).isTrue();
    assertThat(helvetica.getFont().getPath("A").getBounds2D().isEmpty()).isFalse();
    assertThat(FontMappers.instance().getTrueTypeFont("Arial", null).getFont().getName())
        .isEqualTo("LiberationSans");
  }

  @Test
  void aStandardFontStillHasItsOwnMetrics() throws Exception {
    ShippedFontMapper.install();

    PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    assertThat(helvetica.getName()).isEqualTo("Helvetica");
    assertThat(helvetica.getStringWidth("Styr")).isPositive();
  }
}
