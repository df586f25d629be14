package se.styr.imports.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
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
                new BigDecimal("-10.2"),
                new BigDecimal("-6.1"),
                null,
                null),
            new ForecastWorkbook.Line(
                "myndighet",
                "Myndighet",
                new BigDecimal("-220"),
                new BigDecimal("-151"),
                new BigDecimal("-225.5"),
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
            new ForecastWorkbook.Entry(
                "hemtjanst", new BigDecimal("-9.4"), "Fler timmar än väntat", "E7"),
            new ForecastWorkbook.Entry("myndighet", new BigDecimal("-230.25"), null, "E8"));
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
        .contains("no sheet 'Prognos'");
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
                    new BigDecimal("-220"),
                    new BigDecimal("-146.7"),
                    new BigDecimal("-151"),
                    new BigDecimal("-140"),
                    new BigDecimal("-225.5"),
                    new BigDecimal("-5.5"),
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
                new BigDecimal("-152.25"),
                null,
                new BigDecimal("-225.5"),
                "Fler placeringar",
                "G7",
                ForecastWorkbook.Form.ECONOMY));
  }
}
