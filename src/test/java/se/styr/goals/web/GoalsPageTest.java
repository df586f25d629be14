package se.styr.goals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.goals.AssessmentSettings;
import se.styr.goals.GoalPlan;
import se.styr.goals.ManualAssessment;
import se.styr.goals.Result;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.shared.Text;
import se.styr.texts.TextBlocks;

class GoalsPageTest {
  private static final PlanDocument SODERTALJE =
      PlanFileReader.read(Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml"));
  private static final PlanDocument LERUM =
      PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml"));
  private static final PlanDocument ALE =
      PlanFileReader.read(Path.of("demo/ale-socialnamnden-2024.yaml"));

  private static GoalTreeView.GoalNode find(List<GoalTreeView.GoalNode> nodes, String key) {
    for (GoalTreeView.GoalNode node : nodes) {
      if (node.key().equals(key)) {
        return node;
      }
      GoalTreeView.GoalNode below = find(node.children(), key);
      if (below != null) {
        return below;
      }
    }
    return null;
  }

  private static GoalTreeView.GoalNode goal(GoalsPage page, String key) {
    return page.tree().groups().stream()
        .map(g -> find(g.goals(), key))
        .filter(n -> n != null)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void assessesEveryGoalAndIndicatorForTheYearByThePlansRules() {
    GoalsPage page = GoalsPage.of(SODERTALJE, 2025);
    GoalTreeView.GoalNode nm1 = goal(page, "nm1");
    assertThat(nm1.assessment().year()).isEqualTo(2025);
    assertThat(nm1.assessment().ruleKind()).isEqualTo("MEAN");
    assertThat(nm1.assessment().result()).isEqualTo("not_assessed");
    assertThat(nm1.assessment().parts())
        .hasSize(6)
        .first()
        .satisfies(
            part -> {
              assertThat(part.anchor()).isEqualTo("i-kontinuitetsplan");
              assertThat(part.indicator()).isTrue();
            });
    assertThat(nm1.assessment().thresholds())
        .extracting(Text::swedish)
        .contains("0,70–1,00 Uppfyllt");
    assertThat(goal(page, "kf1").assessment().ruleKind()).isEqualTo("INHERIT");
    assertThat(nm1.indicators().get(0).assessment().ruleKind()).isEqualTo("IMPROVEMENT");
    assertThat(page.years()).containsExactly(2024, 2025, 2026, 2027);
  }

  @Test
  void assessesAYearWithValuesByTheValuesOfThatYear() {
    GoalsPage page = GoalsPage.of(LERUM, 2023);
    IndicatorView hemtjanst = goal(page, "agenda-2030").indicators().get(0);
    assertThat(hemtjanst.values())
        .extracting(IndicatorView.ValueView::missing)
        .containsExactly(true, false, false);
    assertThat(hemtjanst.assessment().text().swedish()).isEqualTo("inget mätbart mål för 2023");
  }

  @Test
  void showsAPersonsAssessmentBesideWhatTheRuleComputed() {
    GoalPlan steering = SODERTALJE.goals();
    AssessmentSettings settings = steering.assessment();
    ManualAssessment manual =
        new ManualAssessment(
            "kf6",
            false,
            2025,
            Result.MET,
            "Karin Björkryd",
            LocalDate.of(2026, 2, 10),
            "Medarbetarengagemanget ökade enligt HME.");
    GoalPlan assessed =
        new GoalPlan(
            steering.goalLevels(),
            steering.qualityAreas(),
            new AssessmentSettings(settings.indicatorRule(), settings.rules(), List.of(manual)),
            steering.goals(),
            steering.indicators(),
            steering.activities(),
            steering.assignments(),
            steering.priorityDirections(),
            steering.actionPlans(),
            steering.focusAreas(),
            steering.reservations(),
            steering.comparisons());
    AssessmentView kf6 =
        goal(GoalsPage.of(SODERTALJE.withGoals(assessed), 2025), "kf6").assessment();
    assertThat(kf6.result()).isEqualTo("met");
    assertThat(kf6.ruleKind()).isEqualTo("MANUAL");
    assertThat(kf6.manual())
        .satisfies(
            m -> {
              assertThat(m.by()).isEqualTo("Karin Björkryd");
              assertThat(m.date()).isEqualTo("2026-02-10");
              assertThat(m.justification()).isEqualTo("Medarbetarengagemanget ökade enligt HME.");
              assertThat(m.computedResult()).isEqualTo("not_assessed");
              assertThat(m.computedRuleKind()).isEqualTo("INHERIT");
              assertThat(m.computedText().swedish()).contains("inget delmål enligt beslut");
            });
    assertThat(
            goal(GoalsPage.of(SODERTALJE.withGoals(assessed), 2026), "kf6").assessment().manual())
        .isNull();
  }

  @Test
  void marksEachFindingWhereItIsAndLinksToIt() {
    GoalsPage page = GoalsPage.of(SODERTALJE, 2025);
    assertThat(page.findings())
        .extracting(GoalFindingView::kind)
        .containsExactlyInAnyOrder("NO_TARGET", "NO_TARGET", "NO_TARGET", "BAND_GAP", "SUBGOALS");
    assertThat(page.findings())
        .extracting(GoalFindingView::anchor)
        .contains("i-vald-nara-relation", "rule-budgetfoljsamhet", "g-kf6");
    IndicatorView vald =
        goal(page, "nm1").indicators().stream()
            .filter(i -> i.key().equals("vald-nara-relation"))
            .findFirst()
            .orElseThrow();
    assertThat(vald.findings()).extracting(GoalFindingView::kind).containsExactly("NO_TARGET");
    assertThat(goal(page, "kf6").findings())
        .extracting(GoalFindingView::kind)
        .containsExactly("SUBGOALS");
    assertThat(page.rules())
        .filteredOn(r -> r.key().equals("budgetfoljsamhet"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.findings())
                    .extracting(GoalFindingView::kind)
                    .containsExactly("BAND_GAP"));
  }

  @Test
  void choosesTheBudgetYearUnlessOneOfThePlansYearsIsAsked() {
    assertThat(GoalsPage.year(SODERTALJE, null)).contains(2025);
    assertThat(GoalsPage.year(SODERTALJE, 2027)).contains(2027);
    assertThat(GoalsPage.year(SODERTALJE, 2030)).isEmpty();
  }

  @Test
  void listsTheCommitmentsTheyHave() {
    CommitmentsView lerum = GoalsPage.of(LERUM, 2024).commitments();
    assertThat(lerum.directions()).hasSize(10);
    assertThat(lerum.control().decided()).isEqualTo("2024-02-24");
    assertThat(lerum.control().risks())
        .first()
        .satisfies(
            r -> {
              assertThat(r.anchor()).isEqualTo("risk-dokumentation");
              assertThat(r.reporting()).containsExactly("INTERIM", "ANNUAL");
            });
    assertThat(lerum.providers()).hasSize(6);
    assertThat(lerum.assignments()).isEmpty();
    assertThat(lerum.savings()).isNull();
    CommitmentsView ale = GoalsPage.of(ALE, 2024).commitments();
    assertThat(ale.savings().total()).isEqualTo("3,4");
    assertThat(ale.savings().measures())
        .first()
        .extracting(CommitmentsView.SavingView::area)
        .isEqualTo("Funktionsstöd");
    assertThat(ale.actionPlans()).singleElement().satisfies(p -> assertThat(p.items()).hasSize(9));
    assertThat(ale.assignments())
        .first()
        .satisfies(
            a -> {
              assertThat(a.source()).isEqualTo("COUNCIL");
              assertThat(a.planningComment().blocks())
                  .extracting(TextBlocks.Block::list)
                  .contains(true);
            });
    assertThat(ale.assignmentStatus()).isFalse();
  }

  @Test
  void showsResultsWithThePlansOwnSymbols() {
    PlanDocument plan =
        PlanFileReader.read(Path.of("src/test/resources/plans/control-and-fulfilment.yaml"));
    GoalTreeView.GoalNode nm1 = goal(GoalsPage.of(plan, 2025), "nm1");
    assertThat(nm1.assessment().result()).isEqualTo("partly_met");
    assertThat(nm1.assessment().word().swedish()).isEqualTo("Delvis uppfyllt eller ej mätbart");
    IndicatorView survey =
        nm1.indicators().stream().filter(i -> i.key().equals("enkat")).findFirst().orElseThrow();
    // a person judged it not assessable: the middle symbol, beside what the rule computed
    assertThat(survey.assessment().result()).isEqualTo("partly_met");
    assertThat(survey.assessment().manual().word().swedish())
        .isEqualTo("Delvis uppfyllt eller ej mätbart");
    assertThat(survey.assessment().manual().computedResult()).isEqualTo("not_assessed");
    assertThat(nm1.assessment().parts())
        .extracting(p -> p.word().swedish())
        .containsExactlyInAnyOrder(
            "Delvis uppfyllt eller ej mätbart", "Uppfyllt", "Delvis uppfyllt eller ej mätbart");
  }
}
