package se.styr.followup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.followup.ControlResult;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.shared.file.BadFileException;

/**
 * Operational measures counted per period (Ale's verksamhetsmått) and the follow-up of private
 * providers (Lerum's list) at an occasion: read against the plan and written back.
 */
class MeasuresAndProvidersTest {
  private static final PlanDocument ALE =
      PlanFileReader.read(Path.of("demo/ale-socialnamnden-2024.yaml"));
  private static final PlanDocument LERUM =
      PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml"));

  private static final String ALE_T2 =
      """
      # Styr follow-up report. Format: docs/followup-format.md (schema: docs/followup-file.schema.json)
      format: styr-followup/1
      plan: {municipality: '1440', committee: socialnamnden, budgetYear: 2024, version: 1}
      occasion:
        key: delar-2024
        kind: interim
        title: Delårsrapport 2024
        periodEnd: 2024-08-31
        covers: [economy, goals]
      status: open
      report: {version: 1}
      operationalMeasures:
        - {measure: vardygn-hvb, period: 2024-T1, value: 1840}
        - {measure: vardygn-hvb, period: 2024-T2, value: 1702}
        - {measure: betaldagar, period: 2024-08, missing: true, reason: Regionens underlag kommer i oktober.}
      """;

  private static List<String> problems(String text, PlanDocument plan) {
    return catchThrowableOfType(
            BadFileException.class, () -> FollowUpReportFile.read("r.yaml", text, plan))
        .problems()
        .stream()
        .map(p -> p.line() + ": " + p.message())
        .toList();
  }

  @Test
  void readsCountsPerPeriodAndWritesThemBackByteForByte() {
    FollowUpReport report = FollowUpReportFile.read("r.yaml", ALE_T2, ALE);
    assertThat(report.measureCounts()).hasSize(3);
    assertThat(report.measureCounts().get(2).missing()).isTrue();
    assertThat(FollowUpReportFile.write(report)).isEqualTo(ALE_T2);
  }

  @Test
  void namesAMeasureThePlanDoesNotCountAPeriodOutsideTheOccasionAndOneGivenTwice() {
    String bad =
        ALE_T2
            + """
              - {measure: okant, period: 2024-T1, value: 1}
              - {measure: vardygn-hvb, period: 2024-T3, value: 1}
              - {measure: vardygn-hvb, period: 2024-T1, value: 2}
              - {measure: vardygn-sis, period: 2024-T1, value: tio}
            """;
    assertThat(problems(bad, ALE))
        .anySatisfy(
            p -> assertThat(p).contains("the operational measure 'okant' is not in the plan"))
        .anySatisfy(p -> assertThat(p).contains("the period 2024-T3 lies outside the follow-up"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("the operational measure 'vardygn-hvb' for 2024-T1 is given twice"))
        .anySatisfy(p -> assertThat(p).contains("'tio' is not a number"));
  }

  @Test
  void aProvidersFollowUpIsOneOfThePlansProvidersCheckedWithinTheOccasion() throws IOException {
    String delar =
        Files.readString(Path.of("demo/followup/lerum-delar-2024.yaml"), StandardCharsets.UTF_8);
    FollowUpReport report = FollowUpReportFile.read("delar.yaml", delar, LERUM);
    assertThat(report.providerResults())
        .extracting(r -> r.provider(), r -> r.outcome())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "riddarstengarden", ControlResult.Outcome.NO_DEVIATION),
            org.assertj.core.groups.Tuple.tuple(
                "hemtjanst-dag-kvall", ControlResult.Outcome.DEVIATION));
    String bad =
        delar
            .replace("provider: riddarstengarden", "provider: okand")
            .replace("checked: 2024-06-11", "checked: 2024-09-11")
            .replace(
                "    deviations: Utförd tid saknade signering i fyra av 30 ärenden; utföraren har"
                    + " lämnat en åtgärdsplan.\n",
                "");
    assertThat(problems(bad, LERUM))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("the provider 'okand' is not among the plan's private providers"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("following up hemtjanst-dag-kvall found deviations: describe them"));
    String late = delar.replace("checked: 2024-06-11", "checked: 2024-09-11");
    assertThat(problems(late, LERUM))
        .singleElement()
        .asString()
        .contains(
            "'hemtjanst-dag-kvall' was followed up 2024-09-11, outside the occasion's period");
  }
}
