package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;

/** Bad plan files: each gets an error naming the file, the line and what is wrong. */
class PlanFileReaderTest {

  /** Line numbers below refer to {@link PlanFiles#VALID}. */
  static final String VALID = PlanFiles.VALID;

  private static List<FileProblem> problems(String text) {
    try {
      PlanFileReader.read("plan.yaml", text);
    } catch (BadFileException e) {
      return e.problems();
    }
    throw new AssertionError("the file was read without problems");
  }

  @Test
  void readsAValidPlan() {
    PlanDocument plan = PlanFileReader.read("plan.yaml", VALID);
    assertThat(plan.tables()).singleElement().satisfies(t -> assertThat(t.rows()).hasSize(3));
    assertThat(plan.findings()).isEmpty();
  }

  @Test
  void reportsASyntaxErrorWithItsLine() {
    String broken =
        VALID.replace(
            "      - {key: sabo, label: Särskilt boende, area: sabo, values: [100, 110]}",
            "      - {key: sabo, label: Särskilt boende, area: sabo, values: [100, 110}");
    assertThat(problems(broken))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("plan.yaml");
              assertThat(p.line()).isEqualTo(22);
              assertThat(p.message()).startsWith("not valid YAML");
            });
  }

  @Test
  void keysEveryProblemSoThatAPageCanSayItInSwedish() {
    String broken = VALID.replace("values: [200, 210]", "values: [200, tvåhundra]");
    assertThat(problems(broken))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("file.notNumber");
              assertThat(p.message())
                  .isEqualTo(
                      "table 'drift', row 'hemtjanst', 'Budget 2024': 'tvåhundra' is not a number");
              assertThat(p.text().swedish())
                  .isEqualTo(
                      "tabell ”drift”, rad ”hemtjanst”, ”Budget 2024”: ”tvåhundra” är inte ett"
                          + " tal");
            });
  }

  @Test
  void reportsAnUnknownAreaWithItsLine() {
    String broken = VALID.replace("area: hemtjanst, values", "area: hemtjänst, values");
    assertThat(problems(broken))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(23);
              assertThat(p.message())
                  .contains("table 'drift'", "row 'hemtjanst'", "unknown area 'hemtjänst'");
            });
  }

  @Test
  void reportsANonNumericAmountWithItsLineAndColumn() {
    String broken = VALID.replace("values: [200, 210]", "values: [200, tvåhundra]");
    assertThat(problems(broken))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(23);
              assertThat(p.column()).isEqualTo(75);
              assertThat(p.message())
                  .contains("row 'hemtjanst'", "'Budget 2024'", "'tvåhundra' is not a number");
            });
  }

  @Test
  void reportsAnOutOfRangeAmount() {
    assertThat(problems(VALID.replace("values: [200, 210]", "values: [200, 12345678901234567]")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(23);
              assertThat(p.message()).contains("out of range");
            });
    assertThat(problems(VALID.replace("values: [200, 210]", "values: [200, 0.1234567]")))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("out of range", "decimals"));
  }

  @Test
  void reportsADuplicateRowWithBothLines() {
    String broken =
        VALID.replace(
            "      - {key: summa,",
            "      - {key: sabo, label: Igen, values: [1, 2]}\n      - {key: summa,");
    assertThat(problems(broken))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(24);
              assertThat(p.message()).contains("duplicate row 'sabo'", "first at line 22");
            });
  }

  @Test
  void reportsTwoRowsForOneArea() {
    String broken =
        VALID.replace(
            "{key: hemtjanst, label: Hemtjänst, area: hemtjanst",
            "{key: hemtjanst, label: Hemtjänst, area: sabo");
    assertThat(problems(broken))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(23);
              assertThat(p.message()).contains("duplicate row for area 'sabo'");
            });
  }

  @Test
  void reportsAYearOutsideThePlan() {
    String broken =
        VALID.replace(
            "{key: b2024, label: Budget 2024, type: budget, year: 2024}",
            "{key: b2024, label: Budget 2031, type: budget, year: 2031}");
    assertThat(problems(broken))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(20);
              assertThat(p.message())
                  .contains("column 'b2024'", "year 2031 is outside the plan (2023–2025)");
            });
  }

  @Test
  void reportsAnUnknownUnit() {
    assertThat(problems(VALID.replace("unit: tkr", "unit: Mkrr")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(17);
              assertThat(p.message()).contains("unknown unit 'Mkrr'");
            });
  }

  @Test
  void reportsACountUnitOnAMoneyTable() {
    assertThat(problems(VALID.replace("unit: tkr", "unit: antal")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(17);
              assertThat(p.message()).contains("needs a money unit");
            });
  }

  @Test
  void reportsEveryProblemOfAFileAtOnce() {
    String broken =
        VALID
            .replace("unit: tkr", "unit: Mkrr")
            .replace("values: [200, 210]", "values: [200, x]")
            .replace("area: hemtjanst,", "area: vard,");
    assertThat(problems(broken)).hasSize(3);
  }

  @Test
  void reportsAnUnknownFieldSoThatTyposNeverPassSilently() {
    assertThat(problems(VALID.replace("role: total", "rol: total")))
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(24);
              assertThat(p.message()).contains("unknown field 'rol'");
            });
  }

  @Test
  void reportsAWrongNumberOfValues() {
    assertThat(problems(VALID.replace("values: [300, 320]", "values: [300]")))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("1 values for 2 columns"));
  }

  @Test
  void reportsAFormulaThatNamesNothing() {
    String broken =
        VALID.replace("role: total, values", "role: total, formula: sabo + vard, values");
    assertThat(problems(broken))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(24);
              assertThat(p.message()).contains("'vard' is not a row of this table");
            });
  }

  @Test
  void rejectsAliasesThatCouldBlowUpASmallFile() {
    String bomb = VALID + "x: &a [1, 2]\ny: [*a, *a]\n";
    assertThat(problems(bomb))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("anchors and aliases"));
  }

  @Test
  void rejectsThousandsOfNestedBracketsWithoutOverflowingTheStack() {
    String deep = VALID + "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    assertThat(problems(deep))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(25);
              assertThat(p.message()).contains("nested deeper than 64 levels");
            });
    String deepBlocks = VALID + "x: " + "{a: ".repeat(5_000) + "1" + "}".repeat(5_000) + "\n";
    assertThat(problems(deepBlocks))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("nested deeper than 64 levels"));
  }

  @Test
  void countsCommentsAgainstTheSizeLimit() {
    StringBuilder file = new StringBuilder(VALID);
    String comment = "# " + "x".repeat(998) + "\n";
    while (file.length() <= 10_000_000) {
      file.append(comment);
    }
    assertThat(problems(file.toString()))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("longer than 10000000 characters"));
  }

  @Test
  void saysWhenARowsValueCountIsOffBecauseOfUnquotedDecimalCommas() {
    String commas =
        VALID.replace(
            "{key: sabo, label: Särskilt boende, area: sabo, values: [100, 110]}",
            "{key: sabo, label: Särskilt boende, area: sabo, values: [1,5, 2,3]}");
    assertThat(problems(commas))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .contains("4 values for 2 columns")
                    .contains("a decimal comma outside quotes separates values"));
  }

  @Test
  void explainsQuotingWhereACommaCutsAnUnquotedTextInAOneLineItem() {
    String cut =
        VALID.replace(
            "{key: sabo, label: Särskilt boende, area: sabo, values: [100, 110]}",
            "{key: sabo, label: Särskilt boende, area: sabo, values: [100, 110], note: Budgeten är"
                + " 7,5 mnkr.}");
    assertThat(problems(cut))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .contains("unknown field '5 mnkr.'")
                    .contains("put the text in quotes"));
  }

  @Test
  void readsTheMinusSignsSwedishDocumentsPrint() {
    String minus =
        VALID.replace(
            "{key: sabo, label: Särskilt boende, area: sabo, values: [100, 110]}",
            "{key: sabo, label: Särskilt boende, area: sabo, values: [\"– 1,8\", \"\u2212110\"]}");
    var row = PlanFileReader.read("minus.yaml", minus).tables().get(0).rows().get(0);
    assertThat(row.cell(0).value()).isEqualByComparingTo("-1.8");
    assertThat(row.cell(1).value()).isEqualByComparingTo("-110");
  }

  @Test
  void rejectsAnEmptyFileAndAWrongFormat() {
    assertThatThrownBy(() -> PlanFileReader.read("empty.yaml", ""))
        .isInstanceOf(BadFileException.class)
        .hasMessageContaining("empty.yaml:1:1: the file is empty");
    assertThat(problems(VALID.replace("styr-plan/1", "styr-plan/9")))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("format 'styr-plan/9' is not known"));
  }

  @Test
  void rejectsAMunicipalityCodeThatIsNotFourDigits() {
    assertThat(problems(VALID.replace("\"1488\"", "\"148\"")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).contains("four-digit SCB code");
            });
  }

  @Test
  void checksAGivenCodeAgainstScbsListOfTheMunicipalities() {
    assertThat(problems(VALID.replace("\"1488\"", "\"9101\"")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message())
                  .isEqualTo(
                      "municipality: '9101' is not one of SCB's municipality codes; SCB's code for"
                          + " Trollhättan is '1488'");
            });
    assertThat(
            problems(
                VALID.replace(
                    "{code: \"1488\", name: Trollhättan}",
                    "{code: \"9101\", name: Göteborgsregionen}")))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .contains("'9101' is not one of SCB's 290 municipality codes")
                    .contains("leave code out"));
    assertThat(
            PlanFileReader.read(
                    "plan.yaml",
                    VALID.replace(
                        "{code: \"1488\", name: Trollhättan}", "{code: \"1492\", name: Åmål}"))
                .municipality())
        .isEqualTo(new se.styr.organisation.Municipality("1492", "Åmål"));
  }

  @Test
  void readsAnOrganisationNamedOnlyAndWritesItBackWithoutCode() {
    String text = VALID.replace("{code: \"1488\", name: Trollhättan}", "{name: Göteborgsregionen}");
    PlanDocument plan = PlanFileReader.read("plan.yaml", text);
    assertThat(plan.municipality().namedOnly()).isTrue();
    assertThat(plan.municipality().scbCode()).isNull();
    assertThat(plan.planKey()).isEqualTo("goteborgsregionen/omsorgsnamnden/2024");
    String written = PlanFileWriter.write(plan);
    assertThat(written).contains("municipality:\n  name: Göteborgsregionen\ncommittee:");
    assertThat(PlanFileReader.read("again.yaml", written)).isEqualTo(plan);
    // "0000", which such plans once had to state, reads as no code
    assertThat(
            PlanFileReader.read(
                    "old.yaml",
                    VALID.replace(
                        "{code: \"1488\", name: Trollhättan}",
                        "{code: \"0000\", name: Göteborgsregionen}"))
                .municipality())
        .isEqualTo(plan.municipality());
  }

  @Test
  void keepsHostileTextAsPlainText() {
    String hostile = "<script>alert(1)</script> '; drop table plan; --";
    PlanDocument plan =
        PlanFileReader.read(
            "plan.yaml", VALID.replace("Nämnden ansvarar för äldreomsorgen.", hostile));
    assertThat(plan.sections().get(0).text()).isEqualTo(hostile + "\n");
  }
}
