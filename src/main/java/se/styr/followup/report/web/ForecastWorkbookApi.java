package se.styr.followup.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styr.followup.report.FollowUps;
import se.styr.followup.report.OccasionWorkbooks;
import se.styr.imports.excel.ForecastWorkbook;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;
import se.styr.web.LockVersions;

/**
 * Forecasts through a spreadsheet: the occasion's forecast workbook for the areas the caller
 * reports, and the filled workbook read back, first as a dry run saying what would change, then
 * stored in one transaction.
 */
@RestController
@RequestMapping("/api/plans/{planId}/versions/{number}/follow-ups/{id}")
@Tag(name = "Follow-up")
class ForecastWorkbookApi {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final FollowUps followUps;
  private final PlanAccess access;

  ForecastWorkbookApi(FollowUps followUps, PlanAccess access) {
    this.followUps = followUps;
    this.access = access;
  }

  record ForecastsJson(boolean stored, int lockVersion, List<ChangeJson> changes) {}

  /**
   * A row the workbook changes: {@code kind} "area" or "project", each changed figure, and the
   * comment before and after with its cell (equal when the comment is unchanged).
   */
  record ChangeJson(
      String key,
      String kind,
      List<FigureJson> figures,
      String commentCell,
      String commentBefore,
      String commentAfter) {}

  /**
   * A figure changed (outcomeToDate, outcomeToDateLastYear, forecast, revenueToDate,
   * revenueForecast, costToDate, costForecast) at its cell.
   */
  record FigureJson(String figure, String cell, BigDecimal before, BigDecimal after) {}

  /** A workbook is for those who report areas: the public gets none. */
  private PlanAccess.VisibleVersion signedIn(long planId, int number) {
    return signedIn(access, planId, number);
  }

  /** The version, for a caller who is signed in: the public gets no workbook. */
  static PlanAccess.VisibleVersion signedIn(PlanAccess access, long planId, int number) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    if (access.caller().isAnonymous()) {
      throw se.styr.shared.StyrException.forbidden(se.styr.shared.Text.of("excel.forecast.signIn"));
    }
    return version;
  }

  @GetMapping("/forecast.xlsx")
  @Operation(
      summary =
          "The occasion's forecast workbook (.xlsx) for the areas the caller reports: budget,"
              + " outcome to date, and open cells for the forecast and comment; deadline and"
              + " instructions on the sheet")
  ResponseEntity<byte[]> workbook(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestParam(name = "area", required = false) List<String> areas) {
    return download(planId, number, id, ForecastWorkbook.Form.FORECAST, areas);
  }

  @GetMapping("/economy.xlsx")
  @Operation(
      summary =
          "The occasion's economy table (.xlsx) for the areas the caller reports: budget, budget to"
              + " date, outcome to date and last year's, forecast, deviation and comment, the"
              + " outcomes, forecast and comment open to change and read back by POST"
              + " .../forecasts")
  ResponseEntity<byte[]> economy(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestParam(name = "area", required = false) List<String> areas) {
    return download(planId, number, id, ForecastWorkbook.Form.ECONOMY, areas);
  }

  @GetMapping("/investments.xlsx")
  @Operation(
      summary =
          "The occasion's investment table (.xlsx), for whoever manages the plan: per project"
              + " budget, outcome to date, forecast, deviation and comment, the outcome, forecast"
              + " and comment open to change and read back by POST .../forecasts")
  ResponseEntity<byte[]> investments(
      @PathVariable long planId, @PathVariable int number, @PathVariable long id) {
    return download(planId, number, id, ForecastWorkbook.Form.INVESTMENTS, List.of());
  }

  @GetMapping("/gross.xlsx")
  @Operation(
      summary =
          "The occasion's gross table (.xlsx) for the areas the caller reports that the plan"
              + " budgets gross: revenue and cost, each with budget, outcome to date and forecast,"
              + " the outcomes and forecasts open to change and read back by POST .../forecasts")
  ResponseEntity<byte[]> gross(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestParam(name = "area", required = false) List<String> areas) {
    return download(planId, number, id, ForecastWorkbook.Form.GROSS, areas);
  }

  private ResponseEntity<byte[]> download(
      long planId, int number, long id, ForecastWorkbook.Form form, List<String> areas) {
    PlanAccess.VisibleVersion version = signedIn(planId, number);
    return download(
        access, followUps, version, followUps.load(version.versionId(), id), form, areas);
  }

  /** Which rows the signed-in caller writes: the areas they report, the projects if they manage. */
  static OccasionWorkbooks.Reporter reporter(PlanAccess access, PlanAccess.VisibleVersion version) {
    return new OccasionWorkbooks.Reporter(
        area -> access.caller().canChangeArea(version.scope(), area),
        access.caller().canManage(version.scope()));
  }

  /**
   * The occasion's workbook in {@code form} as a download for the signed-in caller, of the areas
   * {@code areas} names if it names any (a workbook per area to send each unit manager): 404 when
   * the occasion has no such table or area, 403 for an area the caller does not report and for the
   * investments to one who does not manage the plan.
   */
  static ResponseEntity<byte[]> download(
      PlanAccess access,
      FollowUps followUps,
      PlanAccess.VisibleVersion version,
      FollowUps.Loaded loaded,
      ForecastWorkbook.Form form,
      List<String> areas) {
    if (!OccasionWorkbooks.has(loaded, form)) {
      throw StyrException.notFound(Text.of("excel.noTable", loaded.report().occasion().title()));
    }
    OccasionWorkbooks.Reporter reporter = reporter(access, version);
    if (form.projects() && !reporter.projects()) {
      throw StyrException.forbidden(Text.of("excel.investments.manage"));
    }
    java.util.Set<String> only = new java.util.LinkedHashSet<>(areas == null ? List.of() : areas);
    if (!only.isEmpty() && !form.projects()) {
      java.util.Set<String> known = new java.util.HashSet<>();
      loaded.economy().lines().forEach(l -> known.add(l.area()));
      for (String area : only) {
        if (!known.contains(area)) {
          throw StyrException.notFound(Text.of("excel.noArea", area));
        }
        if (!reporter.area().test(area)) {
          throw StyrException.forbidden(Text.of("excel.notYourArea", area));
        }
      }
      reporter = reporter.only(only);
    }
    String suffix = only.size() == 1 && !form.projects() ? only.iterator().next() : null;
    return attachment(version, loaded, form, suffix, followUps.workbook(loaded, reporter, form));
  }

  /** A workbook as a download named for the plan, occasion, area (null: none) and form. */
  private static ResponseEntity<byte[]> attachment(
      PlanAccess.VisibleVersion version,
      FollowUps.Loaded loaded,
      ForecastWorkbook.Form form,
      String area,
      byte[] workbook) {
    String name =
        version.plan().planKey().replace('/', '-')
            + "-"
            + loaded.report().occasion().key()
            + (area == null ? "" : "-" + area)
            + switch (form) {
              case ECONOMY -> "-ekonomi.xlsx";
              case INVESTMENTS -> "-investeringar.xlsx";
              case GROSS -> "-brutto.xlsx";
              case FORECAST -> "-prognos.xlsx";
            };
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .contentType(MediaType.parseMediaType(XLSX))
        .body(workbook);
  }

  @PostMapping(
      path = "/forecasts",
      consumes = {XLSX, "application/octet-stream"})
  @Operation(
      summary =
          "Read a filled forecast workbook into an open occasion: with dryRun=true nothing is"
              + " stored and the answer lists what would change; else (If-Match required) every"
              + " changed area is stored in one transaction. A workbook with any wrong cell is"
              + " refused whole with a 400 naming each cell")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
  ResponseEntity<ForecastsJson> forecasts(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean dryRun,
      @RequestParam(defaultValue = "Prognos.xlsx") String file,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      InputStream body) {
    PlanAccess.VisibleVersion version = signedIn(planId, number);
    int lock = dryRun && ifMatch == null ? -1 : LockVersions.fromIfMatch(ifMatch);
    FollowUps.ForecastsRead read =
        followUps.importForecasts(
            version.versionId(),
            id,
            body,
            LedgerApi.name(file),
            reporter(access, version),
            !dryRun,
            lock,
            access.caller().actor());
    int now = read.loaded().stored().lockVersion();
    return ResponseEntity.ok()
        .eTag(LockVersions.etag(now))
        .body(
            new ForecastsJson(
                read.stored(),
                now,
                read.changes().stream()
                    .map(
                        c ->
                            new ChangeJson(
                                c.key(),
                                c.project() ? "project" : "area",
                                c.figures().stream()
                                    .map(
                                        f ->
                                            new FigureJson(
                                                f.figure(), f.cell(), f.before(), f.after()))
                                    .toList(),
                                c.commentCell(),
                                c.commentBefore(),
                                c.commentAfter()))
                    .toList()));
  }
}
