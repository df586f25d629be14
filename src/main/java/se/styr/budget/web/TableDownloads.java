package se.styr.budget.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.styr.budget.BudgetTable;
import se.styr.budget.TableEditing;
import se.styr.budget.TableWorkbook;
import se.styr.plan.web.Downloads;
import se.styr.version.PlanAccess;

/** A budget table as an Excel workbook, for anyone who may read the version. */
@Controller
class TableDownloads {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private final PlanAccess access;
  private final TableEditing tables;

  TableDownloads(PlanAccess access, TableEditing tables) {
    this.access = access;
    this.tables = tables;
  }

  @GetMapping("/plans/{planId}/versions/{number}/budget/{tableKey}.xlsx")
  ResponseEntity<byte[]> workbook(
      @PathVariable long planId, @PathVariable int number, @PathVariable String tableKey) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    BudgetTable table = tables.table(version.versionId(), tableKey).table();
    return Downloads.attachment(
        version.plan().planKey() + "-v" + number + "-" + tableKey + ".xlsx",
        MediaType.parseMediaType(XLSX),
        TableWorkbook.xlsx(table));
  }
}
