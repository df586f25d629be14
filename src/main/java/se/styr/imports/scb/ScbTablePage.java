package se.styr.imports.scb;

import java.util.List;

/**
 * One page of a table listing or search: its tables, its number and size, how many tables and pages
 * there are in all, and the address of the next page (null on the last).
 */
public record ScbTablePage(
    List<ScbTableInfo> tables,
    int pageNumber,
    int pageSize,
    int totalElements,
    int totalPages,
    String next) {
  public ScbTablePage {
    tables = List.copyOf(tables);
  }

  /** Whether another page follows. */
  public boolean hasNext() {
    return next != null && !next.isBlank();
  }
}
