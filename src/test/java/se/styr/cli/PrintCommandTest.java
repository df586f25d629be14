package se.styr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.styr.plan.PlanFiles;

/**
 * {@code styr print PLAN_FILE --format pdf|docx|html --out FILE}: the document, whole or not at
 * all.
 */
class PrintCommandTest {
  @TempDir Path dir;

  private static CliRun print(String... args) {
    return CliRun.of("print", args);
  }

  @Test
  void printsASeedPlanAsAPdfWithItsDecisionOnTheTitlePage() throws IOException {
    Path pdf = dir.resolve("smedjebacken.pdf");

    CliRun run =
        print(
            "demo/smedjebacken-omsorgsnamnden-2025.yaml",
            "--format",
            "pdf",
            "--out",
            pdf.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith(pdf + ": Smedjebacken, Omsorgsnämnden 2025 v1, pdf, ");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Budget 2025 och plan 2026-2029")
          .contains("§ 95")
          .contains("2024/00152")
          .contains("Bilaga 1: Reservation");
    }
    assertThat(Files.list(dir)).as("no partial file is left behind").containsExactly(pdf);
  }

  @Test
  void printsWordAndHtmlToo() throws IOException {
    Path docx = dir.resolve("plan.docx");
    Path html = dir.resolve("plan.html");

    assertThat(
            print(
                    "demo/trollhattan-omsorgsnamnden-2024.yaml",
                    "--format",
                    "docx",
                    "--out",
                    docx.toString())
                .status())
        .isZero();
    assertThat(
            print(
                    "demo/trollhattan-omsorgsnamnden-2024.yaml",
                    "--format",
                    "HTML",
                    "--out",
                    html.toString())
                .status())
        .isZero();

    try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
      assertThat(document.getParagraphs())
          .anyMatch(p -> p.getText().equals("Nämndens ansvarsområde"));
    }
    assertThat(Files.readString(html))
        .startsWith("<!DOCTYPE html>")
        .contains("Driftsammandrag (Mkr)");
  }

  @Test
  void followsTheLayoutFileGiven() throws IOException {
    Path layout =
        Files.writeString(dir.resolve("layout.yaml"), "format: styr-layout/1\ncontentsDepth: 0\n");
    Path html = dir.resolve("plan.html");

    assertThat(
            print(
                    "demo/trollhattan-omsorgsnamnden-2024.yaml",
                    "--format",
                    "html",
                    "--out",
                    html.toString(),
                    "--layout",
                    layout.toString())
                .status())
        .isZero();

    assertThat(Files.readString(html)).doesNotContain("<nav class=\"contents\"");
  }

  @Test
  void refusesWrongArgumentsWithItsUsage() {
    assertThat(print("demo/trollhattan-omsorgsnamnden-2024.yaml", "--format", "pdf"))
        .satisfies(
            run -> {
              assertThat(run.status()).isEqualTo(2);
              assertThat(run.err()).contains(PrintCommand.USAGE);
            });
    assertThat(
            print("demo/trollhattan-omsorgsnamnden-2024.yaml", "--format", "odt", "--out", "x.odt"))
        .satisfies(
            run -> {
              assertThat(run.status()).isEqualTo(2);
              assertThat(run.err()).contains("unknown format 'odt': use pdf, docx or html");
            });
    assertThat(print("finns-inte.yaml", "--format", "pdf", "--out", "x.pdf").err())
        .contains("finns-inte.yaml: no such file");
  }

  @Test
  void aBrokenPlanOrLayoutIsNamedByLineAndTheOldDocumentStaysAsItWas() throws IOException {
    Path broken =
        Files.writeString(
            dir.resolve("broken.yaml"),
            PlanFiles.VALID.replace("values: [100, 110]", "values: [100, elva]"));
    Path brokenLayout =
        Files.writeString(
            dir.resolve("layout.yaml"), "format: styr-layout/1\nparts: [{part: budget}]\n");
    Path out = Files.writeString(dir.resolve("plan.pdf"), "the old document");

    CliRun plan = print(broken.toString(), "--format", "pdf", "--out", out.toString());
    CliRun layout =
        print(
            "demo/trollhattan-omsorgsnamnden-2024.yaml",
            "--format",
            "pdf",
            "--out",
            out.toString(),
            "--layout",
            brokenLayout.toString());

    assertThat(plan.status()).isEqualTo(2);
    assertThat(plan.err()).contains(broken + ":").contains("elva");
    assertThat(layout.status()).isEqualTo(2);
    assertThat(layout.err()).contains(brokenLayout + ":2:").contains("'budget' is not one of");
    assertThat(Files.readString(out)).isEqualTo("the old document");
  }
}
