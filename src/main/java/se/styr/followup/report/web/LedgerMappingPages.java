package se.styr.followup.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styr.followup.FollowUpFile;
import se.styr.followup.LedgerMapping;
import se.styr.followup.LedgerRuleText;
import se.styr.followup.report.LedgerMappings;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanRules;
import se.styr.plan.PlanStore;
import se.styr.plan.web.PlanNav;
import se.styr.shared.RuleProblem;
import se.styr.shared.RuleViolation;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;

/**
 * The ledger mapping of a plan's year on a page of its own (ADR 0015): what it is now and where it
 * came from (the plan file, or a change made here, by whom and why), every earlier version, the
 * mapping as a file to download, and for whoever manages the plan a form to change it: accounts,
 * and a rule per area and project, tried in order. A change is checked whole and stored as a new
 * version; the ledger imports of the year use it from then on.
 */
@Controller
class LedgerMappingPages {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

  private final LedgerMappings mappings;
  private final PlanStore plans;
  private final PlanAccess access;

  LedgerMappingPages(LedgerMappings mappings, PlanStore plans, PlanAccess access) {
    this.mappings = mappings;
    this.plans = plans;
    this.access = access;
  }

  /** A version as the history lists it. */
  record Listed(int version, String when, String who, String reason) {}

  /** A rule as the page shows it to one who reads only. */
  record Shown(String name, String accounts, String objects) {}

  /** An area or project to choose for a rule. */
  record Choice(String key, String name) {}

  @GetMapping("/plans/{planId}/versions/{number}/ledger-mapping")
  String page(@PathVariable long planId, @PathVariable int number, Model model) {
    PlanAccess.VisibleVersion version = ForecastWorkbookApi.signedIn(access, planId, number);
    return page(version, plans.load(version.versionId()), model);
  }

  @PostMapping("/plans/{planId}/versions/{number}/ledger-mapping")
  String save(
      @PathVariable long planId,
      @PathVariable int number,
      @RequestParam Map<String, String> fields,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    LedgerMappingForm form = LedgerMappingForm.posted(fields);
    LedgerMapping mapping = form.mapping();
    Text refusal = null;
    List<Text> problems = List.of();
    if (mapping == null) {
      response.setStatus(422);
    } else {
      try {
        LedgerMappings.Version saved =
            mappings.save(
                planId, plan, mapping, form.read(), form.reason(), access.caller().actor());
        redirect.addFlashAttribute("saved", saved.version());
        return "redirect:/plans/" + planId + "/versions/" + number + "/ledger-mapping";
      } catch (RuleViolation e) {
        problems = e.problems().stream().map(RuleProblem::text).toList();
        response.setStatus(422);
      } catch (StyrException e) {
        refusal = e.text();
        response.setStatus(se.styr.web.ErrorStatus.of(e.code()).value());
      }
    }
    model.addAttribute("form", form);
    model.addAttribute("refusal", refusal);
    model.addAttribute("problems", problems);
    return page(version, plan, model);
  }

  /**
   * Fills the form with the mapping in force for the committee's year before (nothing stored):
   * where a new year's mapping starts.
   */
  @PostMapping("/plans/{planId}/versions/{number}/ledger-mapping/earlier")
  String earlier(@PathVariable long planId, @PathVariable int number, Model model) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    LedgerMappings.Version current = mappings.current(planId, plan);
    LedgerMappings.Earlier earlier =
        mappings
            .yearBefore(version.plan())
            .orElseThrow(
                () ->
                    StyrException.notFound(
                        Text.of("ledger.mapping.noEarlier", version.plan().budgetYear() - 1)));
    model.addAttribute(
        "form", LedgerMappingForm.of(earlier.version().mapping(), current.version()));
    model.addAttribute(
        "filled",
        Text.of("ledger.mapping.filledEarlier", earlier.year(), earlier.version().version()));
    return page(version, plan, model);
  }

  /**
   * Fills the form with a mapping read from a file (the download's format; nothing stored), or
   * lists the file's problems by line and column.
   */
  @PostMapping("/plans/{planId}/versions/{number}/ledger-mapping/file")
  String fromFile(
      @PathVariable long planId,
      @PathVariable int number,
      @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
      Model model,
      HttpServletResponse response) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    LedgerMappings.Version current = mappings.current(planId, plan);
    String name = LedgerApi.name(file.getOriginalFilename());
    try {
      if (file.getSize() > MOST_BYTES) {
        throw se.styr.shared.file.BadFileException.of(
            name, Text.of("ledger.mapping.fileTooLarge", MOST_BYTES / 1000));
      }
      LedgerMapping read =
          FollowUpFile.readLedger(name, new String(file.getBytes(), StandardCharsets.UTF_8));
      model.addAttribute("form", LedgerMappingForm.of(read, current.version()));
      model.addAttribute("filled", Text.of("ledger.mapping.filledFile", name));
    } catch (se.styr.shared.file.BadFileException e) {
      response.setStatus(400);
      model.addAttribute("fileName", name);
      model.addAttribute("fileProblems", LedgerView.shownProblems(e.problems()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return page(version, plan, model);
  }

  /** A mapping file is a few kilobytes; far beyond any chart of accounts' rules. */
  private static final long MOST_BYTES = 1_000_000;

  @GetMapping("/plans/{planId}/versions/{number}/ledger-mapping.yaml")
  ResponseEntity<byte[]> download(@PathVariable long planId, @PathVariable int number) {
    PlanAccess.VisibleVersion version = ForecastWorkbookApi.signedIn(access, planId, number);
    PlanDocument plan = plans.load(version.versionId());
    LedgerMappings.Version current = mappings.current(planId, plan);
    String name =
        version.plan().planKey().replace('/', '-') + "-huvudbok-v" + current.version() + ".yaml";
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
        .body(FollowUpFile.writeLedger(current.mapping()).getBytes(StandardCharsets.UTF_8));
  }

  /** The page for {@code plan}, the version's plan, with its mapping as it is now. */
  private String page(PlanAccess.VisibleVersion version, PlanDocument plan, Model model) {
    LedgerMappings.Version current = mappings.current(version.plan().planId(), plan);
    PlanNav.add(model, access, version, plan, "followup");
    Map<String, String> areaNames = new java.util.LinkedHashMap<>();
    plan.areas().forEach(a -> areaNames.put(a.key(), a.name()));
    Map<String, String> projectNames = PlanRules.investmentProjects(plan);
    model.addAttribute("current", current);
    model.addAttribute(
        "changedAt", current.changedAt() == null ? null : WHEN.format(current.changedAt()));
    model.addAttribute(
        "history",
        mappings.history(version.plan().planId()).stream()
            .map(
                v ->
                    new Listed(
                        v.version(),
                        WHEN.format(v.changedAt()),
                        v.changedBy(),
                        v.reason() == null ? "" : v.reason()))
            .toList());
    boolean canChange = access.caller().canManage(version.scope());
    model.addAttribute("canChange", canChange);
    model.addAttribute(
        "earlier", canChange ? mappings.yearBefore(version.plan()).orElse(null) : null);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", LedgerMappingForm.of(current.mapping(), current.version()));
    }
    model.addAttribute(
        "areaChoices",
        areaNames.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList());
    model.addAttribute(
        "projectChoices",
        projectNames.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList());
    model.addAttribute("shownAreas", shown(current.mapping().areas(), areaNames));
    model.addAttribute("shownProjects", shown(current.mapping().projects(), projectNames));
    model.addAttribute("outcomeAccounts", LedgerRuleText.accounts(current.mapping().accounts()));
    model.addAttribute("revenueAccounts", LedgerRuleText.accounts(current.mapping().revenue()));
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    return "followup/ledger-mapping";
  }

  private static List<Shown> shown(
      List<se.styr.followup.LedgerRule> rules, Map<String, String> names) {
    return rules.stream()
        .map(
            r ->
                new Shown(
                    names.getOrDefault(r.key(), r.key()),
                    LedgerRuleText.accounts(r.accounts()),
                    LedgerRuleText.objects(r.objects())))
        .toList();
  }
}
