package se.styr.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfOptionsTest {

  @Test
  void refusesADocumentWithoutTitle() {
    assertThatThrownBy(() -> new PdfOptions(" ", null, null, "sv-SE", null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
  }

  @Test
  void refusesALanguageThatIsNoLanguageTag() {
    assertThatThrownBy(
            () -> new PdfOptions("Plan", null, null, "svenska språket", null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("language tag");
  }

  @Test
  void refusesAnEmptyWatermark() {
    assertThatThrownBy(() -> PdfOptions.swedish("Plan", null, null).withWatermark(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("watermark");
  }

  @Test
  void keepsItsOwnCopyOfTheKeywords() {
    List<String> keywords = new ArrayList<>(List.of("plan"));
    PdfOptions options = new PdfOptions("Plan", null, null, "sv-SE", keywords, null, null);
    keywords.add("budget");

    assertThat(options.keywords()).containsExactly("plan");
    assertThat(new PdfOptions("Plan", null, null, "sv-SE", null, null, null).keywords()).isEmpty();
  }

  @Test
  void changesOnlyWhatEachCopyNames() {
    Instant decided = Instant.parse("2024-11-20T09:30:00Z");
    PdfOptions draft =
        PdfOptions.swedish("Plan", "Om planen", "Nämnden")
            .withWatermark("Utkast")
            .createdAt(decided);

    assertThat(draft)
        .isEqualTo(
            new PdfOptions("Plan", "Om planen", "Nämnden", "sv-SE", List.of(), "Utkast", decided));
  }
}
