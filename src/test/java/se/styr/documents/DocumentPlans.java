package se.styr.documents;

import java.nio.file.Path;
import java.util.List;
import se.styr.documents.model.LayoutFile;
import se.styr.documents.model.PlanPrinter;
import se.styr.documents.model.PrintedPlan;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;

/** Plans for the document tests: small plan files written out, and the five seed plans of demo/. */
public final class DocumentPlans {
  public static final List<String> SEEDS =
      List.of(
          "ale-socialnamnden-2024",
          "lerum-stod-och-omsorgsnamnden-2024",
          "smedjebacken-omsorgsnamnden-2025",
          "sodertalje-omsorgsnamnden-2025",
          "trollhattan-omsorgsnamnden-2024");

  private DocumentPlans() {}

  public static PlanDocument seed(String name) {
    return PlanFileReader.read(Path.of("demo", name + ".yaml"));
  }

  /** The seed plan printed by its municipality's shipped layout. */
  public static PrintedPlan printedSeed(String name) {
    PlanDocument plan = seed(name);
    return PlanPrinter.print(plan, LayoutFile.forMunicipality(plan.municipality().code(), null));
  }

  /**
   * A plan file with the given version and content (YAML list items indented by two spaces) and
   * extra root sections.
   */
  public static PlanDocument plan(String version, String content, String rest) {
    return PlanFileReader.read(
        "test.yaml",
        """
        format: styr-plan/1
        municipality: {code: "1488", name: Trollhättan}
        committee: {name: Omsorgsnämnden}
        plan: {title: Verksamhetsplan 2024, budgetYear: 2024, historyYears: [2023], planYears: [2025]}
        version: %s
        areas:
          - {key: sabo, name: Särskilt boende}
          - {key: hemtjanst, name: Hemtjänst}
        content:
        %s
        %s
        """
            .formatted(version, content.stripTrailing(), rest));
  }

  public static final String DRAFT = "{number: 1, status: draft}";

  public static final String TABLE =
      """
        - table: drift
          kind: operating_summary
          title: Driftsammandrag
          unit: tkr
          columns:
            - {key: b2023, label: Budget 2023, type: budget, year: 2023}
            - {key: b2024, label: Budget 2024, type: budget, year: 2024}
          rows:
            - {key: sabo, label: Särskilt boende, area: sabo, values: [1325246, 110.5]}
            - {key: hemtjanst, label: Hemtjänst, area: hemtjanst, values: [-16.9, 210.0]}
            - {key: summa, label: Summa, role: total, values: [1325229.1, 320.5]}
      """;
}
