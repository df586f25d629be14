package se.styr.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.shared.file.BadFileException;

/** A budget table read back from the workbook it was exported as. */
class TableWorkbookReaderTest {

  private static byte[] edited(byte[] workbook, Consumer<Sheet> edit) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      edit.accept(book.getSheetAt(0));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  private static TableWorkbookReader.Read read(byte[] workbook, BudgetTable table) {
    return TableWorkbookReader.read(new ByteArrayInputStream(workbook), "tabell.xlsx", table);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ale-socialnamnden-2024",
        "lerum-stod-och-omsorgsnamnden-2024",
        "smedjebacken-omsorgsnamnden-2025",
        "sodertalje-omsorgsnamnden-2025",
        "trollhattan-omsorgsnamnden-2024"
      })
  void everySeedTableReadsBackFromItsOwnWorkbookUnchanged(String seed) {
    PlanDocument plan = PlanFileReader.read(Path.of("demo", seed + ".yaml"));
    for (BudgetTable table : plan.tables()) {
      TableWorkbookReader.Read read = read(TableWorkbook.xlsx(table), table);
      assertThat(read.changes()).as(seed + " / " + table.key()).isEmpty();
      assertThat(read.table()).isEqualTo(table);
    }
  }

  @Test
  void takesTheFiguresAPersonChangedAsNumbersOrSwedishTextAndBlanks() throws IOException {
    BudgetTable table =
        PlanFileReader.read(Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml"))
            .table("internbudget")
            .orElseThrow();
    byte[] workbook =
        edited(
            TableWorkbook.xlsx(table),
            sheet -> {
              sheet.getRow(5).getCell(3).setCellValue(1.5);
              sheet.getRow(6).getCell(3).setCellValue("113,25");
              sheet.getRow(7).getCell(1).setBlank();
            });

    TableWorkbookReader.Read read = read(workbook, table);

    assertThat(read.changes())
        .extracting(TableWorkbookReader.Change::cell)
        .containsExactly("D6", "D7", "B8");
    assertThat(read.table().rows().get(2).cell(2).value()).isEqualByComparingTo("113.25");
    assertThat(read.table().rows().get(3).cell(0).value()).isNull();
    assertThat(read.changes().get(0).before()).isEqualByComparingTo("0.0");
  }

  @Test
  void namesEveryWrongCellAndAMovedRowOrColumn() throws IOException {
    BudgetTable table =
        PlanFileReader.read(Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml"))
            .table("internbudget")
            .orElseThrow();
    byte[] wrongFigures =
        edited(
            TableWorkbook.xlsx(table),
            sheet -> {
              sheet.getRow(5).getCell(3).setCellValue("tolv");
              sheet.getRow(6).getCell(0).setCellValue("Något annat");
            });
    assertThat(
            catchThrowableOfType(BadFileException.class, () -> read(wrongFigures, table))
                .problems())
        .extracting(p -> p.message())
        .containsExactly(
            "D6: 'tolv' is not a number",
            "A7: the row is 'Något annat' in the workbook but 'Personlig assistans' in the table;"
                + " rows are added, removed and moved in Styr, not in the workbook");
    byte[] movedColumn =
        edited(
            TableWorkbook.xlsx(table), sheet -> sheet.getRow(3).getCell(2).setCellValue("Annat"));
    assertThat(
            catchThrowableOfType(BadFileException.class, () -> read(movedColumn, table))
                .getMessage())
        .contains("C4: the column is 'Annat'");
    assertThat(
            catchThrowableOfType(BadFileException.class, () -> read("nej".getBytes(), table))
                .getMessage())
        .contains("no Excel workbook");
  }
}
