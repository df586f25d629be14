package se.styr.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styr.budget.TableBuilder.table;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.ColumnType;
import se.styr.budget.Formula;
import se.styr.budget.InvestmentKind;
import se.styr.budget.RowRole;
import se.styr.budget.TableColumn;
import se.styr.budget.TableKind;
import se.styr.budget.TableRow;
import se.styr.budget.TextFigure;

class CheckerTest {

  private static List<Finding> check(BudgetTable... tables) {
    return Checker.check(List.of(tables), List.of(), "test");
  }

  @Test
  void findsNothingOnATableThatAddsUp() {
    assertThat(check(table("Drift", "tkr").row("A", "100").row("B", "200").total("300").build()))
        .isEmpty();
  }

  @Test
  void flagsTotalThatDiffersByMoreThanRounding() {
    var table =
        table("Driftsammandrag", "tkr").row("A", "100").row("B", "200").total("305").build();
    assertThat(check(table))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.MISMATCH);
              assertThat(f.stated()).isEqualByComparingTo("305");
              assertThat(f.computed()).isEqualByComparingTo("300");
              assertThat(f.difference()).isEqualByComparingTo("5");
              assertThat(f.table()).isEqualTo("Driftsammandrag");
              assertThat(f.row()).isEqualTo("Summa");
              assertThat(f.column()).isEqualTo("belopp");
              assertThat(f.plan()).isEqualTo("test");
            });
  }

  @Test
  void aSumWithAPartTheSourceDoesNotStateIsNotCheckedNeverAMismatch() {
    // The source prints no figure for B (blank): 86 100 cannot be checked against 87 000 + (blank).
    var table =
        table("Drift", "tkr")
            .columns("b2024", "b2025")
            .row("A", "87000", "1000")
            .row("B", null, "-1900")
            .total("86100", "-900")
            .build();
    assertThat(check(table)).isEmpty();
    // the column whose parts are all stated is still checked
    var wrong =
        table("Drift", "tkr")
            .columns("b2024", "b2025")
            .row("A", "87000", "1000")
            .row("B", null, "-1900")
            .total("86100", "-800")
            .build();
    assertThat(check(wrong))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.MISMATCH);
              assertThat(f.column()).isEqualTo("b2025");
            });
  }

  @Test
  void aSubtotalOfASingleRowThatDiffersFromItIsAMismatchNotRounding() {
    var table = table("Drift", "tkr").grouped("g", "A", "0").subtotal("g", "1").build();
    assertThat(check(table))
        .singleElement()
        .extracting(Finding::kind)
        .isEqualTo(FindingKind.MISMATCH);
    // a copy printed more finely than its source agrees when it rounds to it
    assertThat(check(table("Drift", "mkr").grouped("g", "A", "1").subtotal("g", "1.4").build()))
        .isEmpty();
    assertThat(check(table("Drift", "mkr").grouped("g", "A", "1.4").subtotal("g", "1").build()))
        .isEmpty();
  }

  @Test
  void callsADifferenceRoundingWhenRoundingTheSummedFiguresCanExplainIt() {
    // 7 rounded figures and a rounded total may be off by up to 4 units: 1 is rounding.
    var table =
        table("Drift", "tkr")
            .row("A", "1")
            .row("B", "1")
            .row("C", "1")
            .row("D", "1")
            .row("E", "1")
            .row("F", "1")
            .row("G", "1")
            .total("8")
            .build();
    assertThat(check(table))
        .singleElement()
        .extracting(Finding::kind)
        .isEqualTo(FindingKind.ROUNDING);
  }

  @Test
  void theToleranceGrowsWithTheNumberOfFiguresAndTheirPrecision() {
    // two figures with one decimal and a total with one decimal: up to 0.15 is rounding, 0.2 is not
    assertThat(check(table("T", "mkr").row("A", "17.3").row("B", "-48.9").total("-31.7").build()))
        .singleElement()
        .extracting(Finding::kind)
        .isEqualTo(FindingKind.ROUNDING);
    assertThat(check(table("T", "mkr").row("A", "17.3").row("B", "-48.9").total("-31.8").build()))
        .singleElement()
        .extracting(Finding::kind)
        .isEqualTo(FindingKind.MISMATCH);
  }

  @Test
  void acceptsATotalPrintedWithLessPrecisionWhenTheSumRoundsToIt() {
    // Lerum: 40,7 + 2 + 1,598 = 44,298, printed as 44,3
    assertThat(
            check(
                table("Ram", "mkr")
                    .kind(TableKind.FRAME_CHANGES)
                    .row("Priser och löner", "40.7")
                    .row("Riktade", "2")
                    .row("Justering", "1.598")
                    .total("44.3")
                    .build()))
        .isEmpty();
  }

  @Test
  void skipsBlankStatedFiguresAndBlankTerms() {
    var table =
        table("Inv", "mkr")
            .kind(TableKind.INVESTMENT_BUDGET)
            .columns("a", "b")
            .row("X", "0.1", null)
            .row("Y", null, null)
            .total("0.1", null)
            .build();
    assertThat(check(table)).isEmpty();
  }

  @Test
  void sumsSubtotalGroupsAndTheTotalOverSubtotalsAndUngroupedRows() {
    var table =
        table("Internbudget", "mnkr")
            .grouped("lss", "PA", "90.5")
            .grouped("lss", "BmSS", "444.4")
            .subtotal("lss", "534.9")
            .grouped("sol", "OB", "36.0")
            .subtotal("sol", "36.0")
            .row("Staben", "16.5")
            .total("587.4")
            .build();
    assertThat(check(table)).isEmpty();
  }

  @Test
  void flagsASubtotalThatDoesNotAddUp() {
    var table =
        table("Internbudget", "mnkr")
            .grouped("lss", "PA", "90.5")
            .grouped("lss", "BmSS", "444.4")
            .subtotal("lss", "540.0")
            .total("540.0")
            .build();
    assertThat(check(table))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.row()).isEqualTo("lss");
              assertThat(f.kind()).isEqualTo(FindingKind.MISMATCH);
            });
  }

  @Test
  void checksAnAdjustmentChainFromBaseToBalance() {
    var chain =
        table("Budgetjusteringar", "mnkr")
            .kind(TableKind.BUDGET_ADJUSTMENTS)
            .role(RowRole.BASE, "VP 2024", "826.4")
            .row("Standardkostnader", "38.3")
            .row("April", "-0.1")
            .row("Oktober", "1.6")
            .row("Övrigt", "0.5")
            .role(RowRole.BALANCE, "Per november", "866.7")
            .role(RowRole.BASE, "VP 2025", "874.3")
            .row("Uppskattad", "49.5")
            .role(RowRole.BALANCE, "Förväntad", "923.8")
            .build();
    assertThat(check(chain)).isEmpty();
    var broken =
        table("Budgetjusteringar", "mnkr")
            .kind(TableKind.BUDGET_ADJUSTMENTS)
            .role(RowRole.BASE, "VP 2024", "826.4")
            .row("Standardkostnader", "38.3")
            .role(RowRole.BALANCE, "Per november", "866.7")
            .build();
    assertThat(check(broken))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.row()).isEqualTo("Per november");
              assertThat(f.computed()).isEqualByComparingTo("864.7");
            });
  }

  @Test
  void checksFrameAsPreviousFramePlusTheStatedChangeWhenTheItemsAreIncomplete() {
    // Södertälje lists 8.3 of a 7.6 change "together with other adjustments": not an error
    var frame =
        table("Ram", "mnkr")
            .kind(TableKind.FRAME_CHANGES)
            .partlyItemised()
            .role(RowRole.BASE, "November", "866.7")
            .row("Dygnsvila", "9.1")
            .row("Besparing", "-1.7")
            .row("Pension", "-1.0")
            .row("Standardkostnader", "1.3")
            .row("Ledarskap", "0.6")
            .total("7.6")
            .role(RowRole.BALANCE, "Ram 2025", "874.3")
            .build();
    assertThat(check(frame)).isEmpty();
    var wrongFrame =
        table("Ram", "mnkr")
            .kind(TableKind.FRAME_CHANGES)
            .partlyItemised()
            .role(RowRole.BASE, "November", "866.7")
            .row("Dygnsvila", "9.1")
            .total("7.6")
            .role(RowRole.BALANCE, "Ram 2025", "880.0")
            .build();
    assertThat(check(wrongFrame))
        .singleElement()
        .extracting(Finding::kind)
        .isEqualTo(FindingKind.MISMATCH);
  }

  @Test
  void flagsAPartLargerThanItsWhole() {
    var table =
        table("Brutto", "mkr")
            .row("Intäkt", "241.8")
            .role(RowRole.TOTAL, "Totalt", "241.8")
            .role(RowRole.OF_WHICH, "varav interna", "300.0")
            .build();
    assertThat(check(table))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.row()).isEqualTo("varav interna");
              assertThat(f.kind()).isEqualTo(FindingKind.MISMATCH);
            });
  }

  @Test
  void computesDerivedColumnsByTheirFormula() {
    var table =
        table("Internbudget", "mnkr")
            .column(TableColumn.of("nov", "Budget per november", ColumnType.AMOUNT, null))
            .column(TableColumn.of("forslag", "Förslag", ColumnType.AMOUNT, null))
            .column(
                new TableColumn(
                    "forandring",
                    "Förändring",
                    ColumnType.CHANGE,
                    null,
                    null,
                    null,
                    Formula.parse("forslag - nov")))
            .row("PA", "96.9", "112.0", "15.1")
            .row("Korta", "8.7", "10.0", "1.4")
            .build();
    assertThat(check(table))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.row()).isEqualTo("Korta");
              assertThat(f.column()).isEqualTo("Förändring");
              assertThat(f.computed()).isEqualByComparingTo("1.3");
              assertThat(f.kind()).isEqualTo(FindingKind.ROUNDING);
            });
  }

  @Test
  void computesDerivedRowsAlsoFromOtherTables() {
    var population =
        table("Befolkning", "antal")
            .key("befolkning")
            .kind(TableKind.STATISTICS)
            .columns("y2022")
            .row("pop", "2432")
            .row("old", "786")
            .build();
    var summary =
        table("Folkmängd 65+", "antal")
            .kind(TableKind.STATISTICS)
            .columns("y2022")
            .derived("Folkmängd 65+", "befolkning.pop + befolkning.old", "3218")
            .derived("Wrong", "befolkning.pop", "2500")
            .build();
    assertThat(check(population, summary))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.row()).isEqualTo("Wrong");
              assertThat(f.computed()).isEqualByComparingTo("2432");
            });
  }

  @Test
  void aDerivedRowIsNotATermOfTheTotal() {
    var table =
        table("Resultaträkning", "tkr")
            .kind(TableKind.INCOME_STATEMENT)
            .row("Intäkter", "33342")
            .row("Kostnader", "276916")
            .add(
                new TableRow(
                    "summa",
                    "Summa",
                    RowRole.TOTAL,
                    null,
                    null,
                    Formula.parse("kostnader - intakter"),
                    null,
                    null,
                    null,
                    null,
                    List.of(Cell.of("243574"))))
            .build();
    assertThat(check(table)).isEmpty();
  }

  @Test
  void flagsADistributionThatDoesNotAddUpToWhatItDistributes() {
    var changes =
        table("Ramförändringar", "mkr")
            .key("ram")
            .kind(TableKind.FRAME_CHANGES)
            .row("Nya behov", "9.9")
            .build();
    var uses =
        table("Fördelning", "mkr")
            .kind(TableKind.FRAME_DISTRIBUTION)
            .distributes("ram.nya-behov")
            .row("Tandsköterska", "0.4")
            .row("Oförutsett", "6.6")
            .row("Övrigt", "5.8")
            .build();
    assertThat(check(changes, uses))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.table()).isEqualTo("Fördelning");
              assertThat(f.row()).isEqualTo("Nya behov");
              assertThat(f.stated()).isEqualByComparingTo("9.9");
              assertThat(f.computed()).isEqualByComparingTo("12.8");
              assertThat(f.kind()).isEqualTo(FindingKind.MISMATCH);
            });
  }

  @Test
  void flagsAUnitThatTheTextContradictsByAFactorOfAThousand() {
    var drift =
        table("Driftsammandrag", "Mkr").key("drift").row("A", "1325246").total("1325246").build();
    var figure =
        new TextFigure(
            "ram",
            "Budgetramen uppgår till 1 325 mkr.",
            new BigDecimal("1325"),
            "mkr",
            Formula.parse("drift.summa.belopp"));
    assertThat(Checker.check(List.of(drift), List.of(figure), "test"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.UNIT);
              assertThat(f.statedUnit()).isEqualTo("Mkr");
              assertThat(f.computedUnit()).isEqualTo("tkr");
              assertThat(f.difference()).isNull();
            });
  }

  @Test
  void flagsAUnitUnderWhichAFigureWouldExceedAnyCommittee() {
    var drift = table("Driftsammandrag", "Mkr").row("A", "1325246").total("1325246").build();
    assertThat(check(drift))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.UNIT);
              assertThat(f.computedUnit()).isEqualTo("tkr");
            });
  }

  private static TableRow investment(String key, InvestmentKind kind, String value) {
    return new TableRow(
        key, key, RowRole.ITEM, null, null, null, null, null, null, kind, List.of(Cell.of(value)));
  }

  @Test
  void flagsReinvestmentsLargerThanTheWholeOperatingBudget() {
    var operating = table("Internbudget", "mnkr").row("A", "874.3").total("874.3").build();
    var investments =
        table("Reinvesteringar", "mnkr")
            .kind(TableKind.INVESTMENT_BUDGET)
            .add(investment("inventarier", InvestmentKind.REINVESTMENT, "500"))
            .add(investment("teknik", InvestmentKind.REINVESTMENT, "500"))
            .total("1000")
            .build();
    assertThat(check(operating, investments))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.table()).isEqualTo("Reinvesteringar");
              assertThat(f.kind()).isEqualTo(FindingKind.UNIT);
              assertThat(f.statedUnit()).isEqualTo("mnkr");
              assertThat(f.computedUnit()).isEqualTo("tkr");
            });
  }

  @Test
  void acceptsNewInvestmentsLargerThanTheOperatingBudgetOfACommitteeThatBuilds() {
    var operating = table("Drift", "mkr").row("Gata", "60.0").total("60.0").build();
    var investments =
        table("Investeringar", "mkr")
            .kind(TableKind.INVESTMENT_BUDGET)
            .add(investment("bro", InvestmentKind.NEW, "250.0"))
            .add(investment("reinvest", InvestmentKind.REINVESTMENT, "20.0"))
            .total("270.0")
            .build();
    assertThat(check(operating, investments)).isEmpty();
  }

  @Test
  void holdsTextFiguresToTheirCells() {
    var ale =
        table("Ekonomi", "tkr")
            .key("eko")
            .columns("prognos", "budget")
            .row("A", "-690434", "-683434")
            .total("-690434", "-683434")
            .build();
    var right =
        new TextFigure(
            "underskott",
            "underskott om 7 Mkr",
            new BigDecimal("7"),
            "Mkr",
            Formula.parse("eko.summa.budget - eko.summa.prognos"));
    var wrong =
        new TextFigure(
            "underskott",
            "underskott om 9 Mkr",
            new BigDecimal("9"),
            "Mkr",
            Formula.parse("eko.summa.budget - eko.summa.prognos"));
    assertThat(Checker.check(List.of(ale), List.of(right), "t")).isEmpty();
    assertThat(Checker.check(List.of(ale), List.of(wrong), "t"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.table()).isEqualTo("Text");
              assertThat(f.kind()).isEqualTo(FindingKind.MISMATCH);
              assertThat(f.computed()).isEqualByComparingTo("7");
            });
  }

  @Test
  void doesNotCheckUnitsOfCountsAndStatistics() {
    var volumes =
        table("Volymer", "antal")
            .kind(TableKind.VOLUMES)
            .row("Daglig verksamhet", "200000000000")
            .build();
    assertThat(check(volumes)).isEmpty();
  }
}
