package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.FigureChanges.FigureChange;
import se.styr.budget.FigureChanges.TableChange;
import se.styr.budget.FigureChanges.TablePart;
import se.styr.budget.TableColumn;
import se.styr.budget.TableRow;
import se.styr.goals.Assignment;
import se.styr.goals.Goal;
import se.styr.goals.GoalChanges.CommitmentType;
import se.styr.goals.GoalPlan;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorValue;
import se.styr.goals.Quantity;
import se.styr.goals.Target;
import se.styr.goals.TargetSpec;
import se.styr.plan.VersionComparison.Comparison;
import se.styr.shared.Status;
import se.styr.texts.Section;
import se.styr.texts.TextDiff;
import se.styr.texts.TextDiff.Kind;
import se.styr.texts.TextDiff.Segment;
import se.styr.version.Changes;
import se.styr.version.Changes.ChangeKind;
import se.styr.version.Changes.Field;
import se.styr.version.Changes.FieldChange;
import se.styr.version.Decision;
import se.styr.version.PlanHeader;
import se.styr.version.PlanStatus;
import se.styr.version.VersionInfo;

/**
 * Two versions of a demo plan, one thing changed in the second: the comparison reports exactly
 * that.
 */
class VersionComparisonTest {
  private static final String ALE = "ale-socialnamnden-2024";
  private static final String LERUM = "lerum-stod-och-omsorgsnamnden-2024";
  private static final String SODERTALJE = "sodertalje-omsorgsnamnden-2025";

  static List<String> plans() {
    return SeedFigures.PLANS;
  }

  @ParameterizedTest
  @MethodSource("plans")
  void findsNothingBetweenAPlanAndItself(String name) {
    PlanDocument plan = SeedPlansTest.demo(name);

    assertThat(VersionComparison.compare(plan, plan).isEmpty()).isTrue();
    assertThat(VersionComparison.compare(plan, SeedPlansTest.demo(name)))
        .satisfies(c -> assertThat(c.isEmpty()).isTrue());
  }

  @Test
  void reportsOneChangedFigure() {
    PlanDocument older = SeedPlansTest.demo(ALE);
    PlanDocument newer =
        withTable(older, "investeringsplan", t -> t.withCell("ehalsa", "p2025", Cell.of("650")));

    Comparison comparison = VersionComparison.compare(older, newer);

    assertThat(comparison.figures())
        .containsExactly(
            new FigureChange(
                ChangeKind.CHANGED,
                "investeringsplan",
                "Investeringsplan 2024-2027",
                "ehalsa",
                "E-Hälsa",
                "p2025",
                "2025",
                "tkr",
                new BigDecimal("500"),
                new BigDecimal("650")));
    assertThat(comparison).isEqualTo(onlyFigures(comparison));
  }

  @Test
  void treatsAFigureWithMoreDecimalsButTheSameValueAsUnchanged() {
    PlanDocument older = SeedPlansTest.demo(ALE);
    PlanDocument newer =
        withTable(older, "investeringsplan", t -> t.withCell("ehalsa", "p2025", Cell.of("500.0")));

    assertThat(VersionComparison.compare(older, newer).isEmpty()).isTrue();
  }

  @Test
  void reportsABlankedFigureAsRemovedAndAFilledOneAsAdded() {
    PlanDocument older = SeedPlansTest.demo(ALE);
    PlanDocument blanked =
        withTable(older, "investeringsplan", t -> t.withCell("utbyte", "b2024", Cell.BLANK));

    assertThat(VersionComparison.compare(older, blanked).figures())
        .extracting(
            FigureChange::kind,
            FigureChange::rowKey,
            FigureChange::columnKey,
            FigureChange::oldValue,
            FigureChange::newValue)
        .containsExactly(tuple(ChangeKind.REMOVED, "utbyte", "b2024", new BigDecimal("500"), null));
    assertThat(VersionComparison.compare(blanked, older).figures())
        .extracting(FigureChange::kind, FigureChange::oldValue, FigureChange::newValue)
        .containsExactly(tuple(ChangeKind.ADDED, null, new BigDecimal("500")));
  }

  @Test
  void reportsAnAddedRowWithItsFigures() {
    PlanDocument older = SeedPlansTest.demo(ALE);
    PlanDocument newer =
        withTable(
            older,
            "investeringsplan",
            t -> {
              List<TableRow> rows = new ArrayList<>(t.rows());
              rows.add(
                  2,
                  new TableRow(
                      "robotar",
                      "Robotdammsugare",
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      List.of(Cell.of("100"), Cell.BLANK, Cell.of("50"), Cell.of("50"))));
              return new BudgetTable(
                  t.key(),
                  t.kind(),
                  t.title(),
                  t.unit(),
                  t.unitPrinted(),
                  t.columns(),
                  rows,
                  t.footnotes(),
                  t.itemised(),
                  t.distributes());
            });

    Comparison comparison = VersionComparison.compare(older, newer);

    assertThat(comparison.tables())
        .containsExactly(
            new TableChange(
                ChangeKind.ADDED,
                TablePart.ROW,
                "investeringsplan",
                "Investeringsplan 2024-2027",
                "robotar",
                null,
                "Robotdammsugare"));
    assertThat(comparison.figures())
        .extracting(
            FigureChange::kind,
            FigureChange::rowLabel,
            FigureChange::columnKey,
            FigureChange::oldValue,
            FigureChange::newValue)
        .containsExactly(
            tuple(ChangeKind.ADDED, "Robotdammsugare", "b2024", null, new BigDecimal("100")),
            tuple(ChangeKind.ADDED, "Robotdammsugare", "p2026", null, new BigDecimal("50")),
            tuple(ChangeKind.ADDED, "Robotdammsugare", "p2027", null, new BigDecimal("50")));
    assertThat(comparison.sections()).isEmpty();
    assertThat(comparison.goals()).isEmpty();
  }

  @Test
  void reportsARemovedColumnAndARemovedTableWithTheirFigures() {
    PlanDocument older = SeedPlansTest.demo(ALE);
    PlanDocument withoutColumn =
        withTable(
            older,
            "investeringsplan",
            t -> {
              List<TableColumn> columns = t.columns().subList(0, 3);
              List<TableRow> rows =
                  t.rows().stream().map(r -> r.withCells(r.cells().subList(0, 3))).toList();
              return new BudgetTable(
                  t.key(),
                  t.kind(),
                  t.title(),
                  t.unit(),
                  t.unitPrinted(),
                  columns,
                  rows,
                  t.footnotes(),
                  t.itemised(),
                  t.distributes());
            });
    PlanDocument withoutTable =
        older.withContent(
            older.content().stream()
                .filter(
                    b ->
                        !(b instanceof Block.Table
                            && ((Block.Table) b).table().key().equals("investeringsplan")))
                .toList());

    Comparison columnGone = VersionComparison.compare(older, withoutColumn);
    Comparison tableGone = VersionComparison.compare(older, withoutTable);

    assertThat(columnGone.tables())
        .containsExactly(
            new TableChange(
                ChangeKind.REMOVED,
                TablePart.COLUMN,
                "investeringsplan",
                "Investeringsplan 2024-2027",
                "p2027",
                "2027",
                null));
    assertThat(columnGone.figures())
        .extracting(
            FigureChange::kind,
            FigureChange::rowKey,
            FigureChange::columnLabel,
            FigureChange::oldValue)
        .containsExactly(
            tuple(ChangeKind.REMOVED, "arsanslag", "2027", new BigDecimal("2000")),
            tuple(ChangeKind.REMOVED, "utbyte", "2027", new BigDecimal("500")),
            tuple(ChangeKind.REMOVED, "ehalsa", "2027", new BigDecimal("500")));
    assertThat(tableGone.tables())
        .containsExactly(
            new TableChange(
                ChangeKind.REMOVED,
                TablePart.TABLE,
                "investeringsplan",
                "Investeringsplan 2024-2027",
                "investeringsplan",
                "Investeringsplan 2024-2027",
                null));
    assertThat(tableGone.figures())
        .hasSize(12)
        .allSatisfy(
            f -> {
              assertThat(f.kind()).isEqualTo(ChangeKind.REMOVED);
              assertThat(f.newValue()).isNull();
            });
  }

  @Test
  void reportsOneRenamedGoal() {
    PlanDocument older = SeedPlansTest.demo(ALE);
    PlanDocument newer =
        older.withGoals(
            withGoal(
                older.goals(),
                "kompetensforsorjning",
                g ->
                    new Goal(
                        g.key(),
                        g.level(),
                        g.parent(),
                        g.number(),
                        "Hållbar och trygg kompetensförsörjning",
                        g.type(),
                        g.perspective(),
                        g.description(),
                        g.followUp(),
                        g.globalGoals(),
                        g.qualityAreas(),
                        g.withoutSubgoal(),
                        g.rule(),
                        g.replaces())));

    Comparison comparison = VersionComparison.compare(older, newer);

    assertThat(comparison.goals())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
              assertThat(change.key()).isEqualTo("kompetensforsorjning");
              assertThat(change.title()).isEqualTo("Hållbar och trygg kompetensförsörjning");
              assertThat(change.fields())
                  .containsExactly(
                      new FieldChange(
                          Field.TITLE,
                          null,
                          "Hållbar kompetensförsörjning",
                          "Hållbar och trygg kompetensförsörjning"));
              assertThat(
                      TextDiff.words(
                          change.fields().get(0).oldValue(), change.fields().get(0).newValue()))
                  .containsExactly(
                      new Segment(Kind.EQUAL, "Hållbar "),
                      new Segment(Kind.INSERTED, "och trygg "),
                      new Segment(Kind.EQUAL, "kompetensförsörjning"));
            });
    assertThat(comparison.indicators()).isEmpty();
    assertThat(comparison.figures()).isEmpty();
  }

  @Test
  void reportsAnAddedGoalWithAllItsFields() {
    PlanDocument older = SeedPlansTest.demo(ALE);
    List<Goal> goals = new ArrayList<>(older.goals().goals());
    goals.add(
        1,
        new Goal(
            "nytt-mal",
            "riktningsmal",
            null,
            "3",
            "Ett nytt mål",
            null,
            null,
            "Beskrivning",
            null,
            List.of(),
            List.of(),
            null,
            null,
            null));
    PlanDocument newer = older.withGoals(withGoals(older.goals(), goals));

    assertThat(VersionComparison.compare(older, newer).goals())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.kind()).isEqualTo(ChangeKind.ADDED);
              assertThat(change.fields())
                  .containsExactly(
                      new FieldChange(Field.NUMBER, null, null, "3"),
                      new FieldChange(Field.TITLE, null, null, "Ett nytt mål"),
                      new FieldChange(Field.LEVEL, null, null, "riktningsmal"),
                      new FieldChange(Field.DESCRIPTION, null, null, "Beskrivning"));
            });
    assertThat(VersionComparison.compare(newer, older).goals())
        .extracting(c -> c.kind(), c -> c.key())
        .containsExactly(tuple(ChangeKind.REMOVED, "nytt-mal"));
  }

  @Test
  void reportsOneChangedIndicatorTargetForItsYear() {
    PlanDocument older = SeedPlansTest.demo(SODERTALJE);
    PlanDocument newer =
        older.withGoals(
            withIndicator(
                older.goals(),
                "ips",
                i -> {
                  List<TargetSpec> targets = new ArrayList<>(i.targets());
                  targets.set(0, new TargetSpec(List.of(2025), "35%", Target.parse(">= 35")));
                  return new Indicator(
                      i.key(),
                      i.goal(),
                      i.name(),
                      i.unit(),
                      i.better(),
                      i.level(),
                      i.source(),
                      i.baseline(),
                      targets,
                      i.values(),
                      i.outlook(),
                      i.footnotes(),
                      i.rule(),
                      i.replaces());
                }));

    Comparison comparison = VersionComparison.compare(older, newer);

    assertThat(comparison.indicators())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
              assertThat(change.key()).isEqualTo("ips");
              assertThat(change.goal()).isEqualTo("nm1");
              assertThat(change.fields())
                  .containsExactly(new FieldChange(Field.TARGET, "2025", "30%", "35%"));
            });
    assertThat(comparison.goals()).isEmpty();
    assertThat(comparison.sections()).isEmpty();
  }

  @Test
  void reportsAnIndicatorValueForItsPeriod() {
    PlanDocument older = SeedPlansTest.demo(LERUM);
    PlanDocument newer =
        older.withGoals(
            withIndicator(
                older.goals(),
                "hemtjanstindex",
                i -> {
                  List<IndicatorValue> values = new ArrayList<>(i.values());
                  values.set(
                      0,
                      new IndicatorValue(
                          "2021",
                          "48,0 (plats 200)",
                          new Quantity.Amount(new BigDecimal("48.0")),
                          false,
                          200,
                          290));
                  values.add(
                      new IndicatorValue(
                          "2024",
                          "70,1",
                          new Quantity.Amount(new BigDecimal("70.1")),
                          false,
                          null,
                          null));
                  return new Indicator(
                      i.key(),
                      i.goal(),
                      i.name(),
                      i.unit(),
                      i.better(),
                      i.level(),
                      i.source(),
                      i.baseline(),
                      i.targets(),
                      values,
                      i.outlook(),
                      i.footnotes(),
                      i.rule(),
                      i.replaces());
                }));

    assertThat(VersionComparison.compare(older, newer).indicators())
        .singleElement()
        .satisfies(
            change ->
                assertThat(change.fields())
                    .containsExactly(
                        new FieldChange(Field.VALUE, "2021", "saknas", "48,0 (plats 200)"),
                        new FieldChange(Field.VALUE, "2024", null, "70,1")));
  }

  @Test
  void reportsAChangedPlanningCommentOfAnAssignment() {
    PlanDocument older = SeedPlansTest.demo(ALE);
    GoalPlan s = older.goals();
    List<Assignment> assignments =
        s.assignments().stream()
            .map(
                a ->
                    !a.key().equals("genomlysning")
                        ? a
                        : new Assignment(
                            a.key(),
                            a.from(),
                            a.reference(),
                            a.title(),
                            a.description(),
                            "Genomförs under våren.",
                            a.amount(),
                            a.unit(),
                            Status.ONGOING))
            .toList();
    PlanDocument newer =
        older.withGoals(
            new GoalPlan(
                s.goalLevels(),
                s.qualityAreas(),
                s.assessment(),
                s.goals(),
                s.indicators(),
                s.activities(),
                assignments,
                s.priorityDirections(),
                s.actionPlans(),
                s.focusAreas(),
                s.reservations(),
                s.comparisons()));

    assertThat(VersionComparison.compare(older, newer).commitments())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
              assertThat(change.type()).isEqualTo(CommitmentType.ASSIGNMENT);
              assertThat(change.key()).isEqualTo("genomlysning");
              assertThat(change.fields())
                  .extracting(FieldChange::field, FieldChange::newValue)
                  .containsExactly(
                      tuple(Field.PLANNING_COMMENT, "Genomförs under våren."),
                      tuple(Field.STATUS, "ongoing"));
            });
  }

  @Test
  void reportsOneChangedParagraphWithTheChangedWordsMarked() {
    PlanDocument older = SeedPlansTest.demo(LERUM);
    PlanDocument newer =
        withSection(
            older,
            "uppfoljning",
            s ->
                new Section(
                    s.key(),
                    s.title(),
                    s.level(),
                    s.text().replace("i november månad", "i oktober månad")));

    Comparison comparison = VersionComparison.compare(older, newer);

    assertThat(comparison.sections())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
              assertThat(change.key()).isEqualTo("uppfoljning");
              assertThat(change.title()).isEqualTo("Uppföljning");
              assertThat(change.newText()).contains("i oktober månad");
              assertThat(change.diff())
                  .hasSize(4)
                  .extracting(Segment::kind)
                  .containsExactly(Kind.EQUAL, Kind.DELETED, Kind.INSERTED, Kind.EQUAL);
              assertThat(change.diff().get(1).text()).isEqualTo("november");
              assertThat(change.diff().get(2).text()).isEqualTo("oktober");
              assertThat(change.diff().get(0).text()).endsWith("flerårsplan i ");
            });
    assertThat(comparison)
        .isEqualTo(
            new Comparison(
                List.of(),
                comparison.sections(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of()));
  }

  @Test
  void reportsARemovedSectionWhereItStood() {
    PlanDocument older = SeedPlansTest.demo(LERUM);
    PlanDocument newer =
        older.withContent(
            older.content().stream()
                .filter(
                    b ->
                        !(b instanceof Block.Text text
                            && text.section().key().equals("agenda-2030")))
                .toList());

    Comparison comparison = VersionComparison.compare(older, newer);

    assertThat(comparison.sections())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.kind()).isEqualTo(ChangeKind.REMOVED);
              assertThat(change.key()).isEqualTo("agenda-2030");
              assertThat(change.title()).isEqualTo("Agenda 2030");
              assertThat(change.newText()).isNull();
              assertThat(change.diff())
                  .singleElement()
                  .isEqualTo(new Segment(Kind.DELETED, change.oldText()));
            });
    assertThat(comparison.figures()).isEmpty();
    assertThat(comparison.tables()).isEmpty();
  }

  @Test
  void reportsTheHeaderTitleAndANewDecision() {
    PlanDocument older = SeedPlansTest.demo(LERUM);
    PlanHeader h = older.header();
    List<Decision> decisions = new ArrayList<>(older.version().decisions());
    decisions.add(
        new Decision(
            java.time.LocalDate.of(2024, 5, 29),
            "§ 40",
            "SON24.7",
            "Stöd- och omsorgsnämnden",
            List.of(),
            "Reviderad"));
    PlanDocument newer =
        new PlanDocument(
            older.municipality(),
            older.committee(),
            new PlanHeader(
                "Verksamhetsplan 2024, reviderad",
                h.period(),
                h.documentDate(),
                h.chair(),
                h.officer()),
            new VersionInfo(3, PlanStatus.DECIDED, decisions),
            older.areas(),
            older.content(),
            older.textFigures(),
            older.goals(),
            older.savingsMeasures(),
            older.followUp());

    assertThat(VersionComparison.compare(older, newer).header())
        .containsExactly(
            new FieldChange(
                Field.TITLE, null, "Verksamhetsplan 2024", "Verksamhetsplan 2024, reviderad"),
            new FieldChange(
                Field.DECISION,
                "3",
                null,
                "2024-05-29, § 40, SON24.7, Stöd- och omsorgsnämnden, Reviderad"));
  }

  @Test
  void placesWhatWasRemovedAfterWhatItFollowedInTheOlderVersion() {
    List<String> older = List.of("a", "b", "c", "d", "e");
    List<String> newer = List.of("x", "a", "d", "y", "e");

    assertThat(Changes.planOrder(older, newer, s -> s))
        .containsExactly("x", "a", "b", "c", "d", "y", "e");
    assertThat(Changes.planOrder(List.of("q", "a"), List.of("a"), s -> s))
        .containsExactly("q", "a");
  }

  private static Comparison onlyFigures(Comparison c) {
    return new Comparison(
        List.of(), List.of(), List.of(), c.figures(), List.of(), List.of(), List.of());
  }

  private static PlanDocument withTable(
      PlanDocument plan, String key, UnaryOperator<BudgetTable> change) {
    return plan.withContent(
        plan.content().stream()
            .map(
                b ->
                    b instanceof Block.Table && ((Block.Table) b).table().key().equals(key)
                        ? new Block.Table(change.apply(((Block.Table) b).table()))
                        : b)
            .toList());
  }

  private static PlanDocument withSection(
      PlanDocument plan, String key, UnaryOperator<Section> change) {
    return plan.withContent(
        plan.content().stream()
            .map(
                b ->
                    b instanceof Block.Text text && text.section().key().equals(key)
                        ? new Block.Text(change.apply(text.section()))
                        : b)
            .toList());
  }

  private static GoalPlan withGoal(GoalPlan s, String key, UnaryOperator<Goal> change) {
    return withGoals(
        s, s.goals().stream().map(g -> g.key().equals(key) ? change.apply(g) : g).toList());
  }

  private static GoalPlan withGoals(GoalPlan s, List<Goal> goals) {
    return new GoalPlan(
        s.goalLevels(),
        s.qualityAreas(),
        s.assessment(),
        goals,
        s.indicators(),
        s.activities(),
        s.assignments(),
        s.priorityDirections(),
        s.actionPlans(),
        s.focusAreas(),
        s.reservations(),
        s.comparisons());
  }

  private static GoalPlan withIndicator(GoalPlan s, String key, UnaryOperator<Indicator> change) {
    return new GoalPlan(
        s.goalLevels(),
        s.qualityAreas(),
        s.assessment(),
        s.goals(),
        s.indicators().stream().map(i -> i.key().equals(key) ? change.apply(i) : i).toList(),
        s.activities(),
        s.assignments(),
        s.priorityDirections(),
        s.actionPlans(),
        s.focusAreas(),
        s.reservations(),
        s.comparisons());
  }
}
