package se.styr.followup.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styr.followup.report.FollowUps;
import se.styr.imports.ledger.LedgerImport;
import se.styr.imports.sie.SieRecord;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;
import se.styr.web.LockVersions;

/**
 * Outcome from the ledger: a SIE 4 file posted to an open occasion is read by the plan's ledger
 * mapping into each area's outcome to date (or, for last year's file, last year's and the monthly
 * profile), all or nothing, and the answer says what changed and what no area took.
 */
@RestController
@RequestMapping("/api/plans/{planId}/versions/{number}/follow-ups/{id}/ledger")
@Tag(name = "Follow-up")
class LedgerApi {
  private final FollowUps followUps;
  private final PlanAccess access;

  LedgerApi(FollowUps followUps, PlanAccess access) {
    this.followUps = followUps;
    this.access = access;
  }

  /** What an import changed, what no area took, and what the file was. */
  record LedgerJson(
      int lockVersion,
      String file,
      String encoding,
      int vouchers,
      int transactions,
      boolean fromPeriodBalances,
      long rowsAfterThePeriod,
      List<ChangeJson> changes,
      List<UnmappedJson> unmapped,
      BigDecimal unmappedBeyond,
      List<String> notes) {}

  record ChangeJson(String subject, String figure, BigDecimal before, BigDecimal after) {}

  record UnmappedJson(String account, String objects, BigDecimal amount) {}

  @PostMapping(consumes = {"application/octet-stream", "text/plain", "application/x-sie"})
  @Operation(
      summary =
          "Read a SIE 4 file into an open occasion by the plan's ledger mapping (If-Match required;"
              + " year=current for outcome to date, previous for last year's outcome and monthly"
              + " profile): the whole file is checked first and all of it is stored or, with a 400"
              + " naming every problem by line and column, nothing; the answer lists every change"
              + " and every row no area takes (amounts in kronor)")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/octet-stream",
              schema = @Schema(type = "string", format = "binary")))
  ResponseEntity<LedgerJson> importLedger(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestParam(defaultValue = "current") String year,
      @RequestParam(defaultValue = "Huvudbok.se") String file,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      InputStream body) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    int lock = LockVersions.fromIfMatch(ifMatch);
    String name = name(file);
    FollowUps.LedgerImported imported =
        followUps.importLedger(
            version.versionId(), id, body, name, year(year), lock, access.caller().actor());
    return ResponseEntity.ok()
        .eTag(LockVersions.etag(imported.loaded().stored().lockVersion()))
        .body(json(imported, name));
  }

  static LedgerImport.Year year(String word) {
    return switch (word == null ? "" : word.strip()) {
      case "current" -> LedgerImport.Year.CURRENT;
      case "previous" -> LedgerImport.Year.PREVIOUS;
      default ->
          throw se.styr.shared.StyrException.rule(Text.of("ledger.year", String.valueOf(word)));
    };
  }

  /** A file name as given, without folders, at most 100 characters. */
  static String name(String file) {
    String name = file == null ? "" : file.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    if (name.isEmpty()) {
      return "Huvudbok.se";
    }
    return name.length() > 100 ? name.substring(0, 100) : name;
  }

  static LedgerJson json(FollowUps.LedgerImported imported, String file) {
    LedgerImport.Result result = imported.result();
    return new LedgerJson(
        imported.loaded().stored().lockVersion(),
        file,
        imported.file().encoding().charset().name(),
        imported.file().vouchers(),
        imported.file().transactions(),
        imported.outcome().fromPeriodBalances(),
        imported.outcome().later(),
        result.changes().stream()
            .map(c -> new ChangeJson(c.subject(), c.figure(), c.before(), c.after()))
            .toList(),
        result.unmapped().stream()
            .map(u -> new UnmappedJson(u.account(), u.objects(), SieRecord.kronor(u.ore())))
            .toList(),
        SieRecord.kronor(result.unmappedBeyond()),
        imported.file().notes().stream().map(Text::english).toList());
  }
}
