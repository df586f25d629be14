package se.styr.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileWriter;
import se.styr.plan.PlanStore;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.shared.file.BadFileException;
import se.styr.version.PlanAccess;
import se.styr.web.ErrorStatus;

/**
 * Plans in and out: uploading a plan file (all of it is stored, or nothing, with every problem by
 * line) and downloading a version's plan file.
 */
@Controller
class TransferPages {
  private final PlanStore plans;
  private final PlanAccess access;
  private final long mostMegabytes;

  TransferPages(
      PlanStore plans,
      PlanAccess access,
      @Value("${styr.limits.plan-upload-file:10MB}") DataSize mostBytes) {
    this.plans = plans;
    this.access = access;
    this.mostMegabytes = mostBytes.toMegabytes();
  }

  /** The largest plan file (spring.servlet.multipart.max-file-size), for the form's hint. */
  @ModelAttribute("mostMegabytes")
  long mostMegabytes() {
    return mostMegabytes;
  }

  /** What the overview says after an import: which plan, which version and how many findings. */
  record Imported(String plan, int version, int tableFindings, int goalFindings)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Why an upload was refused, shown in the error summary in the visitor's language. */
  record Refusal(Text text) {}

  @GetMapping("/import")
  String form(
      @RequestParam(name = UploadLimit.TOO_LARGE, required = false) String tooLarge, Model model) {
    if (tooLarge != null) {
      model.addAttribute(
          "refusal", new Refusal(Text.of("versions.import.error.tooLarge", mostMegabytes)));
    }
    return "plan/import";
  }

  @PostMapping("/import")
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    if (access.caller().isAnonymous()) {
      throw StyrException.forbidden(Text.of("versions.error.signInToImport"));
    }
    if (file == null
        || (file.isEmpty()
            && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
      return refused(
          model, response, HttpStatus.BAD_REQUEST, Text.of("versions.import.error.noFile"));
    }
    String name = PlanUpload.name(file.getOriginalFilename());
    model.addAttribute("fileName", name);
    PlanDocument plan;
    try {
      plan = PlanUpload.read(name, file.getBytes());
    } catch (BadFileException e) {
      model.addAttribute("problems", e.problems());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return "plan/import";
    }
    PlanStore.StoredVersion version;
    try {
      access.requireImport(plan.municipality(), plan.committee().key());
      version = plans.store(plan, access.caller().actor());
    } catch (StyrException e) {
      return refused(
          model,
          response,
          ErrorStatus.of(e.code()),
          Text.of(
              refusal(e.code()),
              plan.municipality().namedOnly()
                  ? plan.municipality().name()
                  : plan.municipality().name() + " (" + plan.municipality().code() + ")",
              plan.committee().name(),
              plan.planKey(),
              plan.version().number(),
              e.text()));
    }
    return toOverview(plan, version, htmx != null, request, response);
  }

  /**
   * Goes to the stored version's overview, which then says what was stored and how many findings it
   * has.
   */
  private static String toOverview(
      PlanDocument plan,
      PlanStore.StoredVersion version,
      boolean htmx,
      HttpServletRequest request,
      HttpServletResponse response) {
    String overview = "/plans/" + version.planId() + "/versions/" + version.number();
    FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
    String stored =
        plan.municipality().name()
            + ", "
            + plan.committee().name()
            + " "
            + plan.header().period().budgetYear();
    flash.put(
        "imported",
        new Imported(
            stored,
            version.number(),
            plan.findings().size(),
            plan.goalFindings(plan.displayName()).size()));
    if (!htmx) {
      return "redirect:" + overview;
    }
    // htmx would follow a redirect inside its request and swap the whole overview into the form.
    RequestContextUtils.saveOutputFlashMap(overview, request, response);
    response.setHeader("HX-Redirect", request.getContextPath() + overview);
    return null;
  }

  @GetMapping("/plans/{planId}/versions/{number}/file")
  ResponseEntity<byte[]> planFile(@PathVariable long planId, @PathVariable int number) {
    PlanDocument plan = plans.load(access.readable(planId, number).versionId());
    return Downloads.attachment(
        plan.planKey() + "-v" + number + ".yaml",
        MediaType.parseMediaType("application/yaml;charset=UTF-8"),
        PlanFileWriter.write(plan).getBytes(StandardCharsets.UTF_8));
  }

  private static String refused(
      Model model, HttpServletResponse response, HttpStatus status, Text why) {
    response.setStatus(status.value());
    model.addAttribute("refusal", new Refusal(why));
    return "plan/import";
  }

  private static String refusal(ErrorCode code) {
    if (code == ErrorCode.FORBIDDEN) {
      return "versions.import.error.forbidden";
    }
    return code == ErrorCode.CONFLICT
        ? "versions.import.error.exists"
        : "versions.import.error.other";
  }
}
