package se.styr.goals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styr.goals.GoalPlan;
import se.styr.plan.PlanFileReader;
import se.styr.texts.TextBlocks;

/**
 * Smedjebacken's reservation (demo/smedjebacken-omsorgsnamnden-2025.yaml): six points, five with
 * proposals.
 */
class ReservationViewTest {
  private static final GoalPlan SMEDJEBACKEN =
      PlanFileReader.read(Path.of("demo/smedjebacken-omsorgsnamnden-2025.yaml")).goals();

  private static ReservationView.PointView point(int number) {
    List<ReservationView> views =
        ReservationView.of(SMEDJEBACKEN, GoalTreeView.levelNames(SMEDJEBACKEN.goalLevels()));
    return views.get(0).points().stream()
        .filter(p -> p.number() == number)
        .findFirst()
        .orElseThrow();
  }

  private static List<String> titles(List<ReservationView.Item> items) {
    return items.stream().map(ReservationView.Item::title).toList();
  }

  @Test
  void putsAProposedIndicatorBesideTheIndicatorItReplacesAndNothingElse() {
    ReservationView.PointView point = point(2);
    assertThat(point.pairs())
        .singleElement()
        .satisfies(
            pair -> {
              assertThat(titles(pair.decided()))
                  .containsExactly("Medarbetarengagemang enligt kommunens medarbetarenkät");
              assertThat(pair.decided().get(0).anchor()).isEqualTo("i-medarbetarengagemang");
              assertThat(pair.decided().get(0).context()).isEqualTo("Attraktiv arbetsgivare");
              assertThat(titles(pair.proposed())).containsExactly("Hållbart medarbetarengagemang");
              assertThat(pair.proposed().get(0).anchor()).isNull();
            });
  }

  @Test
  void putsTwoProposedGoalsBesideTheOneGoalTheyBothReplaceWithTheirIndicators() {
    ReservationView.PointView point = point(6);
    assertThat(point.pairs())
        .singleElement()
        .satisfies(
            pair -> {
              assertThat(titles(pair.decided()))
                  .containsExactly("Äldreboendena ska vara bland de 25% bästa i landet");
              assertThat(titles(pair.decided().get(0).indicators()))
                  .containsExactly("Öppna jämförelser årliga mätning/Kolada");
              assertThat(titles(pair.proposed()))
                  .containsExactly(
                      "Nämndmål 1: Alla på särskilt boende ska erbjudas möjlighet till daglig"
                          + " utevistelse,",
                      "Nämndmål 2: Det ska finnas flera än två organiserade aktiviteter under"
                          + " vardagar per vecka.");
              assertThat(pair.proposed().get(0).level()).isEqualTo("Nämndmål");
              assertThat(titles(pair.proposed().get(1).indicators()))
                  .containsExactly(
                      "Boendeplatser i särskilt boende som erbjuder minst två organiserade och"
                          + " gemensamma aktiviteter under vardagar");
            });
  }

  @Test
  void putsAProposalThatReplacesNothingBesideTheGoalThePointConcerns() {
    ReservationView.PointView point = point(4);
    assertThat(point.pairs())
        .singleElement()
        .satisfies(
            pair -> {
              assertThat(titles(pair.decided())).containsExactly("Välfärd med hög kvalitet");
              assertThat(titles(pair.proposed()))
                  .containsExactly(
                      "Alla omsorgstagare ska ha en aktuell (< 12 mån) genomförandeplan");
            });
  }

  @Test
  void showsTheConcernedGoalWithItsIndicatorOnceWhenThePointProposesNoGoalOrIndicator() {
    ReservationView.PointView point = point(1);
    assertThat(point.pairs())
        .singleElement()
        .satisfies(
            pair -> {
              assertThat(titles(pair.decided())).containsExactly("Minska sjukfrånvaron");
              assertThat(titles(pair.decided().get(0).indicators()))
                  .containsExactly("Uppföljning vid varje nämnd.");
              assertThat(pair.proposed()).isEmpty();
            });
    assertThat(point.proposal().blocks())
        .singleElement()
        .extracting(TextBlocks.Block::text)
        .isEqualTo("M: Resultatet ska visa äldreomsorgen separat.");
  }

  @Test
  void namesWhatAPointConcernsWithLinks() {
    assertThat(point(3).concerns())
        .containsExactly(
            new ReservationView.Ref("Budget i balans", "g-budget-i-balans"),
            new ReservationView.Ref("Månatliga uppföljningar av utfallet", "i-budgetutfall"));
  }

  @Test
  void marksEveryDecidedGoalAndIndicatorThatAPointConcernsOrReplaces() {
    Map<String, List<ReservationView.Mark>> marks = ReservationView.marks(SMEDJEBACKEN);
    assertThat(marks.get("aldreboendena-25"))
        .singleElement()
        .isEqualTo(new ReservationView.Mark("res-m-2024-10-14-6", 6, "Kristina Karlsson (M)"));
    assertThat(marks.get("oj-hemtjanst"))
        .extracting(ReservationView.Mark::point)
        .containsExactly(5);
    assertThat(marks).doesNotContainKey("en-kommun-for-alla");
  }
}
