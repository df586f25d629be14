package se.styr.plan.pages;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import se.styr.budget.BudgetTable;

/**
 * A budget table as an Excel workbook, written by {@code se.styr.budget.TableWorkbook.xlsx(BudgetTable)}.
 * That class is being written on another branch (wt-charts); until it is merged this finds it at run
 * time, so the download works the moment it arrives and answers "not available" before.
 * TODO when TableWorkbook is in main: replace the lookup with a direct call.
 */
final class Workbooks {
  private static final Method XLSX = find();

  private Workbooks() {}

  static boolean available() {
    return XLSX != null;
  }

  /** The workbook's bytes, or empty where no workbook writer is built in. */
  static Optional<byte[]> xlsx(BudgetTable table) {
    if (XLSX == null) {
      return Optional.empty();
    }
    try {
      return Optional.of((byte[]) XLSX.invoke(null, table));
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("TableWorkbook failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("TableWorkbook.xlsx is not public", e);
    }
  }

  private static Method find() {
    try {
      return Class.forName("se.styr.budget.TableWorkbook").getMethod("xlsx", BudgetTable.class);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      return null;
    }
  }
}
