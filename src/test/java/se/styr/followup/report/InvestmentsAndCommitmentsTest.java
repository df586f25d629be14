package se.styr.followup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.followup.CommitmentEntry;
import se.styr.followup.EconomyLine;
import se.styr.followup.OccasionEconomy;
import se.styr.followup.OccasionEconomy.Gap;
import se.styr.goals.Activity;
import se.styr.goals.Assessment;
import se.styr.goals.GoalPlan;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.shared.Status;
import se.styr.shared.file.BadFileException;

/**
 * Investment projects and commitments (activities, assignments, priority directions, action plan
 * items) followed up at an occasion: read against the plan, computed, and written back.
 */
class InvestmentsAndCommitmentsTest {
  private static final PlanDocument TROLLHATTAN =
      PlanFileReader.read(Path.of("demo/trollhattan-omsorgsnamnden-2024.yaml"));
  private static final PlanDocument ALE =
      PlanFileReader.read(Path.of("demo/ale-socialnamnden-2024.yaml"));

  private static final String HEAD =
      """
      format: styr-followup/1
      plan: {municipality: '1488', committee: omsorgsnamnden, budgetYear: 2024, version: 1}
      occasion:
        key: delar-2024
        kind: interim
        title: Delårsrapport 2024
        periodEnd: 2024-08-31
        covers: [economy, goals]
      """;

  private static String trollhattan(String rest) {
    return HEAD + rest;
  }

  private static List<String> problems(String text, PlanDocument plan) {
    return catchThrowableOfType(
            BadFileException.class, () -> FollowUpReportFile.read("r.yaml", text, plan))
        .problems()
        .stream()
        .map(p -> p.line() + ": " + p.message())
        .toList();
  }

  @Test
  void computesEachProjectOfThePlansInvestmentBudgetWithItsDeviationAndMissingComment() {
    String text =
        trollhattan(
            """
            investments:
              unit: Mkr
              projects:
                - project: wifi
                  outcomeToDate: 0.4
                  forecast: 1.5
                - project: lyftar
                  outcomeToDate: 0.9
                  forecast: 1.3
            """);
    FollowUpReport report = FollowUpReportFile.read("r.yaml", text, TROLLHATTAN);
    OccasionEconomy investments = ReportEconomy.investments(report, TROLLHATTAN);
    // every project of the investment budget, named as the plan names it, reported or not
    assertThat(investments.lines()).hasSize(10);
    EconomyLine wifi =
        investments.lines().stream().filter(l -> l.area().equals("wifi")).findFirst().get();
    assertThat(wifi.name()).isEqualTo("WIFI/ Digital infrastruktur");
    assertThat(wifi.budget()).isEqualByComparingTo("1.2");
    // spending 1,5 against a budget of 1,2 is an overspend of 0,3 (25 %), which needs a comment
    assertThat(wifi.deviation()).isEqualByComparingTo("-0.3");
    assertThat(wifi.deviationPercent()).isEqualByComparingTo("-25.0");
    assertThat(wifi.commentMissing()).isTrue();
    assertThat(wifi.budgetToDate()).isNull();
    assertThat(wifi.linearProjection()).isNull();
    assertThat(investments.gaps())
        .contains(new Gap("wifi", Gap.Kind.COMMENT_MISSING))
        .contains(new Gap("humlan", Gap.Kind.FORECAST_MISSING))
        .doesNotContain(new Gap("lyftar", Gap.Kind.COMMENT_MISSING));
    // a project without a budget for the year stays blank, and so does the total's deviation
    EconomyLine skrivare =
        investments.lines().stream().filter(l -> l.area().equals("skrivare")).findFirst().get();
    assertThat(skrivare.budget()).isNull();
    assertThat(investments.total().forecast()).isNull();
    assertThat(FollowUpReportFile.write(report))
        .contains("investments:\n  unit: Mkr\n  projects:\n    - project: wifi\n");
  }

  @Test
  void writesInvestmentsAndCommitmentsBackByteForByte() {
    String text =
        "# Styr follow-up report. Format: docs/followup-format.md (schema:"
            + " docs/followup-file.schema.json)\n"
            + HEAD
            + """
            status: open
            report: {version: 1}
            investments:
              unit: Mkr
              projects:
                - project: wifi
                  outcomeToDate: 0.4
                  forecast: 1.5
                  comment: Fler accesspunkter än planerat.
            commitments:
              - {assignment: hemtjanstkostnader, status: ongoing, comment: Ny planering av hemtjänsten från maj.}
              - {assignment: frysta-taxor, status: done}
            """;
    FollowUpReport report = FollowUpReportFile.read("r.yaml", text, TROLLHATTAN);
    assertThat(report.commitments())
        .extracting(CommitmentEntry::kind, CommitmentEntry::key, CommitmentEntry::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                CommitmentEntry.Kind.ASSIGNMENT, "hemtjanstkostnader", Status.ONGOING),
            org.assertj.core.groups.Tuple.tuple(
                CommitmentEntry.Kind.ASSIGNMENT, "frysta-taxor", Status.DONE));
    assertThat(FollowUpReportFile.write(report)).isEqualTo(text);
  }

  @Test
  void namesAProjectOrCommitmentThePlanDoesNotHaveAndOneGivenTwiceByLine() {
    String text =
        trollhattan(
            """
            investments:
              unit: Mkr
              projects:
                - project: wifi
                  forecast: 1.2
                - project: vattenpark
                  forecast: 3
                - project: wifi
                  forecast: 1.1
            commitments:
              - {assignment: okand, status: done}
              - {activity: hemtjanstkostnader, status: done}
              - {assignment: frysta-taxor, direction: x, status: done}
              - {assignment: frysta-taxor, status: postponed}
            """);
    List<String> problems = problems(text, TROLLHATTAN);
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("the investment 'vattenpark' is not in the plan's investment budget")
                    .contains("skrivare, digitala-nycklar, wifi"))
        .anySatisfy(p -> assertThat(p).contains("the investment 'wifi' is given twice"))
        .anySatisfy(p -> assertThat(p).contains("the assignment 'okand' is not in the plan"))
        .anySatisfy(
            p -> assertThat(p).contains("the activity 'hemtjanstkostnader' is not in the plan"))
        .anySatisfy(p -> assertThat(p).contains("name the commitment with one of the fields"))
        .anySatisfy(
            p -> assertThat(p).contains("'frysta-taxor' is postponed: say why in a comment"));
    // each at its own line
    assertThat(problems).extracting(p -> p.substring(0, p.indexOf(':'))).doesNotHaveDuplicates();
  }

  @Test
  void takesInvestmentsOnlyAtAnEconomyOccasionAndCommitmentsOnlyAtAGoalsOccasion() {
    String economyOnly =
        HEAD.replace("covers: [economy, goals]", "covers: [economy]")
            + """
            commitments:
              - {assignment: frysta-taxor, status: done}
            """;
    assertThat(problems(economyOnly, TROLLHATTAN))
        .singleElement()
        .asString()
        .contains("does not cover the goals");
    String goalsOnly =
        HEAD.replace("covers: [economy, goals]", "covers: [goals]")
            + """
            investments:
              unit: Mkr
              projects:
                - {project: wifi, forecast: 1.2}
            """;
    assertThat(problems(goalsOnly, TROLLHATTAN))
        .singleElement()
        .asString()
        .contains("does not cover the economy");
  }

  @Test
  void followsUpTheItemsOfAnActionPlanByPlanAndItem() {
    var planned = PlanCommitments.of(ALE.goals());
    assertThat(planned)
        .extracting(PlanCommitments.Planned::kind)
        .contains(CommitmentEntry.Kind.ASSIGNMENT, CommitmentEntry.Kind.ACTION_ITEM);
    PlanCommitments.Planned item =
        planned.stream()
            .filter(p -> p.kind() == CommitmentEntry.Kind.ACTION_ITEM)
            .findFirst()
            .orElseThrow();
    assertThat(item.key()).contains("/");
    String text =
        """
        format: styr-followup/1
        plan: {municipality: '1440', committee: socialnamnden, budgetYear: 2024, version: 1}
        occasion: {key: t1-2024, kind: tertial, title: T1 2024, periodEnd: 2024-04-30, covers: [economy, goals]}
        commitments:
          - {actionItem: %s, status: cancelled, comment: Ersätts av regionens program.}
        """
            .formatted(item.key());
    FollowUpReport report = FollowUpReportFile.read("r.yaml", text, ALE);
    assertThat(report.commitments())
        .singleElement()
        .satisfies(c -> assertThat(c.path()).isEqualTo("action_item/" + item.key()));
  }

  @Test
  void anActivityCancelledByTheOccasionNoLongerCountsAsAnEffortInTheAssessment()
      throws IOException {
    PlanDocument sodertalje =
        PlanFileReader.read(Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml"));
    FollowUpReport delar =
        FollowUpReportFile.read(
            "delar.yaml",
            Files.readString(
                Path.of("demo/followup/sodertalje-delar-2025.yaml"), StandardCharsets.UTF_8),
            sodertalje);
    // an indicator the plan's improvement rule scores 0 at delår: not improved, no activities
    Assessment notImproved =
        ReportGoals.assess(delar, sodertalje).indicators().stream()
            .filter(a -> a.score() != null && a.score().signum() == 0)
            .findFirst()
            .orElseThrow();
    se.styr.goals.Indicator indicator =
        sodertalje.goals().indicators().stream()
            .filter(i -> i.key().equals(notImproved.subject()))
            .findFirst()
            .orElseThrow();
    List<Activity> activities = new ArrayList<>(sodertalje.goals().activities());
    activities.add(
        new Activity(
            "insats", indicator.goal(), indicator.key(), "En insats", null, null, null, null));
    GoalPlan goals = sodertalje.goals();
    PlanDocument withActivity =
        sodertalje.withGoals(
            new GoalPlan(
                goals.goalLevels(),
                goals.qualityAreas(),
                goals.assessment(),
                goals.goals(),
                goals.indicators(),
                activities,
                goals.assignments(),
                goals.priorityDirections(),
                goals.actionPlans(),
                goals.focusAreas(),
                goals.reservations(),
                goals.comparisons()));
    // planned, the activity is an effort: not improved despite activities scores 0,5
    assertThat(scoreOf(delar, withActivity, notImproved.subject())).isEqualByComparingTo("0.5");
    FollowUpReport cancelled =
        delar.withEntries(
            delar.economy(),
            delar.indicators(),
            delar.controls(),
            delar.investments(),
            List.of(
                new CommitmentEntry(
                    CommitmentEntry.Kind.ACTIVITY, "insats", Status.CANCELLED, "Ingen personal.")));
    assertThat(scoreOf(cancelled, withActivity, notImproved.subject())).isEqualByComparingTo("0");
  }

  private static BigDecimal scoreOf(FollowUpReport report, PlanDocument plan, String indicator) {
    return ReportGoals.assess(report, plan).indicators().stream()
        .filter(a -> a.subject().equals(indicator))
        .findFirst()
        .orElseThrow()
        .score();
  }
}
