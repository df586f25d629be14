package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.goals.Goal;
import se.styr.goals.GoalPlan;

class CouncilGoalsTest {
  private static final PlanDocument ALE =
      PlanFileReader.read(Path.of("demo/ale-socialnamnden-2024.yaml"));

  /** A council plan holding Ale's direction and council goals, {@code change} done to them. */
  private static PlanDocument council(java.util.function.UnaryOperator<List<Goal>> change) {
    GoalPlan goals = ALE.goals();
    List<Goal> councils =
        goals.goals().stream()
            .filter(g -> List.of("riktningsmal", "kf-mal").contains(g.level()))
            .toList();
    return ALE.withGoals(
        GoalPlan.ofGoals(
            goals.goalLevels().subList(0, 2), List.of(), null, change.apply(councils)));
  }

  @Test
  void theCouncilsGoalsTakeThePlaceOfThePlansOwnAtTheCouncilsLevelsAndTheRestStay() {
    PlanDocument council =
        council(
            goals ->
                goals.stream()
                    .map(
                        g ->
                            g.key().equals("kompetensforsorjning")
                                ? new Goal(
                                    g.key(),
                                    g.level(),
                                    g.parent(),
                                    g.number(),
                                    "Ny titel",
                                    g.type(),
                                    g.perspective(),
                                    g.description(),
                                    g.followUp(),
                                    g.globalGoals(),
                                    g.qualityAreas(),
                                    g.withoutSubgoal(),
                                    g.rule(),
                                    g.replaces())
                                : g)
                    .toList());
    PlanDocument followed = CouncilGoals.followed(ALE, council).orElseThrow();
    assertThat(followed.goals().goals())
        .filteredOn(g -> g.key().equals("kompetensforsorjning"))
        .extracting(Goal::title)
        .containsExactly("Ny titel");
    assertThat(followed.goals().goals().stream().filter(g -> g.level().equals("namndmal")).count())
        .isEqualTo(ALE.goals().goals().stream().filter(g -> g.level().equals("namndmal")).count());
    assertThat(followed.goals().goalLevels()).isEqualTo(ALE.goals().goalLevels());
  }

  @Test
  void aCouncilThatNoLongerHasAGoalThePlansIndicatorsNameIsNotFollowed() {
    String named = ALE.goals().indicators().get(0).goal();
    PlanDocument council =
        council(goals -> goals.stream().filter(g -> !g.key().equals(named)).toList());
    assertThat(CouncilGoals.followed(ALE, council)).isEmpty();
    assertThat(CouncilGoals.conflicts(ALE, council)).isNotEmpty();
  }

  @Test
  void aFrameTheCouncilsPlanDoesNotStateIsBlankNeverZero() {
    assertThat(CouncilGoals.frame(ALE, "socialnamnden", 2024)).isEmpty();
  }
}
