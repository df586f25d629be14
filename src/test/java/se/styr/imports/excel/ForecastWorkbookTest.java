package se.styr.imports.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.styr.imports.excel.ForecastWorkbook.Column;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;

/** The forecast workbook: what Styr writes, and what it reads back from a filled one. */
class ForecastWorkbookTest {
  private static final Set<String> AREAS = Set.of("hemtjanst", "myndighet", "halsa");

  private static byte[] written() {
    return ForecastWorkbook.write(
        "Stöd- och omsorgsnämnden",
        "Delårsrapport 2024",
        LocalDate.of(2024, 9, 10),
        "mkr",
        List.of(
            new ForecastWorkbook.Line(
                "hemtjanst",
                "Hemtjänst",
                Map.of(
                    Column.BUDGET, new BigDecimal("-10.2"), Column.OUTCOME, new BigDecimal("-6.1")),
                null),
            new ForecastWorkbook.Line(
                "myndighet",
                "Myndighet",
                Map.of(
                    Column.BUDGET,
                    new BigDecimal("-220"),
                    Column.OUTCOME,
                    new BigDecimal("-151"),
                    Column.FORECAST,
                    new BigDecimal("-225.5")),
                "Fler placeringar")));
  }

  /** The workbook as a unit manager leaves it after {@code fill}. */
  private static byte[] filled(byte[] workbook, Consumer<Sheet> fill) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      fill.accept(book.getSheet(ForecastWorkbook.SHEET));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  private static ForecastWorkbook.Entry forecast(
      String area, BigDecimal forecast, String comment, int row) {
    return new ForecastWorkbook.Entry(
        area,
        forecast == null ? Map.of() : Map.of(Column.FORECAST, forecast),
        comment,
        row,
        ForecastWorkbook.Form.FORECAST);
  }

  private static List<ForecastWorkbook.Entry> read(byte[] workbook) {
    return ForecastWorkbook.read(new ByteArrayInputStream(workbook), "prognos.xlsx", AREAS);
  }

  @Test
  void writesTheDeadlineAndInstructionsAndOpensOnlyTheForecastAndCommentCells() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(written()))) {
      XSSFSheet sheet = book.getSheet("Prognos");
      assertThat(sheet.getProtect()).isTrue();
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Stöd- och omsorgsnämnden – Delårsrapport 2024");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Lämna senast 2024-09-10");
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).contains("belopp i mkr");
      assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Nyckel");
      var myndighet = sheet.getRow(7);
      assertThat(myndighet.getCell(1).getStringCellValue()).isEqualTo("myndighet");
      assertThat(myndighet.getCell(2).getNumericCellValue()).isEqualTo(-220.0);
      assertThat(myndighet.getCell(4).getNumericCellValue()).isEqualTo(-225.5);
      for (int column = 0; column < 6; column++) {
        assertThat(myndighet.getCell(column).getCellStyle().getLocked())
            .as("column " + column)
            .isEqualTo(column < 4);
      }
    }
  }

  @Test
  void readsBackEachAreasForecastAndCommentAsAUnitManagerFilledThemIn() throws IOException {
    byte[] workbook =
        filled(
            written(),
            sheet -> {
              sheet.getRow(6).getCell(4).setCellValue(-9.4);
              sheet.getRow(6).getCell(5).setCellValue("Fler timmar än väntat");
              sheet.getRow(7).getCell(4).setCellValue("-230,25");
              sheet.getRow(7).getCell(5).setBlank();
            });

    assertThat(read(workbook))
        .containsExactly(
            forecast("hemtjanst", new BigDecimal("-9.4"), "Fler timmar än väntat", 6),
            forecast("myndighet", new BigDecimal("-230.25"), null, 7));
  }

  @Test
  void namesEveryWrongCellAndStoresNothing() throws IOException {
    byte[] workbook =
        filled(
            written(),
            sheet -> {
              sheet.getRow(6).getCell(4).setCellValue("tolv");
              sheet.getRow(7).getCell(1).setCellValue("okand");
              var extra = sheet.createRow(8);
              extra.createCell(4).setCellValue(5);
              var twice = sheet.createRow(9);
              twice.createCell(1).setCellValue("hemtjanst");
              var halsa = sheet.createRow(10);
              halsa.createCell(1).setCellValue("halsa");
              halsa.createCell(5).setCellValue("x".repeat(4001));
            });
    BadFileException refused = catchThrowableOfType(BadFileException.class, () -> read(workbook));

    assertThat(refused.problems())
        .extracting(p -> p.line() + ":" + p.column() + " " + p.message())
        .containsExactly(
            "7:5 E7: 'tolv' is not a number",
            "8:2 B8: 'okand' is none of the plan's operational areas you report",
            "9:2 B9: the row has a forecast or comment but no key, so it belongs to no area",
            "10:2 B10: area hemtjanst is on a row above already",
            "11:6 F11: the comment is longer than 4000 characters");
  }

  @Test
  void aFileThatIsNoWorkbookOrNotStyrsIsRefusedWithOneClearProblem() throws IOException {
    assertThat(
            catchThrowableOfType(BadFileException.class, () -> read("inte en arbetsbok".getBytes()))
                .problems())
        .extracting(FileProblem::message)
        .containsExactly("the file is no Excel workbook (.xlsx) that can be read");
    byte[] other;
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("Blad1");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      other = out.toByteArray();
    }
    assertThat(catchThrowableOfType(BadFileException.class, () -> read(other)).getMessage())
        .contains("none of the sheets Prognos, Investeringar, Brutto");
  }

  @Test
  void theEconomyTableReadsBackWithItsOutcomesForecastAndComment() throws IOException {
    byte[] workbook =
        ForecastWorkbook.write(
            ForecastWorkbook.Form.ECONOMY,
            "Stöd- och omsorgsnämnden",
            "Delårsrapport 2024",
            null,
            "mkr",
            List.of(
                new ForecastWorkbook.Line(
                    "myndighet",
                    "Myndighet",
                    Map.of(
                        Column.BUDGET,
                        new BigDecimal("-220"),
                        Column.BUDGET_TO_DATE,
                        new BigDecimal("-146.7"),
                        Column.OUTCOME,
                        new BigDecimal("-151"),
                        Column.OUTCOME_LAST_YEAR,
                        new BigDecimal("-140"),
                        Column.FORECAST,
                        new BigDecimal("-225.5"),
                        Column.DEVIATION,
                        new BigDecimal("-5.5")),
                    "Fler placeringar")));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      var row = book.getSheet("Prognos").getRow(6);
      assertThat(book.getSheet("Prognos").getRow(5).getCell(3).getStringCellValue())
          .isEqualTo("Budget ack (mkr)");
      assertThat(row.getCell(3).getCellStyle().getLocked()).as("budget to date").isTrue();
      assertThat(row.getCell(4).getCellStyle().getLocked()).as("outcome").isFalse();
      assertThat(row.getCell(7).getCellStyle().getLocked()).as("deviation").isTrue();
    }
    byte[] filled =
        filled(
            workbook,
            sheet -> {
              sheet.getRow(6).getCell(4).setCellValue(-152.25);
              sheet.getRow(6).getCell(5).setBlank();
              sheet.getRow(6).getCell(3).setCellValue(999); // a reckoned figure: not read
            });

    assertThat(read(filled))
        .containsExactly(
            new ForecastWorkbook.Entry(
                "myndighet",
                Map.of(
                    Column.OUTCOME,
                    new BigDecimal("-152.25"),
                    Column.FORECAST,
                    new BigDecimal("-225.5")),
                "Fler placeringar",
                6,
                ForecastWorkbook.Form.ECONOMY));
  }

  @Test
  void theInvestmentTableReadsBackPerProjectAndRefusesAProjectThePlanDoesNotHave()
      throws IOException {
    byte[] workbook =
        ForecastWorkbook.write(
            ForecastWorkbook.Form.INVESTMENTS,
            "Omsorgsnämnden",
            "Delårsrapport 2025",
            LocalDate.of(2025, 9, 5),
            "tkr",
            List.of(
                new ForecastWorkbook.Line(
                    "teknisk",
                    "Teknisk utrustning",
                    Map.of(Column.BUDGET, new BigDecimal("500"), Column.OUTCOME, BigDecimal.TEN),
                    null)));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      XSSFSheet sheet = book.getSheet("Investeringar");
      assertThat(sheet.getProtect()).isTrue();
      assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Projekt");
      assertThat(sheet.getRow(5).getCell(3).getStringCellValue()).isEqualTo("Utfall ack (tkr)");
      var row = sheet.getRow(6);
      assertThat(row.getCell(2).getCellStyle().getLocked()).as("budget").isTrue();
      assertThat(row.getCell(3).getCellStyle().getLocked()).as("outcome").isFalse();
      assertThat(row.getCell(4).getCellStyle().getLocked()).as("forecast").isFalse();
      assertThat(row.getCell(5).getCellStyle().getLocked()).as("deviation").isTrue();
      assertThat(row.getCell(6).getCellStyle().getLocked()).as("comment").isFalse();
    }
    byte[] filled;
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      var sheet = book.getSheet("Investeringar");
      sheet.getRow(6).getCell(3).setCellValue("410");
      sheet.getRow(6).getCell(4).setCellValue(620);
      sheet.getRow(6).getCell(6).setCellValue("Larmen byts tidigare.");
      sheet.createRow(7).createCell(1).setCellValue("vattenpark");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      filled = out.toByteArray();
    }
    java.util.function.Function<ForecastWorkbook.Form, Set<String>> known =
        form -> form.projects() ? Set.of("teknisk") : AREAS;
    BadFileException refused =
        catchThrowableOfType(
            BadFileException.class,
            () -> ForecastWorkbook.read(new ByteArrayInputStream(filled), "inv.xlsx", known));
    assertThat(refused.problems())
        .extracting(p -> p.line() + ":" + p.column() + " " + p.message())
        .containsExactly("8:2 B8: 'vattenpark' is none of the plan's investment projects");
    byte[] good;
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
      book.getSheet("Investeringar").removeRow(book.getSheet("Investeringar").getRow(7));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      good = out.toByteArray();
    }
    List<ForecastWorkbook.Entry> entries =
        ForecastWorkbook.read(new ByteArrayInputStream(good), "inv.xlsx", known);
    assertThat(entries)
        .containsExactly(
            new ForecastWorkbook.Entry(
                "teknisk",
                Map.of(
                    Column.OUTCOME, new BigDecimal("410"), Column.FORECAST, new BigDecimal("620")),
                "Larmen byts tidigare.",
                6,
                ForecastWorkbook.Form.INVESTMENTS));
    assertThat(entries.get(0).cell(Column.FORECAST)).isEqualTo("E7");
  }

  @Test
  void theGrossTableReadsBackRevenueAndCostToDateAndForecastButNotTheBudget() throws IOException {
    byte[] workbook =
        ForecastWorkbook.write(
            ForecastWorkbook.Form.GROSS,
            "Stöd- och omsorgsnämnden",
            "Delårsrapport 2024",
            null,
            "mkr",
            List.of(
                new ForecastWorkbook.Line(
                    "hemtjanst",
                    "Hemtjänst",
                    Map.of(
                        Column.REVENUE_BUDGET,
                        new BigDecimal("12.5"),
                        Column.COST_BUDGET,
                        new BigDecimal("-230"),
                        Column.COST_OUTCOME,
                        new BigDecimal("-150.1")),
                    null)));
    byte[] filled;
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      XSSFSheet sheet = book.getSheet("Brutto");
      var head = sheet.getRow(5);
      assertThat(head.getCell(3).getStringCellValue()).isEqualTo("Intäkter utfall ack (mkr)");
      assertThat(head.getLastCellNum()).as("no comment column").isEqualTo((short) 8);
      var row = sheet.getRow(6);
      assertThat(row.getCell(2).getCellStyle().getLocked()).as("revenue budget").isTrue();
      assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(-150.1);
      row.getCell(2).setCellValue(99); // a budget: not read
      row.getCell(3).setCellValue("8,25");
      row.getCell(4).setCellValue(12.5);
      row.getCell(6).setCellValue("ett");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      filled = out.toByteArray();
    }
    assertThat(
            catchThrowableOfType(BadFileException.class, () -> read(filled))
                .problems()
                .get(0)
                .message())
        .isEqualTo("G7: 'ett' is not a number");
    byte[] good;
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
      book.getSheet("Brutto").getRow(6).getCell(6).setCellValue(-151);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      good = out.toByteArray();
    }
    assertThat(read(good))
        .containsExactly(
            new ForecastWorkbook.Entry(
                "hemtjanst",
                Map.of(
                    Column.REVENUE_OUTCOME,
                    new BigDecimal("8.25"),
                    Column.REVENUE_FORECAST,
                    new BigDecimal("12.5"),
                    Column.COST_OUTCOME,
                    new BigDecimal("-151")),
                null,
                6,
                ForecastWorkbook.Form.GROSS));
  }
}
