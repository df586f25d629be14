package se.styr.documents;

import java.nio.charset.StandardCharsets;
import se.styr.documents.docx.DocxRenderer;
import se.styr.documents.html.HtmlRenderer;
import se.styr.documents.model.DocumentLayout;
import se.styr.documents.model.PlanPrinter;
import se.styr.documents.model.PrintedPlan;
import se.styr.documents.model.TitlePage;
import se.styr.documents.pdf.PdfOptions;
import se.styr.documents.pdf.PdfRenderer;
import se.styr.plan.PlanDocument;

/**
 * Prints a plan version in one of the {@link DocumentFormat}s, the one way the command line, the
 * REST API and the web pages print: the plan as a {@link PrintedPlan} by its municipality's layout,
 * then the HTML page, the PDF made from that same page, or the Word document made from the same
 * model.
 */
public final class PlanDocuments {
  private PlanDocuments() {}

  /** The plan printed by {@code layout}, goals assessed for its budget year. */
  public static byte[] print(PlanDocument plan, DocumentLayout layout, DocumentFormat format) {
    return render(PlanPrinter.print(plan, layout), format);
  }

  public static byte[] render(PrintedPlan printed, DocumentFormat format) {
    return switch (format) {
      case HTML -> HtmlRenderer.page(printed).getBytes(StandardCharsets.UTF_8);
      case PDF -> PdfRenderer.render(HtmlRenderer.page(printed), pdfOptions(printed));
      case DOCX -> DocxRenderer.render(printed);
    };
  }

  /**
   * "1488-omsorgsnamnden-2024-v1.pdf": the plan's key and version, safe as a file name anywhere.
   */
  public static String fileName(String planKey, int version, DocumentFormat format) {
    return (planKey.replace('/', '-') + "-v" + version).replaceAll("[^A-Za-z0-9_-]+", "-")
        + "."
        + format.extension();
  }

  static PdfOptions pdfOptions(PrintedPlan printed) {
    TitlePage page = printed.titlePage();
    return new PdfOptions(
        printed.title(),
        printed.description(),
        page.committee() + ", " + page.municipality(),
        "sv-SE",
        java.util.List.of(page.municipality(), page.committee(), page.documentType()),
        printed.watermark(),
        null);
  }
}
