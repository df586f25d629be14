package se.styr.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.styr.documents.DocumentFormat;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;

/** A plan version printed as a document, for API clients: PDF, DOCX or HTML. */
@RestController
@RequestMapping("/api")
@Tag(name = "Documents", description = "Plan versions printed as documents (PDF/UA, Word, HTML)")
class DocumentApi {
  private final PlanAccess access;
  private final DocumentPrinting printing;

  DocumentApi(PlanAccess access, DocumentPrinting printing) {
    this.access = access;
    this.printing = printing;
  }

  @GetMapping(
      value = "/plans/{planId}/versions/{number}/document",
      produces = {
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "text/html"
      })
  @Operation(
      summary =
          "The version printed as a document: title page, contents, texts, tables, goals and"
              + " indicators, commitments, internal control and appendices, arranged by the"
              + " municipality's layout. A draft carries the watermark \"Utkast\"; a decided"
              + " version its decision (date, §, dnr).")
  ResponseEntity<byte[]> document(
      @PathVariable long planId,
      @PathVariable int number,
      @Parameter(description = "pdf (default), docx or html") @RequestParam(defaultValue = "pdf")
          String format,
      @Parameter(
              description =
                  "the year goals and indicators are assessed for; the budget year if left out")
          @RequestParam(required = false)
          Integer year) {
    DocumentFormat wanted =
        DocumentFormat.parse(format)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        Text.of("document.error.unknownFormat", format).english()));
    return printing.download(access.readable(planId, number), wanted, year);
  }
}
