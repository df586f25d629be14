package se.styr.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

/** Keyed texts put into words from Styr's bundles, in plain Java, in English and Swedish. */
class TextTest {

  @Test
  void rendersAKeyInEitherLanguage() {
    Text text = Text.of("file.missingField", Text.verbatim("indicator 'x'"), "name");
    assertThat(text.english()).isEqualTo("indicator 'x': missing field 'name'");
    assertThat(text.swedish()).isEqualTo("indicator 'x': fältet ”name” saknas");
    assertThat(text).hasToString("indicator 'x': missing field 'name'");
  }

  @Test
  void rendersANestedTextInTheSameLanguage() {
    Text where = Text.of("file.where.item", Text.of("goals.file.indicator"), "hygien");
    Text text = Text.of("file.unknownField", where, "weight");
    assertThat(text.english()).isEqualTo("indicator 'hygien': unknown field 'weight'");
    assertThat(text.swedish()).isEqualTo("indikator ”hygien”: okänt fält ”weight”");
  }

  @Test
  void writesNumbersAsTheirDigits() {
    assertThat(Text.of("goals.why.noTarget", 2025).swedish())
        .isEqualTo("inget mätbart mål för 2025");
    assertThat(Text.of("budget.file.valueCount", Text.verbatim("x"), 1234, 12).english())
        .isEqualTo("x: 1234 values for 12 columns");
    assertThat(Text.of("budget.frameChange.percent", new BigDecimal("1E+3")).english())
        .isEqualTo("a percentage lies between 0 and 100, got 1000");
  }

  @Test
  void showsATextWithoutArgumentsAsWritten() {
    assertThat(Text.of("file.anchors").english())
        .isEqualTo("anchors and aliases (&, *) are not used in Styr's files; write each value out");
  }

  @Test
  void joinsTextsInTheSameLanguage() {
    Text both =
        Text.join("; ", List.of(Text.of("goals.answer.yes"), Text.of("goals.answer.no"), "3"));
    assertThat(both.english()).isEqualTo("yes; no; 3");
    assertThat(both.swedish()).isEqualTo("ja; nej; 3");
  }

  @Test
  void keepsWordsThatAreNotStyrsAsTheyStand() {
    assertThat(Text.verbatim("Hälsa '{0}'").english()).isEqualTo("Hälsa '{0}'");
    assertThat(Text.of("file.at", null, Text.verbatim("x")).english()).isEqualTo("null: x");
  }

  @Test
  void refusesAKeyNoBundleHas() {
    assertThatThrownBy(() -> Text.of("goals.noSuchKey").english())
        .isInstanceOf(MissingResourceException.class);
  }

  @Test
  void anExceptionSaysItsTextInEnglishAndKeepsTheKey() {
    StyrException e = StyrException.notFound(Text.of("versions.error.noVersion", 12, 3));
    assertThat(e.getMessage()).isEqualTo("Plan 12 has no version 3");
    assertThat(e.text().key()).isEqualTo("versions.error.noVersion");
    assertThat(e.text().swedish()).isEqualTo("Plan 12 har ingen version 3");
    InvalidValueException refusal = new InvalidValueException(Text.of("goals.invalid.share", 6, 5));
    assertThat(refusal.getMessage()).isEqualTo("a count of a set is 0 to n of n, got 6/5");
    assertThat(InvalidValueException.textOf(refusal).swedish())
        .isEqualTo("ett antal av en helhet är 0 till n av n, inte 6/5");
    assertThat(InvalidValueException.textOf(new IllegalArgumentException("plain")).english())
        .isEqualTo("plain");
  }
}
