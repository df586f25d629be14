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
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import se.styr.budget.BudgetTable;
import se.styr.budget.RowRole;
import se.styr.budget.TableKind;
import se.styr.shared.StyrException;
import se.styr.shared.yaml.YamlFile;
import se.styr.texts.Section;

/**
 * The plan's content (text sections and tables, with the tables' columns and rows) changed through
 * the same part engine as the goal chain: on the plan file's own text, read back by the whole plan
 * file's reader and rules.
 */
class ContentPartEditsTest {
  private static final PlanDocument ALE =
      PlanFileReader.read(Path.of("demo/ale-socialnamnden-2024.yaml"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "demo/ale-socialnamnden-2024.yaml",
        "demo/lerum-stod-och-omsorgsnamnden-2024.yaml",
        "demo/smedjebacken-omsorgsnamnden-2025.yaml",
        "demo/sodertalje-omsorgsnamnden-2025.yaml",
        "demo/trollhattan-omsorgsnamnden-2024.yaml"
      })
  void everySectionTableColumnAndRowOfEverySeedSavedAsItsFormShowsItLeavesThePlanUnchanged(
      String file) {
    PlanDocument plan = PlanFileReader.read(Path.of(file));
    String whole = PlanFileWriter.write(plan);
    PartTree tree = new PartTree(YamlFile.tree(file, whole));
    List<PartAddress> addresses = new ArrayList<>();
    for (PartKind kind : PlanParts.contentKinds()) {
      collect(tree, PartAddress.parse(kind.name()), addresses);
    }
    assertThat(addresses)
        .extracting(a -> a.kind().name())
        .contains("sections", "tables", "columns", "rows");
    for (PartAddress address : addresses) {
      Map<String, String> shown = PartForm.values(address.kind(), tree.find(address).item());
      PartEdits.Outcome outcome = PartEdits.save(plan, address, shown);
      assertThat(outcome.text()).as(address.path()).isEqualTo(whole);
      assertThat(outcome.address()).isEqualTo(address);
    }
  }

  /** Every item of every content kind; of a table's rows the first, second and last. */
  private static void collect(PartTree tree, PartAddress address, List<PartAddress> into) {
    PartKind kind = address.kind();
    SequenceNode list = tree.list(address, false).orElse(null);
    if (list == null) {
      return;
    }
    List<Node> items = list.getValue();
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof MappingNode item) || !PlanParts.holds(kind, item)) {
        continue;
      }
      if (kind.name().equals("rows") && i > 1 && i < items.size() - 1) {
        continue;
      }
      PartAddress at = address.item(PartTree.selector(kind, list, i));
      into.add(at);
      for (PartKind child : kind.children()) {
        collect(tree, at.child(child), into);
      }
    }
  }

  @Test
  void aSectionTypedInIsAddedLastWithAKeyMadeFromItsTitle() {
    Map<String, String> typed = new HashMap<>();
    typed.put("title", "Verksamhetens uppdrag");
    typed.put("level", "2");
    typed.put("text", "Nämnden ansvarar för **socialtjänsten**.");
    PartEdits.Outcome outcome = PartEdits.save(ALE, PartAddress.parse("sections"), typed);

    Block last = outcome.plan().content().get(outcome.plan().content().size() - 1);
    assertThat(last).isInstanceOf(Block.Text.class);
    Section section = ((Block.Text) last).section();
    assertThat(section.key()).isEqualTo("verksamhetens-uppdrag");
    assertThat(section.level()).isEqualTo(2);
    assertThat(section.text()).isEqualTo("Nämnden ansvarar för **socialtjänsten**.");
    assertThat(outcome.address().path()).isEqualTo("sections/verksamhetens-uppdrag");
  }

  @Test
  void aSectionIsPlacedAfterTheOneTheFormNamesAndItsUndoTakesItAway() {
    String first = ((Block.Text) ALE.content().get(0)).section().key();
    Map<String, String> typed = new HashMap<>();
    typed.put("title", "Inledning");
    typed.put(PartEdits.AFTER, first);
    PartEdits.Outcome outcome = PartEdits.save(ALE, PartAddress.parse("sections"), typed);
    assertThat(outcome.plan().content().get(1))
        .isEqualTo(new Block.Text(new Section("inledning", "Inledning", 1, null)));
    PartEdits.Outcome undone =
        PartEdits.undo(outcome.plan(), PartChange.of(outcome.change().target()).orElseThrow());
    assertThat(undone.plan().content()).isEqualTo(ALE.content());

    typed.put(PartEdits.AFTER, "ingen-sadan");
    assertThatThrownBy(() -> PartEdits.save(ALE, PartAddress.parse("sections"), typed))
        .isInstanceOf(StyrException.class);
  }

  @Test
  void aTableIsAddedEmptyAndItsRowsAndColumnsComeLater() {
    Map<String, String> typed = new HashMap<>();
    typed.put("kind", "investment_budget");
    typed.put("title", "Investeringar 2024–2026");
    typed.put("unit", "tkr");
    typed.put("footnotes", "Belopp i löpande priser\nExklusive lokaler");
    PartEdits.Outcome outcome = PartEdits.save(ALE, PartAddress.parse("tables"), typed);

    BudgetTable added = outcome.plan().table("investeringar-2024-2026").orElseThrow();
    assertThat(added.kind()).isEqualTo(TableKind.INVESTMENT_BUDGET);
    assertThat(added.unit()).isEqualTo("tkr");
    assertThat(added.columns()).isEmpty();
    assertThat(added.rows()).isEmpty();
    assertThat(added.footnotes()).containsExactly("Belopp i löpande priser", "Exklusive lokaler");
    assertThat(added.unitPrinted()).isTrue();

    Map<String, String> shown = shown(outcome.plan(), outcome.address());
    shown.put("unitPrinted", "nej");
    PartEdits.Outcome unprinted = PartEdits.save(outcome.plan(), outcome.address(), shown);
    assertThat(unprinted.plan().table("investeringar-2024-2026").orElseThrow().unitPrinted())
        .isFalse();
    shown.put("unitPrinted", "kanske");
    assertThatThrownBy(() -> PartEdits.save(outcome.plan(), outcome.address(), shown))
        .isInstanceOfSatisfying(
            PartProblems.class, p -> assertThat(p.fields()).containsKey("unitPrinted"));
  }

  @Test
  void aColumnsTypeAndYearAndARowsRoleAreChangedAndCheckedByTheTableRules() {
    BudgetTable table = ALE.tables().get(0);
    String column = table.columns().get(table.columns().size() - 1).key();
    PartAddress at = PartAddress.parse("tables/" + table.key() + "/columns/" + column);
    Map<String, String> shown = shown(ALE, at);
    shown.put("label", "Plan 2027");
    PartEdits.Outcome renamed = PartEdits.save(ALE, at, shown);
    assertThat(renamed.plan().table(table.key()).orElseThrow().columns())
        .last()
        .satisfies(c -> assertThat(c.label()).isEqualTo("Plan 2027"));

    shown.put("year", "1850");
    assertThatThrownBy(() -> PartEdits.save(ALE, at, shown))
        .isInstanceOfSatisfying(
            PartProblems.class,
            p -> assertThat(p.fields().keySet()).as(p.toString()).contains("year"));

    String row = table.rows().get(0).key();
    PartAddress rowAt = PartAddress.parse("tables/" + table.key() + "/rows/" + row);
    Map<String, String> rowShown = shown(ALE, rowAt);
    rowShown.put("role", "heading");
    PartEdits.Outcome heading = PartEdits.save(ALE, rowAt, rowShown);
    assertThat(heading.plan().table(table.key()).orElseThrow().rows().get(0).role())
        .isEqualTo(RowRole.HEADING);
  }

  @Test
  void rowsAndColumnsAreNeitherAddedRemovedNorMovedHereSoTheirFiguresStayInLine() {
    BudgetTable table = ALE.tables().get(0);
    String row = table.rows().get(0).key();
    PartAddress rows = PartAddress.parse("tables/" + table.key() + "/rows");
    assertThatThrownBy(() -> PartEdits.save(ALE, rows, Map.of("label", "Ny rad")))
        .isInstanceOfSatisfying(
            StyrException.class, e -> assertThat(e.text().key()).isEqualTo("part.fixed"));
    assertThatThrownBy(() -> PartEdits.remove(ALE, rows.item(row)))
        .isInstanceOf(StyrException.class);
    assertThatThrownBy(() -> PartEdits.move(ALE, rows.item(row), false))
        .isInstanceOf(StyrException.class);
  }

  @Test
  void aSectionOrATableMovedOrRemovedIsUndoneToTheTextItStartedFrom() {
    String start = PlanFileWriter.write(ALE);
    String table = ALE.tables().get(0).key();
    String section =
        ALE.content().stream()
            .filter(b -> b instanceof Block.Text)
            .map(b -> ((Block.Text) b).section().key())
            .findFirst()
            .orElseThrow();
    List<PartEdits.Outcome> changes =
        List.of(
            PartEdits.move(ALE, PartAddress.parse("sections/" + section), false),
            PartEdits.move(ALE, PartAddress.parse("tables/" + table), true),
            PartEdits.remove(ALE, PartAddress.parse("sections/" + section)),
            PartEdits.save(ALE, PartAddress.parse("sections"), Map.of("title", "Bilaga")));
    for (PartEdits.Outcome change : changes) {
      PartChange kept = PartChange.of(change.change().target()).orElseThrow();
      PartEdits.Outcome undone = PartEdits.undo(change.plan(), kept);
      assertThat(undone.text()).as(kept.list()).isEqualTo(start);
    }
  }

  @Test
  void aHostileKeyIsRefusedByThePlanFilesRulesAndNothingOfItIsKept() {
    for (String kind : List.of("sections", "tables", "textFigures")) {
      Map<String, String> typed = new HashMap<>();
      typed.put(PlanParts.kind(kind).orElseThrow().keyName(), "<script>alert(1)</script>");
      typed.put("title", "Rubrik");
      typed.put("kind", "statistics");
      typed.put("unit", "st");
      typed.put("text", "Text");
      typed.put("value", "7");
      typed.put("equals", "ekonomisk-sammanstallning.totalt.budget2023");
      assertThatThrownBy(() -> PartEdits.save(ALE, PartAddress.parse(kind), typed))
          .as(kind)
          .isInstanceOf(PartProblems.class);
    }
  }

  @Test
  void aTableKindThePlanFileDoesNotKnowIsRefusedOnTheKindField() {
    Map<String, String> typed = new HashMap<>();
    typed.put("kind", "horoscope");
    typed.put("title", "Tabell");
    typed.put("unit", "tkr");
    assertThatThrownBy(() -> PartEdits.save(ALE, PartAddress.parse("tables"), typed))
        .isInstanceOfSatisfying(
            PartProblems.class, p -> assertThat(p.fields()).containsKey("kind"));
  }

  @Test
  void aFigureInTheTextIsHeldToTheTablesItNames() {
    PartAddress at = PartAddress.parse("textFigures/underskott");
    Map<String, String> shown = shown(ALE, at);
    assertThat(shown).containsEntry("value", "7").containsEntry("unit", "Mkr");
    shown.put("text", "För 2023 prognosticeras ett underskott om 7,0 Mkr.");
    PartEdits.Outcome outcome = PartEdits.save(ALE, at, shown);
    assertThat(outcome.plan().textFigures().get(0).text())
        .isEqualTo("För 2023 prognosticeras ett underskott om 7,0 Mkr.");

    shown.put("equals", "ingen-tabell.totalt.budget2023");
    assertThatThrownBy(() -> PartEdits.save(ALE, at, shown))
        .isInstanceOfSatisfying(
            PartProblems.class, p -> assertThat(p.fields()).containsKey("equals"));
  }

  private static Map<String, String> shown(PlanDocument plan, PartAddress at) {
    PartTree tree = new PartTree(YamlFile.tree("t", PlanFileWriter.write(plan)));
    return new HashMap<>(PartForm.values(at.kind(), tree.find(at).item()));
  }
}
