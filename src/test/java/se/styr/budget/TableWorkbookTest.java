package se.styr.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static se.styr.budget.TableBuilder.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;

class TableWorkbookTest {
  private static final int HEADER = 3;
  private static final List<String> DEMO_PLANS =
      List.of(
          "ale-socialnamnden-2024",
          "lerum-stod-och-omsorgsnamnden-2024",
          "smedjebacken-omsorgsnamnden-2025",
          "sodertalje-omsorgsnamnden-2025",
          "trollhattan-omsorgsnamnden-2024");

  private static BudgetTable operating() {
    return table("Driftbudget", "tkr")
        .column(TableColumn.of("b2024", "Budget 2024", ColumnType.BUDGET, 2024))
        .column(TableColumn.of("p2025", "Plan 2025", ColumnType.PLAN, 2025))
        .role(RowRole.HEADING, "Verksamhet", null, null)
        .grouped("lss", "Personlig assistans", "90.5", "96.90")
        .grouped("lss", "Korta insatser", "1325246", null)
        .subtotal("Summa LSS", "1325336.5", "96.90")
        .row("Staben", "-16.9", "0.25")
        .total("1325319.6", "97.15")
        .build();
  }

  @Test
  void writesTitleUnitAndABoldFrozenHeaderAboveOneRowPerTableRow() {
    XSSFSheet sheet = read(TableWorkbook.xlsx(operating())).getSheetAt(0);

    assertThat(sheet.getSheetName()).isEqualTo("Driftbudget");
    assertThat(text(sheet, 0, 0)).isEqualTo("Driftbudget");
    assertThat(text(sheet, 1, 0)).isEqualTo("Belopp i tkr");
    assertThat(List.of(text(sheet, HEADER, 1), text(sheet, HEADER, 2)))
        .containsExactly("Budget 2024", "Plan 2025");
    assertThat(sheet.getRow(HEADER).getCell(1).getCellStyle().getFont().getBold()).isTrue();
    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow())
        .isEqualTo((short) (HEADER + 1));
    assertThat(labels(sheet))
        .containsExactly(
            "Verksamhet", "Personlig assistans", "Korta insatser", "Summa LSS", "Staben", "Summa");
    assertThat(sheet.getColumnWidth(0))
        .isGreaterThanOrEqualTo("Personlig assistans".length() * 256);
  }

  @Test
  void figuresAreNumberCellsAsStatedShowingTheirPrintedDecimalsWithThousandsSeparators() {
    XSSFSheet sheet = read(TableWorkbook.xlsx(operating())).getSheetAt(0);

    XSSFCell decimal = sheet.getRow(HEADER + 2).getCell(1);
    assertThat(decimal.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(BigDecimal.valueOf(decimal.getNumericCellValue())).isEqualByComparingTo("90.5");
    assertThat(decimal.getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
    assertThat(sheet.getRow(HEADER + 2).getCell(2).getCellStyle().getDataFormatString())
        .isEqualTo("#,##0.00");
    XSSFCell whole = sheet.getRow(HEADER + 3).getCell(1);
    assertThat(BigDecimal.valueOf(whole.getNumericCellValue())).isEqualByComparingTo("1325246");
    assertThat(whole.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
    assertThat(BigDecimal.valueOf(sheet.getRow(HEADER + 5).getCell(1).getNumericCellValue()))
        .isEqualByComparingTo("-16.9");
    assertThat(BigDecimal.valueOf(sheet.getRow(HEADER + 6).getCell(1).getNumericCellValue()))
        .as("the stated total, not a recomputed one")
        .isEqualByComparingTo("1325319.6");
  }

  @Test
  void blankCellsAreLeftBlank() {
    XSSFSheet sheet = read(TableWorkbook.xlsx(operating())).getSheetAt(0);

    assertThat(sheet.getRow(HEADER + 3).getCell(2)).isNull();
    assertThat(sheet.getRow(HEADER + 1).getCell(1)).isNull();
  }

  @Test
  void totalsSubtotalsAndHeadingsAreBoldItemsAreNot() {
    XSSFSheet sheet = read(TableWorkbook.xlsx(operating())).getSheetAt(0);

    assertThat(bold(sheet, HEADER + 6, 0)).isTrue();
    assertThat(bold(sheet, HEADER + 6, 1)).isTrue();
    assertThat(bold(sheet, HEADER + 4, 0)).isTrue();
    assertThat(bold(sheet, HEADER + 4, 2)).isTrue();
    assertThat(bold(sheet, HEADER + 1, 0)).isTrue();
    assertThat(bold(sheet, HEADER + 2, 0)).isFalse();
    assertThat(bold(sheet, HEADER + 2, 1)).isFalse();
  }

  @Test
  void sheetNameFollowsExcelsRulesForAHostileTitle() {
    String hostile = "'Drift[2024]: *?/\\ budget\u0007 för omsorgsnämnden och mer text'";

    String name =
        read(TableWorkbook.xlsx(table(hostile, "tkr").row("A", "1").build()))
            .getSheetAt(0)
            .getSheetName();

    assertThat(name).isEqualTo("Drift 2024 budget för omsorgsnä").hasSizeLessThanOrEqualTo(31);
    assertThatCode(() -> WorkbookUtil.validateSheetName(name)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "  ",
        "[]:*?/\\",
        "History",
        "''",
        "'a'",
        "x'",
        "Ett namn som är precis trettiotvå!",
        "Trettio tecken och en emoji 😀 sist"
      })
  void anyTitleGivesAValidSheetName(String title) {
    String name = TableWorkbook.sheetName(title);

    assertThat(name)
        .isNotBlank()
        .hasSizeLessThanOrEqualTo(31)
        .doesNotStartWith("'")
        .doesNotEndWith("'")
        .isNotEqualToIgnoringCase("History");
    assertThat(Character.isHighSurrogate(name.charAt(name.length() - 1))).isFalse();
    assertThatCode(() -> WorkbookUtil.validateSheetName(name)).doesNotThrowAnyException();
  }

  @Test
  void formulaLookingTextsAreStoredAsTextNeverAsFormulas() {
    BudgetTable table =
        table("=1+1", "tkr")
            .column(TableColumn.of("b", "@SUM(A1)", ColumnType.AMOUNT, null))
            .row("=HYPERLINK(\"http://evil.example\",\"Klicka\")", "1")
            .row("+SUM(A1)", "2")
            .row("-2+3", "3")
            .row("@cmd", "4")
            .build();
    table =
        new BudgetTable(
            table.key(),
            table.kind(),
            table.title(),
            table.unit(),
            true,
            table.columns(),
            table.rows(),
            List.of("=2+2 fotnot"),
            true,
            null);

    byte[] bytes = TableWorkbook.xlsx(table);
    XSSFSheet sheet = read(bytes).getSheetAt(0);

    assertThat(labels(sheet))
        .containsExactly(
            "=HYPERLINK(\"http://evil.example\",\"Klicka\")",
            "+SUM(A1)",
            "-2+3",
            "@cmd",
            "",
            "=2+2 fotnot");
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      XSSFRow row = sheet.getRow(r);
      for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
        XSSFCell cell = row.getCell(c);
        assertThat(cell == null ? CellType.BLANK : cell.getCellType())
            .isNotEqualTo(CellType.FORMULA);
      }
    }
    assertThat(sheet.getRow(HEADER + 1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
    assertThat(sheet.getRow(HEADER + 1).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
    assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("=1+1");
    assertThat(sheet.getRow(HEADER).getCell(1).getStringCellValue()).isEqualTo("@SUM(A1)");
    assertThat(sheetXml(bytes)).doesNotContain("<f>").doesNotContain("<f ");
  }

  @Test
  void controlCharactersThatXmlCannotHoldAreDroppedSoEveryPartOfTheWorkbookReads() {
    String title = "Drift\u0007 \u0000budget \uD800";
    BudgetTable table = table(title, "tkr").row("Rad\u001B med\ttabb", "1").build();

    XSSFWorkbook workbook = read(TableWorkbook.xlsx(table));

    assertThat(workbook.getProperties().getCoreProperties().getTitle())
        .isEqualTo("Drift budget \uFFFD");
    assertThat(text(workbook.getSheetAt(0), 0, 0)).isEqualTo("Drift budget \uFFFD");
    assertThat(text(workbook.getSheetAt(0), HEADER + 1, 0)).isEqualTo("Rad med\ttabb");
  }

  @Test
  void footnotesFollowBelowTheTable() {
    BudgetTable base = table("Drift", "mnkr").row("A", "1.0").total("1.0").build();
    BudgetTable table =
        new BudgetTable(
            base.key(),
            base.kind(),
            base.title(),
            base.unit(),
            true,
            base.columns(),
            base.rows(),
            List.of("*) Avser aktuell budget per sista november 2024."),
            true,
            null);

    XSSFSheet sheet = read(TableWorkbook.xlsx(table)).getSheetAt(0);

    assertThat(text(sheet, HEADER + 4, 0))
        .isEqualTo("*) Avser aktuell budget per sista november 2024.");
    assertThat((Object) sheet.getRow(HEADER + 3)).as("blank line before the footnotes").isNull();
  }

  @Test
  void cellNotesBecomeCommentsAndRowNotesAColumnOfTheirOwn() {
    BudgetTable base = table("Volymer", "antal").kind(TableKind.VOLUMES).columns("a", "b").build();
    TableRow noted =
        new TableRow(
            "x",
            "Hemtjänst",
            RowRole.ITEM,
            null,
            null,
            null,
            "Flyttas från Bistånd.",
            null,
            null,
            null,
            List.of(new Cell(new BigDecimal("7"), "tom april"), new Cell(null, "uppgift saknas")));
    BudgetTable table =
        new BudgetTable(
            "volymer",
            TableKind.VOLUMES,
            "Volymer",
            "antal",
            true,
            base.columns(),
            List.of(noted),
            List.of(),
            true,
            null);

    XSSFSheet sheet = read(TableWorkbook.xlsx(table)).getSheetAt(0);

    assertThat(text(sheet, 1, 0)).isEqualTo("Enhet: antal");
    XSSFCell seven = sheet.getRow(HEADER + 1).getCell(1);
    assertThat(seven.getNumericCellValue()).isEqualTo(7.0);
    assertThat(seven.getCellComment().getString().getString()).isEqualTo("tom april");
    assertThat(text(sheet, HEADER + 1, 2)).isEqualTo("uppgift saknas");
    assertThat(text(sheet, HEADER, 3)).isEqualTo("Anmärkning");
    assertThat(text(sheet, HEADER + 1, 3)).isEqualTo("Flyttas från Bistånd.");
  }

  @Test
  void holdsEveryFigureOfTrollhattansOperatingSummaryAsStated() {
    BudgetTable table =
        demo("trollhattan-omsorgsnamnden-2024").table("driftsammandrag").orElseThrow();

    byte[] bytes = TableWorkbook.xlsx(table);
    XSSFSheet sheet = read(bytes).getSheetAt(0);

    assertThat(sheet.getSheetName()).isEqualTo("Driftsammandrag");
    assertThat(text(sheet, 1, 0)).isEqualTo("Belopp i Mkr");
    assertThat(text(sheet, HEADER, 1)).isEqualTo("Bokslut 2022");
    assertThat(text(sheet, HEADER + 1, 0)).isEqualTo("Särskilt boende för äldre");
    assertThat(BigDecimal.valueOf(sheet.getRow(HEADER + 8).getCell(3).getNumericCellValue()))
        .isEqualByComparingTo("1325246");
    assertThat(bold(sheet, HEADER + 8, 3)).isTrue();
    assertEveryFigure(table, sheet);
    sample("trollhattan-driftsammandrag", bytes);
  }

  static Stream<BudgetTable> demoTables() {
    return DEMO_PLANS.stream().flatMap(name -> demo(name).tables().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("demoTables")
  void holdsEveryFigureOfEveryDemoTable(BudgetTable table) {
    XSSFSheet sheet = read(TableWorkbook.xlsx(table)).getSheetAt(0);

    assertThatCode(() -> WorkbookUtil.validateSheetName(sheet.getSheetName()))
        .doesNotThrowAnyException();
    assertEveryFigure(table, sheet);
  }

  private static void assertEveryFigure(BudgetTable table, XSSFSheet sheet) {
    assertThat(labels(sheet).subList(0, table.rows().size()))
        .containsExactlyElementsOf(table.rows().stream().map(TableRow::label).toList());
    for (int r = 0; r < table.rows().size(); r++) {
      TableRow row = table.rows().get(r);
      for (int c = 0; c < table.columns().size(); c++) {
        Cell stated = row.cell(c);
        XSSFCell cell = sheet.getRow(HEADER + 1 + r).getCell(c + 1);
        String where = row.label() + " / " + table.columns().get(c).label();
        if (stated.isBlank()) {
          assertThat(cell == null || cell.getCellType() != CellType.NUMERIC).as(where).isTrue();
        } else {
          assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
          assertThat(BigDecimal.valueOf(cell.getNumericCellValue()))
              .as(where)
              .isEqualByComparingTo(stated.value());
          int decimals = Math.max(0, stated.value().scale());
          assertThat(cell.getCellStyle().getDataFormatString())
              .as(where)
              .isEqualTo(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals));
        }
      }
    }
  }

  /** Leaves the workbook in target/workbooks for people to open. */
  private static void sample(String name, byte[] bytes) {
    try {
      Path file = Path.of("target", "workbooks", name + ".xlsx");
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PlanDocument demo(String name) {
    return PlanFileReader.read(Path.of("demo", name + ".yaml"));
  }

  private static XSSFWorkbook read(byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sheetXml(byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      throw new AssertionError("no sheet1.xml in the workbook");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(XSSFSheet sheet, int row, int column) {
    XSSFCell cell = sheet.getRow(row).getCell(column);
    assertThat(cell.getCellType()).as("cell " + row + "," + column).isEqualTo(CellType.STRING);
    return cell.getStringCellValue();
  }

  private static boolean bold(XSSFSheet sheet, int row, int column) {
    return sheet.getRow(row).getCell(column).getCellStyle().getFont().getBold();
  }

  /** Column A below the header: row labels, then a blank line, then footnotes. */
  private static List<String> labels(XSSFSheet sheet) {
    List<String> labels = new ArrayList<>();
    for (int r = HEADER + 1; r <= sheet.getLastRowNum(); r++) {
      XSSFRow row = sheet.getRow(r);
      labels.add(row == null || row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue());
    }
    return labels;
  }
}
