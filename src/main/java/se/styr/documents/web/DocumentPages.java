package se.styr.documents.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.styr.documents.DocumentFormat;
import se.styr.documents.html.HtmlRenderer;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.plan.web.DecidedViews;
import se.styr.plan.web.PlanNav;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;

/**
 * The document tab of a plan version: the plan as the committee decides it and the public reads it,
 * the same page that is printed, with downloads as PDF, Word and HTML.
 */
@Controller
class DocumentPages {
  private final PlanStore plans;
  private final PlanAccess access;
  private final DocumentPrinting printing;
  private final DecidedViews views;

  DocumentPages(PlanStore plans, PlanAccess access, DocumentPrinting printing, DecidedViews views) {
    this.plans = plans;
    this.access = access;
    this.printing = printing;
    this.views = views;
  }

  @GetMapping("/plans/{planId}/versions/{number}/document")
  String document(@PathVariable long planId, @PathVariable int number, Model model) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    PlanNav.add(model, access, version, plan, "document");
    model.addAttribute(
        "article",
        views.computed(
            version, "document-article", () -> HtmlRenderer.article(printing.printed(plan, null))));
    model.addAttribute("documentStylesheet", true);
    return "documents/tab";
  }

  @GetMapping("/plans/{planId}/versions/{number}/document.{extension}")
  ResponseEntity<byte[]> download(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String extension,
      @RequestParam(required = false) Integer year) {
    DocumentFormat format =
        DocumentFormat.parse(extension)
            .orElseThrow(() -> StyrException.notFound(Text.of("document.error.format", extension)));
    return printing.download(access.readable(planId, number), format, year);
  }
}
