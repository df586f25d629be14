package se.styr.goals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styr.goals.Goal;
import se.styr.goals.GoalLevel;
import se.styr.goals.GoalPlan;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorUnit;
import se.styr.goals.LevelKind;
import se.styr.plan.PlanFileReader;
import se.styr.shared.Text;

class GoalTreeViewTest {
  private static final GoalTreeView.Annotations NONE =
      new GoalTreeView.Annotations(Map.of(), Map.of(), Map.of(), Map.of());

  private static GoalPlan demo(String file) {
    return PlanFileReader.read(Path.of("demo/" + file)).goals();
  }

  private static Goal goal(String key, String level, String parent) {
    return new Goal(
        key,
        level,
        parent,
        null,
        "Mål " + key,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        null,
        null,
        null);
  }

  private static GoalPlan steering(
      List<GoalLevel> levels, List<Goal> goals, List<Indicator> indicators) {
    return new GoalPlan(
        levels,
        List.of(),
        GoalPlan.NONE.assessment(),
        goals,
        indicators,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void hangsEachGoalUnderItsParentFromTheTopGoalsDown() {
    GoalTreeView tree = GoalTreeView.of(demo("sodertalje-omsorgsnamnden-2025.yaml"), NONE, 3);
    assertThat(tree.groups())
        .singleElement()
        .satisfies(
            group -> {
              assertThat(group.level()).isNull();
              assertThat(group.goals())
                  .extracting(GoalTreeView.GoalNode::title)
                  .containsExactly(
                      "Social hållbarhet", "Ekologisk hållbarhet", "Ekonomisk hållbarhet");
              GoalTreeView.GoalNode social = group.goals().get(0);
              assertThat(social.heading()).isEqualTo(3);
              assertThat(social.children())
                  .extracting(GoalTreeView.GoalNode::key)
                  .containsExactly("kf1", "kf2", "kf3");
              GoalTreeView.GoalNode nm1 = social.children().get(0).children().get(0);
              assertThat(nm1.key()).isEqualTo("nm1");
              assertThat(nm1.heading()).isEqualTo(5);
              assertThat(nm1.level()).isEqualTo("Nämndmål");
              assertThat(nm1.indicators())
                  .extracting(IndicatorView::key)
                  .startsWith("kontinuitetsplan", "trygghet");
              assertThat(nm1.qualityAreas())
                  .containsExactly(
                      "Salutogent förhållningssätt", "Effektiv och hållbar resursanvändning");
            });
  }

  @Test
  void showsTheLevelNameUnlessThePrintedNumberStartsWithIt() {
    GoalTreeView tree = GoalTreeView.of(demo("sodertalje-omsorgsnamnden-2025.yaml"), NONE, 3);
    GoalTreeView.GoalNode social = tree.groups().get(0).goals().get(0);
    assertThat(social.showLevel()).isTrue();
    assertThat(social.children().get(0).number()).isEqualTo("KF-mål 1");
    assertThat(social.children().get(0).showLevel()).isFalse();
  }

  @Test
  void groupsTheTopGoalsUnderTheirLevelsNamesWhenTheyAreOfSeveralLevels() {
    GoalTreeView tree = GoalTreeView.of(demo("lerum-stod-och-omsorgsnamnden-2024.yaml"), NONE, 3);
    assertThat(tree.groups())
        .extracting(GoalTreeView.LevelGroup::level)
        .containsExactly("Agenda 2030-mål", "Framgångsfaktor", "Inriktning för mandatperioden");
    assertThat(tree.groups().get(0).heading()).isEqualTo(3);
    assertThat(tree.groups().get(0).goals().get(0).heading()).isEqualTo(4);
    assertThat(tree.groups().get(0).goals().get(0).globalGoals())
        .extracting(Text::swedish)
        .containsExactly("Mål 3: Hälsa och välbefinnande");
    assertThat(tree.groups().get(0).goals().get(0).showLevel())
        .as("named by the group's heading")
        .isFalse();
  }

  @Test
  void keepsHeadingsWithinHtmlsSixLevels() {
    List<GoalLevel> levels = List.of(new GoalLevel("a", "Nivå", LevelKind.GOAL_AREA, null));
    GoalPlan deep =
        steering(
            levels,
            List.of(
                goal("g1", "a", null),
                goal("g2", "a", "g1"),
                goal("g3", "a", "g2"),
                goal("g4", "a", "g3"),
                goal("g5", "a", "g4")),
            List.of());
    GoalTreeView.GoalNode node = GoalTreeView.of(deep, NONE, 3).groups().get(0).goals().get(0);
    while (!node.children().isEmpty()) {
      node = node.children().get(0);
    }
    assertThat(node.key()).isEqualTo("g5");
    assertThat(node.heading()).isEqualTo(6);
  }

  @Test
  void showsGoalsInACycleOfParentsInsteadOfLosingThem() {
    List<GoalLevel> levels = List.of(new GoalLevel("a", "Nivå", LevelKind.GOAL_AREA, null));
    GoalPlan cycle =
        steering(
            levels,
            List.of(goal("top", "a", null), goal("x", "a", "y"), goal("y", "a", "x")),
            List.of());
    GoalTreeView tree = GoalTreeView.of(cycle, NONE, 3);
    assertThat(tree.groups()).hasSize(2);
    assertThat(tree.groups().get(1).goals())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.key()).isEqualTo("x");
              assertThat(x.children()).extracting(GoalTreeView.GoalNode::key).containsExactly("y");
            });
  }

  @Test
  void listsIndicatorsOfNoGoalOrOfAnUnknownGoalForThePlanAsAWhole() {
    List<GoalLevel> levels = List.of(new GoalLevel("a", "Nivå", LevelKind.GOAL_AREA, null));
    GoalPlan steering =
        steering(
            levels,
            List.of(goal("g", "a", null)),
            List.of(indicator("own", "g"), indicator("plan", null), indicator("lost", "nowhere")));
    GoalTreeView tree = GoalTreeView.of(steering, NONE, 3);
    assertThat(tree.groups().get(0).goals().get(0).indicators())
        .extracting(IndicatorView::key)
        .containsExactly("own");
    assertThat(tree.planIndicators())
        .extracting(IndicatorView::key)
        .containsExactly("plan", "lost");
  }

  private static Indicator indicator(String key, String goal) {
    return new Indicator(
        key,
        goal,
        "Indikator " + key,
        IndicatorUnit.PERCENT,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        null,
        List.of(),
        null,
        null);
  }
}
