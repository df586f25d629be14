package se.styr.imports.excel;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import se.styr.shared.SwedishNumbers;

/**
 * What a cell of a filled workbook says, read the same way by every workbook Styr takes back: a
 * figure (a number, a Swedish number written as text, or blank), a cell's text, a cell's name.
 */
public final class SheetCells {
  private SheetCells() {}

  /**
   * A number cell, a text cell with a (Swedish) number, or blank (null); anything else throws
   * {@link IllegalArgumentException}. A whole number reads plain: 620, not 6.2E+2.
   */
  public static BigDecimal figure(Cell cell) {
    if (cell == null) {
      return null;
    }
    return switch (type(cell)) {
      case BLANK -> null;
      case NUMERIC -> {
        double value = cell.getNumericCellValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
          throw new IllegalArgumentException("not a number");
        }
        yield plain(value);
      }
      case STRING -> {
        String text = cell.getStringCellValue().strip();
        if (text.isEmpty()) {
          yield null;
        }
        yield SwedishNumbers.parse(text).orElseThrow(() -> new IllegalArgumentException(text));
      }
      default -> throw new IllegalArgumentException("not a number");
    };
  }

  /** A cell's content as text (a number as Styr writes numbers), or null when empty. */
  public static String text(Cell cell) {
    if (cell == null) {
      return null;
    }
    return switch (type(cell)) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> SwedishNumbers.format(plain(cell.getNumericCellValue()));
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      default -> null;
    };
  }

  /** The cell's name as a spreadsheet shows it: E14 (row and column from 0). */
  public static String ref(int row, int column) {
    return new CellReference(row, column).formatAsString();
  }

  /** A formula cell is what it last computed. */
  private static CellType type(Cell cell) {
    return cell.getCellType() == CellType.FORMULA
        ? cell.getCachedFormulaResultType()
        : cell.getCellType();
  }

  private static BigDecimal plain(double value) {
    BigDecimal figure = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    return figure.scale() < 0 ? figure.setScale(0) : figure;
  }
}
