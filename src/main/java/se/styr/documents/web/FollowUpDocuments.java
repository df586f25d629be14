package se.styr.documents.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.styr.documents.DocumentFormat;
import se.styr.documents.model.FollowUpReportPrinter;
import se.styr.followup.OccasionStatus;
import se.styr.followup.report.FollowUps;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;

/**
 * A follow-up report downloaded as a document (PDF/UA, Word, HTML), printed by the plans' engine
 * from what is stored now ("Preliminär" while the occasion is open). The public gets reported and
 * closed occasions only.
 */
@Controller
class FollowUpDocuments {
  private final FollowUps followUps;
  private final PlanAccess access;
  private final DocumentPrinting printing;

  FollowUpDocuments(FollowUps followUps, PlanAccess access, DocumentPrinting printing) {
    this.followUps = followUps;
    this.access = access;
    this.printing = printing;
  }

  @GetMapping("/plans/{planId}/versions/{number}/followup/{id}/report.{extension}")
  ResponseEntity<byte[]> report(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @PathVariable String extension) {
    DocumentFormat format =
        DocumentFormat.parse(extension)
            .orElseThrow(() -> StyrException.notFound(Text.of("document.error.format", extension)));
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    FollowUps.Loaded loaded = followUps.load(version.versionId(), id);
    if (access.caller().isAnonymous() && loaded.report().status() == OccasionStatus.OPEN) {
      throw StyrException.notFound(Text.of("followup.store.noOccasion", id));
    }
    byte[] document =
        printing.render(
            FollowUpReportPrinter.print(
                loaded.report(),
                loaded.economy(),
                loaded.goals(),
                followUps.trend(loaded),
                loaded.plan(),
                printing.layout(loaded.plan()).report()),
            format);
    String name =
        version.plan().planKey().replace('/', '-')
            + "-"
            + loaded.report().occasion().key()
            + (loaded.report().version() > 1 ? "-v" + loaded.report().version() : "")
            + "."
            + extension;
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .contentType(MediaType.parseMediaType(format.mediaType()))
        .body(document);
  }
}
