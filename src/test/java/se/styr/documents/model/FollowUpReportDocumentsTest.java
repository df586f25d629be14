package se.styr.documents.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styr.documents.DocumentFormat;
import se.styr.documents.PlanDocuments;
import se.styr.followup.EconomyLine;
import se.styr.followup.OccasionEconomy;
import se.styr.followup.report.FollowUpReport;
import se.styr.followup.report.FollowUpReportFile;
import se.styr.followup.report.ReportEconomy;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;

/**
 * A follow-up report printed as PDF, Word and HTML holds every area's figures as its page shows
 * them, in a tagged PDF in Swedish; an open occasion is marked preliminary, demo data as such.
 */
class FollowUpReportDocumentsTest {
  static java.util.List<String> seeds() {
    return se.styr.plan.SeedFigures.PLANS;
  }

  @ParameterizedTest
  @CsvSource({
    "lerum-t1-2024, lerum-stod-och-omsorgsnamnden-2024",
    "lerum-delar-2024, lerum-stod-och-omsorgsnamnden-2024",
    "sodertalje-delar-2025, sodertalje-omsorgsnamnden-2025"
  })
  void printsEveryAreasFiguresInEveryFormat(String name, String planName) throws IOException {
    PlanDocument plan = PlanFileReader.read(Path.of("demo", planName + ".yaml"));
    FollowUpReport report =
        FollowUpReportFile.read(
            name,
            Files.readString(Path.of("demo/followup", name + ".yaml"), StandardCharsets.UTF_8),
            plan);
    OccasionEconomy economy = ReportEconomy.of(report, plan);
    PrintedPlan printed =
        FollowUpReportPrinter.print(
            report,
            economy,
            se.styr.followup.report.ReportGoals.assess(report, plan),
            java.util.Map.of(),
            plan,
            LayoutFile.forMunicipality(plan.municipality().scbCode(), null).report());
    int decimals = economy.precision();

    byte[] pdf = PlanDocuments.render(printed, DocumentFormat.PDF);
    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
    }
    String html =
        new String(PlanDocuments.render(printed, DocumentFormat.HTML), StandardCharsets.UTF_8)
            .replace("&nbsp;", " ")
            .replace('\u00a0', ' ');
    String docx = docxText(PlanDocuments.render(printed, DocumentFormat.DOCX));
    for (String printedText : new String[] {text, html, docx}) {
      // a long name may wrap in the PDF, after its hyphen or between words
      String document = printedText.replaceAll("-\\s*\\n", "-").replaceAll("\\s+", " ");
      assertThat(document).contains(report.occasion().title());
      assertThat(document).contains("Demodata");
      for (EconomyLine line : economy.lines()) {
        assertThat(document).contains(line.name());
        String forecast = OccasionEconomy.printed(line.forecast(), decimals).replace('\u00a0', ' ');
        if (!forecast.isEmpty()) {
          assertThat(document).as(line.area() + " forecast").contains(forecast);
        }
      }
      assertThat(document)
          .contains(
              OccasionEconomy.printed(economy.total().budget(), decimals).replace('\u00a0', ' '));
    }
    OccasionEconomy investments = ReportEconomy.investments(report, plan);
    for (String printedText : new String[] {text, html, docx}) {
      String document = printedText.replaceAll("-\\s*\\n", "-").replaceAll("\\s+", " ");
      for (EconomyLine line : investments.lines()) {
        assertThat(document).as("investment " + line.area()).contains(line.name());
        if (line.comment() != null) {
          assertThat(document).contains(line.comment());
        }
      }
      for (se.styr.followup.BudgetChange change : report.budgetChanges()) {
        assertThat(document).contains(change.reason());
        if (change.kind() != null) {
          assertThat(document)
              .contains(
                  se.styr.shared.Text.of("followup.changeKind." + change.kind().fileName())
                      .swedish());
        }
      }
      if (name.startsWith("sodertalje")) {
        // the year's volume adjustments summed: 2,1 in January and 1,5 in April
        assertThat(document.replaceAll("<[^>]+>", " "))
            .containsPattern("Summa\\s*Volymjustering\\s*3,6");
      }
      if (!report.commitments().isEmpty()) {
        assertThat(document).contains("Aktiviteter, uppdrag och inriktningar");
        report.commitments().stream()
            .filter(c -> c.comment() != null)
            .forEach(c -> assertThat(document).contains(c.comment()));
      }
    }
    if (!report.controls().isEmpty()) {
      assertThat(text.replaceAll("\\s+", " "))
          .contains("Internkontroll", "Avvikelse, åtgärdas", "Ej genomförd");
    }
    assertThat(text.contains("Preliminär"))
        .as("an open occasion prints as preliminary")
        .isEqualTo(report.status() == se.styr.followup.OccasionStatus.OPEN);
  }

  @org.junit.jupiter.api.Test
  void goalsAndControlsPrintTheirTrafficLightsBesideTheWordAndTheAssessorsJustification()
      throws IOException {
    PlanDocument plan =
        PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml"));
    FollowUpReport report =
        FollowUpReportFile.read(
            "delar",
            Files.readString(
                Path.of("demo/followup/lerum-delar-2024.yaml"), StandardCharsets.UTF_8),
            plan);
    PrintedPlan printed =
        FollowUpReportPrinter.print(
            report,
            ReportEconomy.of(report, plan),
            se.styr.followup.report.ReportGoals.assess(report, plan),
            plan);
    PrintedTable goals =
        printed.body().stream()
            .filter(b -> b instanceof Printed.Table t && t.table().anchor().equals("t-mal"))
            .map(b -> ((Printed.Table) b).table())
            .findFirst()
            .orElseThrow();
    PrintedTable.Row naraVard =
        goals.rows().stream()
            .filter(r -> r.cells().get(0).contains("nära vård"))
            .findFirst()
            .orElseThrow();
    assertThat(naraVard.cells().get(2)).isEqualTo("Uppfyllt");
    assertThat(naraVard.lights().get(2)).isEqualTo("green");
    assertThat(naraVard.cells().get(4)).contains("Digitala vårdmöten", "(Förvaltningschef)");

    String html =
        new String(PlanDocuments.render(printed, DocumentFormat.HTML), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<span class=\"light light-green\"></span>Uppfyllt")
        .contains("<span class=\"light light-yellow\"></span>Delvis uppfyllt")
        .contains("light light-red");
    String docx;
    try (ZipInputStream zip =
        new ZipInputStream(
            new ByteArrayInputStream(PlanDocuments.render(printed, DocumentFormat.DOCX)))) {
      StringBuilder xml = new StringBuilder();
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("word/document.xml")) {
          xml.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      docx = xml.toString();
    }
    assertThat(docx).contains("w:val=\"2E7D32\"").contains("\u25CF");
    try (PDDocument document = Loader.loadPDF(PlanDocuments.render(printed, DocumentFormat.PDF))) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("Motivering")
          .doesNotContain("\u25CF");
    }
  }

  private static String docxText(byte[] docx) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      StringBuilder text = new StringBuilder();
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().startsWith("word/")) {
          text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      return text.toString().replaceAll("<[^>]+>", "").replace('\u00a0', ' ');
    }
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("seeds")
  void anOccasionOpensOnEverySeedPlanAndItsReportPrints(String seed) throws IOException {
    PlanDocument plan = PlanFileReader.read(Path.of("demo", seed + ".yaml"));
    int year = plan.header().period().budgetYear();
    se.styr.followup.Occasion tertial =
        new se.styr.followup.FollowUpCalendar(
                java.util.List.of(
                    new se.styr.followup.FollowUpCalendar.Entry(
                        se.styr.followup.ReportingOccasion.TERTIAL,
                        4,
                        java.util.Set.of(se.styr.followup.Coverage.ECONOMY),
                        null,
                        null)))
            .occasions(year)
            .get(0);
    FollowUpReport report =
        new FollowUpReport(
            false,
            se.styr.followup.report.PlanReference.of(plan),
            tertial,
            null,
            null,
            1,
            null,
            se.styr.followup.report.AreaBudgets.of(plan, year).unit(),
            java.util.List.of());
    OccasionEconomy economy = ReportEconomy.of(report, plan);
    // every seed budgets its areas in a table the follow-up finds
    assertThat(economy.lines()).as(seed + " areas with a budget").isNotEmpty();
    assertThat(economy.total().budget()).isNotNull();
    String text;
    try (PDDocument document =
        Loader.loadPDF(
            PlanDocuments.render(
                FollowUpReportPrinter.print(
                    report,
                    economy,
                    se.styr.followup.report.ReportGoals.assess(report, plan),
                    plan),
                DocumentFormat.PDF))) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(text).contains("Tertialrapport 1 " + year, economy.lines().get(0).name());
  }
}
