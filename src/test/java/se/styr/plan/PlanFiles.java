package se.styr.plan;

/** Plan files for tests. */
public final class PlanFiles {
  private PlanFiles() {}

  /** A small valid plan with one table whose total adds up. */
  public static final String VALID =
      """
      format: styr-plan/1
      municipality: {code: "1488", name: Trollhättan}
      committee: {name: Omsorgsnämnden}
      plan: {title: Verksamhetsplan 2024, budgetYear: 2024, historyYears: [2023], planYears: [2025]}
      version: {number: 1, status: draft}
      areas:
        - {key: sabo, name: Särskilt boende}
        - {key: hemtjanst, name: Hemtjänst}
      content:
        - section: intro
          title: Inledning
          text: |
            Nämnden ansvarar för äldreomsorgen.
        - table: drift
          kind: operating_summary
          title: Driftsammandrag
          unit: tkr
          columns:
            - {key: b2023, label: Budget 2023, type: budget, year: 2023}
            - {key: b2024, label: Budget 2024, type: budget, year: 2024}
          rows:
            - {key: sabo, label: Särskilt boende, area: sabo, values: [100, 110]}
            - {key: hemtjanst, label: Hemtjänst, area: hemtjanst, values: [200, 210]}
            - {key: summa, label: Summa, role: total, values: [300, 320]}
      """;
}
