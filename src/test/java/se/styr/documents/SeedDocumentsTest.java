package se.styr.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import se.styr.documents.model.PrintedPlan;
import se.styr.documents.pdf.PdfText;

/**
 * The fidelity test of the printed documents: each of the five seed plans, printed to PDF, reads
 * back with every figure of the seed's tables as the seed prints it, every figure of every table,
 * every goal and indicator name and every section heading; and the PDF is one a screen reader can
 * read: tagged, in Swedish, titled, every font embedded.
 */
class SeedDocumentsTest {
  static final List<String> SEEDS = DocumentPlans.SEEDS;

  @ParameterizedTest
  @FieldSource("SEEDS")
  void theSeedPlansPdfSaysAllItsSeedSays(String seed) {
    byte[] pdf = PlanDocuments.render(DocumentPlans.printedSeed(seed), DocumentFormat.PDF);

    SeedFidelity.assertFaithful(seed, PdfText.content(pdf), "PDF");
  }

  @ParameterizedTest
  @FieldSource("SEEDS")
  void theSeedPlansPdfIsTaggedInSwedishWithItsFontsEmbedded(String seed) throws IOException {
    PrintedPlan printed = DocumentPlans.printedSeed(seed);
    byte[] pdf = PlanDocuments.render(printed, DocumentFormat.PDF);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(document.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo(printed.title());
      assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(document.getNumberOfPages()).isGreaterThan(3);
      List<String> notEmbedded = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          if (!font.isEmbedded()) {
            notEmbedded.add(font.getName());
          }
        }
      }
      assertThat(notEmbedded).as("fonts not embedded").isEmpty();
    }
  }
}
