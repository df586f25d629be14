package se.styr.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanFileWriter;
import se.styr.plan.PlanFiles;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;

/**
 * The goal sections of a plan file: a valid chain reads and writes back; every bad input is named
 * by line.
 */
class GoalReaderTest {
  /** {@link PlanFiles#VALID} with a goal chain after it; lines are found by their text. */
  static final String VALID =
      PlanFiles.VALID
          + """
          goalLevels:
            - {key: kf, name: KF-mål, kind: council_goal, rule: kf}
            - {key: nm, name: Nämndmål, kind: committee_goal, rule: medel}
          assessment:
            indicatorRule: indikator
            rules:
              - {key: indikator, kind: improvement}
              - {key: kf, kind: inherit}
              - key: medel
                kind: mean
                precision: 2
                gaps: unassessed
                bands:
                  - {from: 0.00, to: 0.49, result: not_met}
                  - {from: 0.50, to: 0.69, result: partly_met}
                  - {from: 0.70, to: 1.00, result: met}
          goals:
            - {key: kf1, level: kf, number: KF-mål 1, title: Invånarna lever tryggt, type: development, globalGoals: [3, 10]}
            - {key: nm1, level: nm, parent: kf1, title: Brukarna är trygga}
          indicators:
            - key: hygien
              goal: nm1
              name: Följsamhet till basal hygien
              unit: percent
              baseline: {printed: 61%, value: 61, period: '2023'}
              targets:
                - {years: [2024, 2025], printed: Öka, target: increase}
              values:
                - {period: '2024', printed: 64 %, value: 64}
                - {period: '2023', printed: saknas, missing: true}
            - key: plan
              goal: nm1
              name: Avtalsuppföljningar sker i linje med uppföljningsplan
              unit: yes_no
              baseline: {printed: JA, value: true}
              targets:
                - {years: [2024], printed: JA, target: 'yes'}
          activities:
            - {key: utbildning, goal: nm1, indicator: hygien, title: Utbildning i basal hygien, status: ongoing}
          internalControl:
            decided: 2024-02-28
            risks:
              - {key: dok, area: Lagefterlevnad, risk: Otillräcklig dokumentation, likelihood: 3, consequence: 4, riskValue: 12, reporting: [interim, annual]}
          measures:
            - {key: hemtjanst65, area: hemtjanst, name: Antal personer över 65 år med hemtjänstbeslut, unit: antal}
          """;

  private static List<FileProblem> problems(String text) {
    try {
      PlanFileReader.read("plan.yaml", text);
    } catch (BadFileException e) {
      return e.problems();
    }
    throw new AssertionError("the file was read without problems");
  }

  private static int lineOf(String text, String fragment) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(fragment)) {
        return i + 1;
      }
    }
    throw new AssertionError(fragment + " not in the file");
  }

  @Test
  void readsAGoalChainAndWritesItBackByteForByte() {
    PlanDocument plan = PlanFileReader.read("plan.yaml", VALID);
    assertThat(plan.goals().goals()).extracting(g -> g.key()).containsExactly("kf1", "nm1");
    assertThat(plan.goals().indicators().get(0).valueFor(2024).orElseThrow().value())
        .isEqualTo(new Quantity.Amount(new java.math.BigDecimal("64")));
    assertThat(plan.goals().indicators().get(1).targets().get(0).target())
        .isEqualTo(new Target.Answer(true));
    String canonical = PlanFileWriter.write(plan);
    assertThat(PlanFileWriter.write(PlanFileReader.read("again.yaml", canonical)))
        .isEqualTo(canonical);
    assertThat(PlanFileReader.read("again.yaml", canonical)).isEqualTo(plan);
  }

  @Test
  void namesAnUnknownRule() {
    String bad = VALID.replace("rule: medel}", "rule: medelvarde}");
    assertThat(problems(bad))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(lineOf(bad, "rule: medelvarde"));
              assertThat(p.message())
                  .isEqualTo(
                      "goal level 'nm': unknown rule 'medelvarde' (not among assessment → rules)");
            });
  }

  @Test
  void namesARuleThatAssessesTheWrongThing() {
    String bad = VALID.replace("indicatorRule: indikator", "indicatorRule: kf");
    assertThat(problems(bad))
        .singleElement()
        .extracting(FileProblem::message)
        .isEqualTo("assessment: rule 'kf' is a inherit rule, which assesses goals, not indicators");
  }

  @Test
  void namesAMalformedTarget() {
    String bad = VALID.replace("printed: Öka, target: increase}", "printed: Öka, target: Öka}");
    assertThat(problems(bad))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(lineOf(bad, "target: Öka}"));
              assertThat(p.message())
                  .startsWith(
                      "indicator 'hygien', target: 'Öka' is not a target; write e.g. '>= 90'");
            });
  }

  @Test
  void namesAValueOfTheWrongUnit() {
    String bad =
        VALID.replace(
            "{period: '2024', printed: 64 %, value: 64}",
            "{period: '2024', printed: JA, value: true}");
    assertThat(problems(bad))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(lineOf(bad, "printed: JA, value: true}"));
              assertThat(p.message())
                  .isEqualTo(
                      "indicator 'hygien', value: 'true' is not a value of unit percent (a"
                          + " number)");
            });
    String share = VALID.replace("{printed: JA, value: true}", "{printed: 3/5, value: 3/5}");
    assertThat(problems(share))
        .singleElement()
        .extracting(FileProblem::message)
        .isEqualTo(
            "indicator 'plan' → baseline: '3/5' is not a value of unit yes_no (true or false)");
  }

  @Test
  void namesAnUnknownParentAndAParentOnTheSameLevel() {
    assertThat(problems(VALID.replace("parent: kf1,", "parent: kf9,")))
        .singleElement()
        .extracting(FileProblem::message)
        .isEqualTo("goal 'nm1': unknown parent goal 'kf9'");
    assertThat(
            problems(
                VALID.replace(
                    "{key: nm1, level: nm, parent: kf1,", "{key: nm1, level: kf, parent: kf1,")))
        .extracting(FileProblem::message)
        .contains("goal 'nm1': its level 'kf' is not below its parent's level 'kf'");
  }

  @Test
  void namesAGlobalGoalBeyondSeventeenAndAnUnknownArea() {
    assertThat(problems(VALID.replace("globalGoals: [3, 10]", "globalGoals: [3, 18]")))
        .singleElement()
        .extracting(FileProblem::message)
        .isEqualTo("goal 'kf1': Agenda 2030 has global goals 1 to 17, got '18'");
    assertThat(
            problems(VALID.replace("area: hemtjanst, name: Antal", "area: hemtjänst, name: Antal")))
        .singleElement()
        .extracting(FileProblem::message)
        .isEqualTo("measure 'hemtjanst65': unknown area 'hemtjänst' (not among the plan's areas)");
  }

  @Test
  void namesAPeriodThatIsNoPeriodAndTwoValuesForOnePeriod() {
    assertThat(
            problems(
                VALID.replace(
                    "{period: '2023', printed: saknas", "{period: '2023-13', printed: saknas")))
        .extracting(FileProblem::message)
        .contains(
            "indicator 'hygien', value: period '2023-13' is not a year or period like '2024',"
                + " '2024-08', '2024-T1' or '2024-H1'");
    assertThat(
            problems(
                VALID.replace(
                    "{period: '2023', printed: saknas", "{period: '2024', printed: saknas")))
        .extracting(FileProblem::message)
        .singleElement()
        .asString()
        .contains("two values for period 2024");
  }

  @Test
  void takesARiskMatrixOfTheMunicipalitysOwnSizeWithItsColourBands() {
    String fiveByFive =
        VALID
            .replace(
                "  decided: 2024-02-28\n",
                "  decided: 2024-02-28\n"
                    + "  matrix:\n"
                    + "    size: 5\n"
                    + "    bands:\n"
                    + "      - {from: 1, to: 4, colour: green, printed: Låg}\n"
                    + "      - {from: 5, to: 12, colour: yellow, printed: Medel}\n"
                    + "      - {from: 15, to: 25, colour: red, printed: Hög}\n")
            .replace(
                "likelihood: 3, consequence: 4, riskValue: 12",
                "likelihood: 5, consequence: 5, riskValue: 25")
            .replace(
                "measures:",
                "    - {key: rutiner, area: Rutiner för delegering, method: Stickprov}\n"
                    + "measures:");
    var control = PlanFileReader.read("plan.yaml", fiveByFive).followUp().internalControl();
    assertThat(control.matrix().size()).isEqualTo(5);
    assertThat(control.matrix().band(25)).get().extracting(b -> b.printed()).isEqualTo("Hög");
    assertThat(control.matrix().band(13)).isEmpty();
    assertThat(control.risks()).hasSize(2);
    assertThat(control.risks().get(1).risk()).isNull(); // a control area that is not a risk
    assertThat(problems(fiveByFive.replace("riskValue: 25", "riskValue: 30")))
        .extracting(FileProblem::message)
        .singleElement()
        .asString()
        .contains("the risk value 30 is higher than 25, the highest of a 5×5 matrix");
    assertThat(
            problems(
                fiveByFive.replace(
                    "{from: 5, to: 12, colour: yellow", "{from: 4, to: 12, colour: yellow")))
        .extracting(FileProblem::message)
        .singleElement()
        .asString()
        .contains("the bands 1–4 and 4–12 overlap");
  }

  @Test
  void namesALikelihoodOutsideTheScaleAndAnUnknownReportingOccasion() {
    assertThat(problems(VALID.replace("likelihood: 3,", "likelihood: 5,")))
        .extracting(FileProblem::message)
        .singleElement()
        .asString()
        .contains("risk 'dok': likelihood 5 is outside the risk matrix’s scale 1–4");
    assertThat(problems(VALID.replace("reporting: [interim, annual]", "reporting: [delår]")))
        .extracting(FileProblem::message)
        .singleElement()
        .asString()
        .contains("reporting 'delår' is not one of monthly, tertial, interim, annual");
  }

  @Test
  void namesAnUnknownFieldAndAnUnknownKindOfLevel() {
    assertThat(problems(VALID.replace("unit: yes_no", "unit: yes_no\n    weight: 2")))
        .extracting(FileProblem::message)
        .containsExactly("indicator 'plan': unknown field 'weight'");
    assertThat(problems(VALID.replace("kind: council_goal", "kind: kf_goal")))
        .extracting(FileProblem::message)
        .first()
        .asString()
        .startsWith("goal level 'kf': kind 'kf_goal' is not one of vision, goal_area");
  }

  @Test
  void refusesAManualAssessmentWithoutJustification() {
    String text =
        VALID.replace(
            "\ngoals:\n",
            "\n  manual:\n    - {goal: kf1, year: 2024, result: met, by: Karin}\ngoals:\n");
    assertThat(problems(text))
        .extracting(FileProblem::message)
        .singleElement()
        .asString()
        .contains("a manual assessment needs a justification");
  }

  private static final String THREE_SYMBOLS =
      """
        scale:
          - {shows: [met], colour: green, printed: Uppfyllt}
          - {shows: [partly_met, not_assessable], colour: yellow, printed: Delvis uppfyllt eller ej mätbart}
          - {shows: [not_met], colour: red, printed: Ej uppfyllt}
      """;

  private static String withScale(String scale) {
    return VALID.replace("\ngoals:\n", "\n" + scale + "goals:\n");
  }

  @Test
  void readsAThreeSymbolScaleAndWritesItBack() {
    PlanDocument plan = PlanFileReader.read("plan.yaml", withScale(THREE_SYMBOLS));
    ResultScale scale = plan.goals().chain().settings().scale();
    assertThat(scale.steps()).hasSize(3);
    assertThat(scale.shown(Result.PARTLY_MET, false).swedish())
        .isEqualTo("Delvis uppfyllt eller ej mätbart");
    String canonical = PlanFileWriter.write(plan);
    assertThat(canonical).contains("shows: [partly_met, not_assessable]");
    assertThat(PlanFileReader.read("again.yaml", canonical)).isEqualTo(plan);
  }

  @Test
  void namesAScaleThatLeavesAResultWithoutSymbolOrShowsOneTwice() {
    String missing = withScale(THREE_SYMBOLS.replace("shows: [not_met], ", "shows: [met], "));
    assertThat(problems(missing))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(lineOf(missing, "shows: [met], colour: green"));
              assertThat(p.message()).contains("the result met is shown by two symbols");
            });
    String unknown = withScale(THREE_SYMBOLS.replace("[not_met]", "[not_met, unclear]"));
    assertThat(problems(unknown))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(lineOf(unknown, "unclear"));
              assertThat(p.message())
                  .contains("'unclear' is no result a symbol can show")
                  .contains("not_assessable");
            });
    String colour = withScale(THREE_SYMBOLS.replace("colour: red", "colour: purple"));
    assertThat(problems(colour))
        .singleElement()
        .extracting(FileProblem::message)
        .asString()
        .contains("purple");
  }
}
