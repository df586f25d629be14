package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import se.styr.goals.Activity;
import se.styr.goals.Indicator;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.yaml.YamlFile;

class PartEditsTest {
  private static final PlanDocument ALE =
      PlanFileReader.read(Path.of("demo/ale-socialnamnden-2024.yaml"));
  private static final PlanDocument SODERTALJE =
      PlanFileReader.read(Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "demo/ale-socialnamnden-2024.yaml",
        "demo/lerum-stod-och-omsorgsnamnden-2024.yaml",
        "demo/smedjebacken-omsorgsnamnden-2025.yaml",
        "demo/sodertalje-omsorgsnamnden-2025.yaml",
        "demo/trollhattan-omsorgsnamnden-2024.yaml"
      })
  void everyPartOfEverySeedSavedAsItsFormShowsItLeavesThePlanUnchanged(String file) {
    PlanDocument plan = PlanFileReader.read(Path.of(file));
    String sections = StoredSections.write(plan);
    PartTree tree = new PartTree(YamlFile.tree(file, sections));
    List<PartAddress> addresses = new ArrayList<>();
    for (PartKind kind : PlanParts.all()) {
      collect(tree, PartAddress.parse(kind.name()), addresses);
    }
    assertThat(addresses).isNotEmpty();
    for (PartAddress address : addresses) {
      Map<String, String> shown = PartForm.values(address.kind(), tree.find(address).item());
      PartEdits.Outcome outcome = PartEdits.save(plan, address, shown);
      assertThat(outcome.text()).as(address.path()).isEqualTo(sections);
      assertThat(outcome.address()).isEqualTo(address);
    }
  }

  private static void collect(PartTree tree, PartAddress address, List<PartAddress> into) {
    PartKind kind = address.kind();
    if (kind.single()) {
      if (tree.root().getValue().stream()
              .noneMatch(
                  t ->
                      ((org.snakeyaml.engine.v2.nodes.ScalarNode) t.getKeyNode())
                          .getValue()
                          .equals(kind.path().get(0)))
          && address.owner().isEmpty()) {
        return;
      }
      into.add(address);
      for (PartKind child : kind.children()) {
        collect(tree, address.child(child), into);
      }
      return;
    }
    SequenceNode list = tree.list(address, false).orElse(null);
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.getValue().size(); i++) {
      PartAddress item = address.item(PartTree.selector(kind, list, i));
      into.add(item);
      for (PartKind child : kind.children()) {
        collect(tree, item.child(child), into);
      }
    }
  }

  @Test
  void anActivityTypedInIsAddedWithAKeyMadeFromItsTitle() {
    Map<String, String> typed = new HashMap<>();
    typed.put("title", "Införa nattkameror på två boenden");
    typed.put("due", "2024-10");
    typed.put("status", "ongoing");
    PartEdits.Outcome outcome = PartEdits.save(ALE, PartAddress.parse("activities"), typed);

    Activity added = outcome.plan().goals().activities().get(0);
    assertThat(added.key()).isEqualTo("infora-nattkameror-pa-tva-boenden");
    assertThat(added.title()).isEqualTo("Införa nattkameror på två boenden");
    assertThat(outcome.address().path()).isEqualTo("activities/infora-nattkameror-pa-tva-boenden");
    assertThat(outcome.change().before()).isNull();
    assertThat(outcome.change().after()).contains("due: 2024-10");
  }

  @Test
  void aBaselineTypedInSwedishIsStoredExactly() {
    Map<String, String> shown =
        PartForm.values(
            PlanParts.kind("indicators").orElseThrow(),
            tree(SODERTALJE).find(PartAddress.parse("indicators/basal-hygien")).item());
    shown.put("baseline.value", "61,25");
    PartEdits.Outcome outcome =
        PartEdits.save(SODERTALJE, PartAddress.parse("indicators/basal-hygien"), shown);

    Indicator indicator =
        outcome.plan().goals().indicators().stream()
            .filter(i -> i.key().equals("basal-hygien"))
            .findFirst()
            .orElseThrow();
    assertThat(indicator.baseline().value().text()).isEqualTo("61.25");
  }

  @Test
  void aWordWhereANumberBelongsIsRefusedOnItsField() {
    Map<String, String> typed = new HashMap<>();
    typed.put("title", "Ny åtgärd");
    typed.put("amount", "mycket");
    assertThatThrownBy(
            () -> PartEdits.save(ALE, PartAddress.parse("savingsMeasures/savings"), typed))
        .isInstanceOfSatisfying(
            PartProblems.class,
            p -> assertThat(p.fields().get("amount").get(0).key()).isEqualTo("part.notNumber"));
  }

  @Test
  void aGoalAtALevelThePlanDoesNotHaveIsRefusedByThePlanFileRulesOnTheLevelField() {
    Map<String, String> typed = new HashMap<>();
    typed.put("title", "Ett nytt mål");
    typed.put("level", "ingen-sadan-niva");
    assertThatThrownBy(() -> PartEdits.save(ALE, PartAddress.parse("goals"), typed))
        .isInstanceOfSatisfying(
            PartProblems.class,
            p -> {
              assertThat(p.fields()).containsKey("level");
              assertThat(p.elsewhere()).isEmpty();
            });
  }

  @Test
  void aRequiredFieldLeftBlankIsSaidOnTheField() {
    assertThatThrownBy(() -> PartEdits.save(ALE, PartAddress.parse("goals"), Map.of("number", "9")))
        .isInstanceOfSatisfying(
            PartProblems.class,
            p -> {
              assertThat(p.fields().get("title")).extracting(t -> t.key()).contains("part.missing");
              assertThat(p.fields().get("level")).extracting(t -> t.key()).contains("part.missing");
            });
  }

  @Test
  void aGoalThatIndicatorsNameCannotBeRemovedAndSaysWhichNameIt() {
    String goal = ALE.goals().indicators().get(0).goal();
    assertThatThrownBy(() -> PartEdits.remove(ALE, PartAddress.parse("goals/" + goal)))
        .isInstanceOfSatisfying(PartProblems.class, p -> assertThat(p.elsewhere()).isNotEmpty());
  }

  @Test
  void everyKindOfChangeIsUndoneToTheTextItStartedFrom() {
    String start = StoredSections.write(ALE);
    String first = ALE.goals().assignments().get(0).key();
    Map<String, String> typed = new HashMap<>();
    typed.put("title", "Ny åtgärd");
    typed.put("area", "ifo");
    typed.put("amount", "0,4");
    List<PartEdits.Outcome> changes =
        List.of(
            PartEdits.save(ALE, PartAddress.parse("savingsMeasures/savings"), typed),
            PartEdits.remove(ALE, PartAddress.parse("assignments/" + first)),
            PartEdits.move(ALE, PartAddress.parse("assignments/" + first), false),
            PartEdits.save(ALE, PartAddress.parse("savingsMeasures"), Map.of("unit", "tkr")));
    for (PartEdits.Outcome change : changes) {
      PartChange kept = PartChange.of(change.change().target()).orElseThrow();
      assertThat(kept).isEqualTo(change.change());
      PartEdits.Outcome undone = PartEdits.undo(change.plan(), kept);
      assertThat(undone.text()).as(kept.list()).isEqualTo(start);
    }
  }

  @Test
  void anUndoOfAnItemChangedSinceIsRefused() {
    String first = ALE.goals().assignments().get(0).key();
    PartEdits.Outcome moved = PartEdits.move(ALE, PartAddress.parse("assignments/" + first), false);
    PartEdits.Outcome again = PartEdits.move(moved.plan(), moved.address(), false);
    assertThatThrownBy(() -> PartEdits.undo(again.plan(), moved.change()))
        .isInstanceOfSatisfying(
            StyrException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
  }

  @Test
  void anUnknownAddressIsNotFound() {
    assertThatThrownBy(() -> PartAddress.parse("nosuchpart/x"))
        .isInstanceOfSatisfying(
            StyrException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    assertThatThrownBy(() -> PartEdits.remove(ALE, PartAddress.parse("goals/no-such-goal")))
        .isInstanceOfSatisfying(
            StyrException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  private static PartTree tree(PlanDocument plan) {
    return new PartTree(YamlFile.tree("t", StoredSections.write(plan)));
  }
}
