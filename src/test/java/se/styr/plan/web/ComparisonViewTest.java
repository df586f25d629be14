package se.styr.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanFiles;
import se.styr.plan.VersionComparison;
import se.styr.shared.Text;

/**
 * The comparison page says a field's plan-file words (draft, decided, percent, higher) in the
 * reader's language.
 */
class ComparisonViewTest {

  private static String side(List<ComparisonView.Piece> pieces) {
    return String.join("", pieces.stream().map(ComparisonView.Piece::text).toList());
  }

  @Test
  void showsAVersionsStatusInTheReadersWords() {
    PlanDocument draft = PlanFileReader.read("v1.yaml", PlanFiles.VALID);
    PlanDocument decided =
        PlanFileReader.read("v2.yaml", PlanFiles.VALID.replace("status: draft", "status: decided"));
    VersionComparison.Comparison comparison = VersionComparison.compare(draft, decided);

    ComparisonView.FieldRow english = ComparisonView.of(comparison, Text::english).header().get(0);
    assertThat(english.field()).isEqualTo("STATUS");
    assertThat(side(english.oldSide())).isEqualTo("Draft");
    assertThat(side(english.newSide())).isEqualTo("Decided");

    ComparisonView.FieldRow swedish = ComparisonView.of(comparison, Text::swedish).header().get(0);
    assertThat(side(swedish.oldSide())).isEqualTo("Utkast");
    assertThat(side(swedish.newSide())).isEqualTo("Beslutad");
  }
}
