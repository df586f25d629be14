package se.styr.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.styr.documents.DocumentFormat;
import se.styr.documents.DocumentPlans;
import se.styr.documents.PlanDocuments;
import se.styr.documents.model.FollowUpReportPrinter;
import se.styr.documents.model.LayoutFile;
import se.styr.followup.Coverage;
import se.styr.followup.report.FollowUpReport;
import se.styr.followup.report.FollowUpReportFile;
import se.styr.followup.report.FollowUps;
import se.styr.followup.report.PlanReference;
import se.styr.followup.report.ReportEconomy;
import se.styr.followup.report.ReportGoals;
import se.styr.goals.Assessor;
import se.styr.plan.PlanDocument;

/**
 * Every printed seed plan and demo follow-up report breaks no rule of PDF/UA-1 (screen readers) nor
 * of PDF/A-3a (archives), as veraPDF checks them. Each document is printed and parsed once and
 * checked for both; the seed plans are read once and shared by the reports that follow them up.
 */
class PdfConformanceTest {
  private static final Path FOLLOW_UPS = Path.of("demo", "followup");
  private static final Map<String, PlanDocument> PLANS = new ConcurrentHashMap<>();
  private static final PDFAFlavour[] FLAVOURS = {PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A};
  private static final Map<Printout, Map<PDFAFlavour, List<VeraPdf.FailedRule>>> FAILED =
      new ConcurrentHashMap<>();

  /** A seed plan or a demo follow-up report, named by its file in demo/. */
  record Printout(boolean report, String name) {
    @Override
    public String toString() {
      return (report ? "follow-up report " : "plan ") + name;
    }
  }

  static Stream<Arguments> printoutsAndFlavours() {
    Stream<Printout> printouts =
        Stream.concat(
            DocumentPlans.SEEDS.stream().map(seed -> new Printout(false, seed)),
            reportNames().stream().map(report -> new Printout(true, report)));
    return printouts.flatMap(
        printout ->
            Stream.of(
                Arguments.of(printout, Named.of("PDF/UA-1", PDFAFlavour.PDFUA_1)),
                Arguments.of(printout, Named.of("PDF/A-3a", PDFAFlavour.PDFA_3_A))));
  }

  @ParameterizedTest(name = "{0}: no failed rule of {1}")
  @MethodSource("printoutsAndFlavours")
  void breaksNoRuleOfTheFlavour(Printout printout, PDFAFlavour flavour) {
    Map<PDFAFlavour, List<VeraPdf.FailedRule>> failed =
        FAILED.computeIfAbsent(printout, p -> VeraPdf.failedRules(print(p), FLAVOURS));

    assertThat(failed.get(flavour)).as(printout + " failed rules").isEmpty();
  }

  /** The check above can fail: a PDF with no structure tree breaks both flavours' rules. */
  @Test
  void namesEachRuleThatAnUntaggedPdfBreaks() throws IOException {
    byte[] untagged;
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      page.setResources(new PDResources());
      document.addPage(page);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      untagged = out.toByteArray();
    }

    Map<PDFAFlavour, List<VeraPdf.FailedRule>> failed = VeraPdf.failedRules(untagged, FLAVOURS);

    assertThat(failed.get(PDFAFlavour.PDFUA_1))
        .contains(
            new VeraPdf.FailedRule(
                "7.1",
                11,
                "The logical structure of the conforming file shall be described by a structure"
                    + " hierarchy rooted in the StructTreeRoot entry of the document catalog"
                    + " dictionary, as described in ISO 32000-1:2008, 14.7",
                1));
    assertThat(failed.get(PDFAFlavour.PDFA_3_A))
        .extracting(rule -> rule.clause() + "-" + rule.test())
        .contains("6.6.2.1-1", "6.7.2.2-1", "6.7.3.3-1");
  }

  private static byte[] print(Printout printout) {
    if (!printout.report()) {
      PlanDocument plan = plan(printout.name());
      return PlanDocuments.print(
          plan, LayoutFile.forMunicipality(plan.municipality().code(), null), DocumentFormat.PDF);
    }
    String text = reportText(printout.name());
    PlanDocument plan = planOf(FollowUpReportFile.read(printout.name(), text).plan());
    FollowUpReport report = FollowUpReportFile.read(printout.name(), text, plan);
    return PlanDocuments.render(
        FollowUpReportPrinter.print(
            report,
            ReportEconomy.of(report, plan),
            ReportGoals.assess(report, plan),
            trend(report, plan),
            plan,
            se.styr.documents.model.LayoutFile.forMunicipality(plan.municipality().scbCode(), null)
                .report()),
        DocumentFormat.PDF);
  }

  /**
   * The results at the demo's earlier occasions of the same plan, as the follow-up pages pass them,
   * so that the printed goal table has its trend column.
   */
  private static Map<String, List<FollowUps.Earlier>> trend(
      FollowUpReport report, PlanDocument plan) {
    Map<String, List<FollowUps.Earlier>> trend = new HashMap<>();
    reportNames().stream()
        .map(name -> FollowUpReportFile.read(name, reportText(name)))
        .filter(earlier -> samePlan(earlier.plan(), report.plan()))
        .filter(earlier -> earlier.occasion().periodEnd().isBefore(report.occasion().periodEnd()))
        .filter(earlier -> earlier.occasion().covers(Coverage.GOALS))
        .sorted(Comparator.comparing(earlier -> earlier.occasion().periodEnd()))
        .forEach(
            earlier -> {
              Assessor.Report assessed = ReportGoals.assess(earlier, plan);
              Stream.concat(assessed.goals().stream(), assessed.indicators().stream())
                  .forEach(
                      a ->
                          trend
                              .computeIfAbsent(a.subject(), k -> new ArrayList<>())
                              .add(new FollowUps.Earlier(earlier.occasion().title(), a)));
            });
    return trend;
  }

  private static PlanDocument plan(String seed) {
    return PLANS.computeIfAbsent(seed, DocumentPlans::seed);
  }

  private static PlanDocument planOf(PlanReference reference) {
    return DocumentPlans.SEEDS.stream()
        .map(PdfConformanceTest::plan)
        .filter(plan -> samePlan(PlanReference.of(plan), reference))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no seed plan for " + reference));
  }

  private static boolean samePlan(PlanReference a, PlanReference b) {
    return a.municipality().equals(b.municipality())
        && a.committee().equals(b.committee())
        && a.budgetYear() == b.budgetYear();
  }

  private static List<String> reportNames() {
    try (Stream<Path> files = Files.list(FOLLOW_UPS)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(file -> file.endsWith(".yaml"))
          .map(file -> file.substring(0, file.length() - ".yaml".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String reportText(String name) {
    try {
      return Files.readString(FOLLOW_UPS.resolve(name + ".yaml"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
