package se.styr.budget.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styr.budget.TableEditing;
import se.styr.budget.TableJson;
import se.styr.budget.TableStore;
import se.styr.shared.RuleViolation;
import se.styr.version.PlanAccess;
import se.styr.web.LockVersions;

/**
 * The budget tables of a plan version. Reads carry the table's lock version as ETag; writes must
 * send it back in If-Match and are refused with 409 (saying who changed what) when it is stale.
 */
@RestController
@RequestMapping("/api/plans/{planId}/versions/{number}/tables")
@Tag(
    name = "Budget tables",
    description = "Read and change the tables of a draft version, with optimistic locking")
class TablesApi {
  private final TableEditing editing;
  private final PlanAccess access;

  TablesApi(TableEditing editing, PlanAccess access) {
    this.editing = editing;
    this.access = access;
  }

  /** A new figure for one cell; a null value blanks it. */
  record CellChange(java.math.BigDecimal value, String note) {}

  @GetMapping
  @Operation(summary = "Every table of the version")
  List<TableJson> tables(@PathVariable long planId, @PathVariable int number) {
    long versionId = access.readable(planId, number).versionId();
    return editing.tables(versionId).values().stream()
        .map(t -> TableJson.of(t.table(), t.state()))
        .toList();
  }

  @GetMapping("/{tableKey}")
  @Operation(summary = "One table; its ETag is the lock version to send back in If-Match")
  ResponseEntity<TableJson> table(
      @PathVariable long planId, @PathVariable int number, @PathVariable String tableKey) {
    return response(editing.table(access.readable(planId, number).versionId(), tableKey));
  }

  @PutMapping("/{tableKey}")
  @Operation(
      summary =
          "Replace a whole table of a draft (If-Match required); 422 lists broken rules, 409 a"
              + " stale or decided version")
  ResponseEntity<TableJson> replace(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String tableKey,
      @RequestBody TableJson body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    access.readable(planId, number);
    int lock = LockVersions.fromIfMatch(ifMatch);
    return response(
        editing.replaceTable(
            planId,
            number,
            RuleViolation.whenBuilding(() -> body.toTable(tableKey)),
            lock,
            access.caller()));
  }

  @PutMapping("/{tableKey}/cells/{rowKey}/{columnKey}")
  @Operation(
      summary =
          "Change one figure of a draft (If-Match required); 409 when the table changed since it"
              + " was read")
  ResponseEntity<TableJson> changeCell(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String tableKey,
      @PathVariable String rowKey,
      @PathVariable String columnKey,
      @RequestBody CellChange body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    access.readable(planId, number);
    int lock = LockVersions.fromIfMatch(ifMatch);
    TableJson.Value cell = new TableJson.Value(body.value(), body.note());
    return response(
        editing.changeCell(
            planId,
            number,
            tableKey,
            rowKey,
            columnKey,
            RuleViolation.whenBuilding(() -> TableJson.cellOf(cell, rowKey)),
            lock,
            access.caller()));
  }

  @PutMapping(
      path = "/{tableKey}/workbook",
      consumes = {TableDownloads.XLSX, "application/octet-stream"})
  @Operation(
      summary =
          "Replace a draft table's figures with those of a workbook in the layout the table is"
              + " exported in (GET /plans/{id}/versions/{n}/budget/{table}.xlsx), If-Match"
              + " required: the same rows and columns, every figure a number or blank; a wrong cell"
              + " refuses the whole workbook with a 400 naming each cell, a broken rule with a 422")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      content =
          @io.swagger.v3.oas.annotations.media.Content(
              mediaType = TableDownloads.XLSX,
              schema =
                  @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
  ResponseEntity<TableJson> fromWorkbook(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String tableKey,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      java.io.InputStream body) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    int lock = LockVersions.fromIfMatch(ifMatch);
    se.styr.budget.BudgetTable table = editing.table(version.versionId(), tableKey).table();
    se.styr.budget.TableWorkbookReader.Read read =
        se.styr.budget.TableWorkbookReader.read(body, tableKey + ".xlsx", table);
    return response(editing.replaceTable(planId, number, read.table(), lock, access.caller()));
  }

  private static ResponseEntity<TableJson> response(TableStore.StoredTable table) {
    return ResponseEntity.ok()
        .eTag(LockVersions.etag(table.state().lockVersion()))
        .body(TableJson.of(table.table(), table.state()));
  }
}
