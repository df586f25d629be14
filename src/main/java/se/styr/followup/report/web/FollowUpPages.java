package se.styr.followup.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.styr.followup.AreaEconomy;
import se.styr.followup.BalanceMeasure;
import se.styr.followup.CommitmentEntry;
import se.styr.followup.ControlResult;
import se.styr.followup.Coverage;
import se.styr.followup.Occasion;
import se.styr.followup.OccasionEconomy;
import se.styr.followup.OccasionStatus;
import se.styr.followup.ProjectEconomy;
import se.styr.followup.ReportingOccasion;
import se.styr.followup.report.FollowUpStore;
import se.styr.followup.report.FollowUps;
import se.styr.followup.report.PlanCommitments;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.plan.web.PlanNav;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Status;
import se.styr.shared.StyrException;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;
import se.styr.version.Decision;
import se.styr.version.PlanAccess;

/**
 * The Uppföljning tab of a decided plan: its occasions (the calendar's not yet opened, for those
 * who manage the committee), and each occasion's economy per area with what is missing, an area's
 * entry form for whom may report it, and the steps reported and closed for the controller. The
 * public sees reported and closed occasions only.
 */
@Controller
class FollowUpPages {
  private final FollowUps followUps;
  private final PlanStore plans;
  private final PlanAccess access;

  private final se.styr.web.PageTexts texts;
  private final se.styr.web.KeptFragments kept;

  FollowUpPages(
      FollowUps followUps,
      PlanStore plans,
      PlanAccess access,
      se.styr.web.PageTexts texts,
      se.styr.web.KeptFragments kept) {
    this.followUps = followUps;
    this.plans = plans;
    this.access = access;
    this.texts = texts;
    this.kept = kept;
  }

  /** An occasion in the list. */
  record Listed(long id, String title, String status, int reportVersion) {}

  /** The entry form of one area: what was typed, and what is wrong with which field. */
  record Entry(
      String area,
      String name,
      int lockVersion,
      Map<String, String> values,
      Map<String, Text> errors,
      Text refusal) {

    public String comment() {
      return values.getOrDefault("comment", "");
    }

    public Text commentError() {
      return errors.get("comment");
    }

    /** What is wrong with the monthly profile typed, or null. */
    public Text profileError() {
      return errors.get("profile");
    }

    public Text measureAmountError() {
      return errors.get("measureAmount");
    }

    public Text measureDueError() {
      return errors.get("measureDue");
    }
  }

  @GetMapping("/plans/{planId}/versions/{number}/followup")
  String occasions(@PathVariable long planId, @PathVariable int number, Model model) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    PlanNav.add(model, access, version, plan, "followup");
    boolean signedIn = !access.caller().isAnonymous();
    List<FollowUpStore.StoredOccasion> stored = followUps.occasions(version.versionId());
    model.addAttribute(
        "occasions",
        stored.stream()
            .filter(o -> signedIn || o.status() != OccasionStatus.OPEN)
            .map(o -> new Listed(o.id(), o.title(), o.status().name(), o.reportVersion()))
            .toList());
    boolean manage = version.decided() && access.caller().canManage(version.scope());
    Set<String> opened =
        stored.stream().map(FollowUpStore.StoredOccasion::key).collect(Collectors.toSet());
    model.addAttribute(
        "calendar",
        manage
            ? plan.followUp().calendar().occasions(plan.header().period().budgetYear()).stream()
                .filter(o -> !opened.contains(o.key()))
                .toList()
            : List.of());
    model.addAttribute("canOpen", manage);
    model.addAttribute("signedIn", signedIn);
    model.addAttribute("decided", version.decided());
    model.addAttribute("kinds", ReportingOccasion.values());
    return "followup/occasions";
  }

  @PostMapping("/plans/{planId}/versions/{number}/followup")
  String open(
      @PathVariable long planId,
      @PathVariable int number,
      @RequestParam(required = false) String key,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String month) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    int year = plan.header().period().budgetYear();
    Occasion occasion;
    if (key != null && !key.isBlank()) {
      occasion =
          plan.followUp().calendar().occasions(year).stream()
              .filter(o -> o.key().equals(key))
              .findFirst()
              .orElseThrow(
                  () -> StyrException.notFound(Text.of("followup.page.noSuchOccasion", key)));
    } else {
      occasion = adHoc(kind, month, year);
    }
    FollowUpStore.StoredOccasion stored =
        followUps.open(
            planId, version.versionId(), version.decided(), occasion, access.caller().actor());
    return "redirect:/plans/" + planId + "/versions/" + number + "/followup/" + stored.id();
  }

  /** An occasion the plan's calendar does not state: its kind and the month its period ends. */
  private static Occasion adHoc(String kind, String month, int year) {
    ReportingOccasion parsed =
        se.styr.shared.FileWords.parse(ReportingOccasion.class, kind == null ? "" : kind)
            .orElseThrow(() -> StyrException.rule(Text.of("followup.page.noKind")));
    int m;
    try {
      m = Integer.parseInt(month == null ? "" : month.strip());
    } catch (NumberFormatException e) {
      throw StyrException.rule(Text.of("followup.calendar.month", month));
    }
    if (m < 1 || m > 12) {
      throw StyrException.rule(Text.of("followup.calendar.month", m));
    }
    Set<Coverage> covers =
        parsed == ReportingOccasion.MONTHLY
            ? EnumSet.of(Coverage.ECONOMY)
            : EnumSet.allOf(Coverage.class);
    return new se.styr.followup.FollowUpCalendar(
            List.of(new se.styr.followup.FollowUpCalendar.Entry(parsed, m, covers, null, null)))
        .occasions(year)
        .get(0);
  }

  @GetMapping("/plans/{planId}/versions/{number}/followup/{id}")
  String occasion(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestParam(required = false) String area,
      @RequestParam(required = false) String project,
      Model model) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    FollowUps.Loaded loaded = visible(version, id);
    Entry entry = null;
    if (area != null && loaded.report().status().takesEntries()) {
      requireArea(version, area);
      entry = entryOf(loaded, area);
    }
    if (project != null && loaded.report().status().takesEntries()) {
      access.manageable(planId, number);
      model.addAttribute("project", projectOf(loaded, project));
    }
    return page(version, loaded, entry, model);
  }

  @PostMapping("/plans/{planId}/versions/{number}/followup/{id}/investments/{project}")
  String saveProject(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @PathVariable String project,
      @RequestParam int lockVersion,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    FollowUps.Loaded loaded = visible(version, id);
    Map<String, Text> errors = new LinkedHashMap<>();
    Map<String, BigDecimal> figures = figures(form, List.of("outcomeToDate", "forecast"), errors);
    ProjectEconomy current =
        loaded.report().investments().stream()
            .filter(p -> p.project().equals(project))
            .findFirst()
            .orElse(ProjectEconomy.budgeted(project, null, null));
    String comment = blankToNull(form.get("comment"));
    Text refusal = null;
    if (errors.isEmpty()) {
      try {
        FollowUps.Loaded saved =
            followUps.saveProject(
                version.versionId(),
                id,
                new ProjectEconomy(
                    project,
                    null,
                    current.budget(),
                    figures.get("outcomeToDate"),
                    figures.get("forecast"),
                    comment),
                lockVersion,
                access.caller().actor());
        boolean needsComment =
            saved.investments().lines().stream()
                .anyMatch(l -> l.area().equals(project) && l.commentMissing());
        if (!needsComment) {
          return "redirect:/plans/"
              + planId
              + "/versions/"
              + number
              + "/followup/"
              + id
              + "#p-"
              + project;
        }
        Entry again = projectOf(saved, project);
        model.addAttribute(
            "project",
            new Entry(
                project,
                again.name(),
                again.lockVersion(),
                again.values(),
                Map.of("comment", Text.of("followup.page.commentRequired")),
                null));
        return page(version, saved, null, model);
      } catch (se.styr.shared.RuleViolation e) {
        refusal =
            Text.join("; ", e.problems().stream().map(se.styr.shared.RuleProblem::text).toList());
        response.setStatus(422);
      } catch (StyrException e) {
        refusal = e.text();
        response.setStatus(se.styr.web.ErrorStatus.of(e.code()).value());
      } catch (InvalidValueException e) {
        refusal = InvalidValueException.textOf(e);
        response.setStatus(422);
      }
    } else {
      response.setStatus(422);
    }
    FollowUps.Loaded now = followUps.load(version.versionId(), id);
    Entry typed = projectOf(now, project);
    Map<String, String> values = new LinkedHashMap<>(form);
    values.remove("_csrf");
    model.addAttribute(
        "project", new Entry(project, typed.name(), lockVersion, values, errors, refusal));
    return page(version, now, null, model);
  }

  @PostMapping("/plans/{planId}/versions/{number}/followup/{id}/commitments")
  String saveCommitment(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestParam int lockVersion,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    FollowUps.Loaded loaded = visible(version, id);
    String ref = form.getOrDefault("commitment", "");
    PlanCommitments.Planned planned =
        PlanCommitments.of(loaded.plan().goals()).stream()
            .filter(c -> (c.kind().fileName() + "/" + c.key()).equals(ref))
            .findFirst()
            .orElseThrow(
                () -> StyrException.notFound(Text.of("followup.page.noSuchCommitment", ref)));
    if (!access.caller().canChangeGoal(version.scope(), planned.goal())) {
      throw StyrException.forbidden(Text.of("followup.error.commitment", ref));
    }
    Text error =
        Refusals.of(
            response,
            () -> {
              Status status =
                  se.styr.shared.FileWords.parse(Status.class, form.getOrDefault("status", ""))
                      .orElseThrow(
                          () ->
                              new InvalidValueException(
                                  Text.of(
                                      "followup.error.commitmentStatus",
                                      form.getOrDefault("status", ""),
                                      se.styr.shared.FileWords.all(Status.class))));
              followUps.saveCommitment(
                  version.versionId(),
                  id,
                  new CommitmentEntry(planned.kind(), planned.key(), status, form.get("comment")),
                  lockVersion,
                  access.caller().actor());
            });
    return saved(
        error,
        planId,
        number,
        id,
        "#c-" + planned.kind().fileName() + "-" + planned.key(),
        "commitmentForm",
        form,
        version,
        model);
  }

  @PostMapping("/plans/{planId}/versions/{number}/followup/{id}/budget-changes")
  String addBudgetChange(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestParam int lockVersion,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    FollowUps.Loaded loaded = visible(version, id);
    Text error =
        Refusals.of(
            response,
            () -> {
              String amountText = form.getOrDefault("amount", "").strip();
              BigDecimal amount =
                  SwedishNumbers.parse(amountText)
                      .orElseThrow(
                          () ->
                              new InvalidValueException(
                                  Text.of("followup.page.notNumber", amountText)));
              String dateText = form.getOrDefault("decided", "").strip();
              LocalDate decided;
              try {
                decided = LocalDate.parse(dateText);
              } catch (DateTimeParseException e) {
                throw new InvalidValueException(Text.of("followup.page.notDate", dateText));
              }
              List<se.styr.followup.BudgetChange> changes =
                  new ArrayList<>(loaded.report().budgetChanges());
              changes.add(
                  new se.styr.followup.BudgetChange(
                      form.get("from"),
                      form.get("to"),
                      amount,
                      decided,
                      form.get("paragraph"),
                      form.get("reason"),
                      se.styr.followup.BudgetChange.Kind.of(form.get("kind"))));
              followUps.saveBudgetChanges(
                  version.versionId(), id, changes, lockVersion, access.caller().actor());
            });
    return saved(error, planId, number, id, "#changes", "changeForm", form, version, model);
  }

  /**
   * A controller reads the ledger (a SIE file) into an open occasion: all of it or, for a file with
   * problems, nothing, which the page then lists by line and column.
   */
  @PostMapping("/plans/{planId}/versions/{number}/followup/{id}/ledger")
  String importLedger(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestParam int lockVersion,
      @RequestParam(defaultValue = "current") String year,
      @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
      Model model,
      HttpServletResponse response,
      org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    FollowUps.Loaded loaded = visible(version, id);
    String name = LedgerApi.name(file.getOriginalFilename());
    LedgerView view;
    try (java.io.InputStream in = file.getInputStream()) {
      FollowUps.LedgerImported imported =
          followUps.importLedger(
              version.versionId(),
              id,
              in,
              name,
              LedgerApi.year(year),
              lockVersion,
              access.caller().actor());
      redirect.addFlashAttribute("ledger", LedgerView.of(imported, name));
      return "redirect:/plans/" + planId + "/versions/" + number + "/followup/" + id + "#ledger";
    } catch (se.styr.shared.file.BadFileException e) {
      response.setStatus(400);
      view = LedgerView.refused(name, e.problems());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    model.addAttribute("ledger", view);
    return page(version, followUps.load(version.versionId(), id), null, model);
  }

  /**
   * Whoever reports areas of an open occasion reads a filled forecast workbook in: first to see
   * what it would change (nothing stored), then, with the store button ({@code save}), to store it.
   */
  @PostMapping("/plans/{planId}/versions/{number}/followup/{id}/forecasts")
  String importForecasts(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestParam int lockVersion,
      @RequestParam(required = false) String save,
      @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
      Model model,
      HttpServletResponse response,
      org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
    PlanAccess.VisibleVersion version = ForecastWorkbookApi.signedIn(access, planId, number);
    visible(version, id);
    String name = LedgerApi.name(file.getOriginalFilename());
    boolean store = save != null; // the store button was pressed; else only see what changes
    ForecastView view;
    try (java.io.InputStream in = file.getInputStream()) {
      FollowUps.ForecastsRead read =
          followUps.importForecasts(
              version.versionId(),
              id,
              in,
              name,
              ForecastWorkbookApi.reporter(access, version),
              store,
              lockVersion,
              access.caller().actor());
      view = ForecastView.of(read, name);
      if (store) {
        redirect.addFlashAttribute("forecasts", view);
        return "redirect:/plans/"
            + planId
            + "/versions/"
            + number
            + "/followup/"
            + id
            + "#forecasts";
      }
    } catch (se.styr.shared.file.BadFileException e) {
      response.setStatus(400);
      view = ForecastView.refused(name, e.problems());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    model.addAttribute("forecasts", view);
    return page(version, followUps.load(version.versionId(), id), null, model);
  }

  /** An economic table of the occasion as a workbook: forecast, economy, investments or gross. */
  @GetMapping(
      "/plans/{planId}/versions/{number}/followup/{id}/{table:forecast|economy|investments|gross}.xlsx")
  org.springframework.http.ResponseEntity<byte[]> tableWorkbook(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @PathVariable String table,
      @RequestParam(name = "area", required = false) List<String> areas) {
    return workbook(
        planId,
        number,
        id,
        se.styr.imports.excel.ForecastWorkbook.Form.valueOf(
            table.toUpperCase(java.util.Locale.ROOT)),
        areas);
  }

  /**
   * The occasion's workbook in {@code form} with the rows the signed-in caller writes, of the areas
   * {@code areas} names if any.
   */
  private org.springframework.http.ResponseEntity<byte[]> workbook(
      long planId,
      int number,
      long id,
      se.styr.imports.excel.ForecastWorkbook.Form form,
      List<String> areas) {
    PlanAccess.VisibleVersion version = ForecastWorkbookApi.signedIn(access, planId, number);
    return ForecastWorkbookApi.download(
        access, followUps, version, visible(version, id), form, areas);
  }

  @PostMapping("/plans/{planId}/versions/{number}/followup/{id}/controls")
  String saveControl(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestParam int lockVersion,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    visible(version, id);
    String control = form.getOrDefault("control", "");
    boolean performed = "true".equals(form.get("performed"));
    Text error =
        Refusals.of(
            response,
            () -> {
              ControlResult.Outcome outcome = null;
              if (performed) {
                String word = form.getOrDefault("outcome", "");
                outcome =
                    se.styr.shared.FileWords.parse(ControlResult.Outcome.class, word)
                        .orElseThrow(
                            () ->
                                new InvalidValueException(Text.of("followup.error.outcome", word)));
              }
              List<ControlResult.Action> actions = new ArrayList<>();
              String description = blankToNull(form.get("actionDescription"));
              if (description != null) {
                LocalDate due = null;
                String dueText = blankToNull(form.get("actionDue"));
                if (dueText != null) {
                  try {
                    due = LocalDate.parse(dueText);
                  } catch (DateTimeParseException e) {
                    throw new InvalidValueException(Text.of("followup.page.notDate", dueText));
                  }
                }
                actions.add(
                    new ControlResult.Action(
                        description, blankToNull(form.get("actionOwner")), due));
              }
              followUps.saveControl(
                  version.versionId(),
                  id,
                  new ControlResult(
                      control,
                      performed,
                      outcome,
                      performed ? blankToNull(form.get("found")) : null,
                      actions),
                  lockVersion,
                  access.caller().actor());
            });
    if (error == null) {
      return "redirect:/plans/"
          + planId
          + "/versions/"
          + number
          + "/followup/"
          + id
          + "#controls-heading";
    }
    Map<String, String> typed = new LinkedHashMap<>(form);
    typed.remove("_csrf");
    if (!performed) {
      typed.put("performed", "false");
    }
    model.addAttribute("controlForm", new Form(typed, error));
    return page(version, followUps.load(version.versionId(), id), null, model);
  }

  /**
   * An operational measure's count for a period, or that it is missing and why, entered by whom
   * reports the measure's area (or manages the committee); checked as a file line would be.
   */
  @PostMapping("/plans/{planId}/versions/{number}/followup/{id}/operational-measures")
  String saveCount(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestParam int lockVersion,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    FollowUps.Loaded loaded = visible(version, id);
    String measure = form.getOrDefault("measure", "");
    Text error =
        Refusals.of(
            response,
            () -> {
              requireReporter(version, measureArea(loaded, measure));
              boolean missing = "true".equals(form.get("missing"));
              String valueText = form.getOrDefault("value", "").strip();
              BigDecimal value = null;
              if (!missing) {
                value =
                    SwedishNumbers.parse(valueText)
                        .orElseThrow(
                            () ->
                                new InvalidValueException(
                                    Text.of("followup.page.notNumber", valueText)));
              }
              followUps.saveCount(
                  version.versionId(),
                  id,
                  new se.styr.followup.MeasureCount(
                      measure,
                      form.getOrDefault("period", "").strip(),
                      value,
                      missing,
                      missing ? blankToNull(form.get("reason")) : null),
                  lockVersion,
                  access.caller().actor());
            });
    return saved(error, planId, number, id, "#measures", "countForm", form, version, model);
  }

  /**
   * A private provider's follow-up: when, what was checked, the outcome and the deviations found,
   * entered by whom reports the provider's area (or manages the committee).
   */
  @PostMapping("/plans/{planId}/versions/{number}/followup/{id}/providers")
  String saveProvider(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestParam int lockVersion,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    FollowUps.Loaded loaded = visible(version, id);
    String provider = form.getOrDefault("provider", "");
    Text error =
        Refusals.of(
            response,
            () -> {
              requireReporter(version, providerArea(loaded, provider));
              String checkedText = form.getOrDefault("checked", "").strip();
              LocalDate checked;
              try {
                checked = LocalDate.parse(checkedText);
              } catch (DateTimeParseException e) {
                throw new InvalidValueException(Text.of("followup.page.notDate", checkedText));
              }
              String word = form.getOrDefault("outcome", "");
              ControlResult.Outcome outcome =
                  se.styr.shared.FileWords.parse(ControlResult.Outcome.class, word)
                      .orElseThrow(
                          () -> new InvalidValueException(Text.of("followup.error.outcome", word)));
              followUps.saveProvider(
                  version.versionId(),
                  id,
                  new se.styr.followup.ProviderResult(
                      provider, checked, form.get("what"), outcome, form.get("deviations")),
                  lockVersion,
                  access.caller().actor());
            });
    return saved(error, planId, number, id, "#providers", "providerForm", form, version, model);
  }

  /**
   * A person's assessment of a goal or indicator at the occasion (for its year), in place of the
   * computed one: the result and why, made by whoever holds the goal (or manages the committee).
   */
  @PostMapping("/plans/{planId}/versions/{number}/followup/{id}/assessments")
  String saveAssessment(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestParam int lockVersion,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    FollowUps.Loaded loaded = visible(version, id);
    String subject = form.getOrDefault("subject", "");
    boolean ofIndicator = subject.startsWith("indicator/");
    String key = subject.substring(subject.indexOf('/') + 1);
    Text error =
        Refusals.of(
            response,
            () -> {
              if (!subject.startsWith("goal/") && !ofIndicator) {
                throw new InvalidValueException(Text.of("followup.error.assessmentKind", subject));
              }
              String word = form.getOrDefault("result", "");
              se.styr.goals.ManualAssessment made =
                  new se.styr.goals.ManualAssessment(
                      key,
                      ofIndicator,
                      loaded.report().occasion().year(),
                      se.styr.goals.Result.parseManual(word)
                          .orElseThrow(
                              () ->
                                  new InvalidValueException(
                                      Text.of("followup.error.assessmentResult", word))),
                      access.caller().displayName(),
                      LocalDate.now(),
                      blankToNull(form.get("justification")));
              if (!access
                  .caller()
                  .canChangeGoal(version.scope(), FollowUps.goalOf(loaded.plan(), made))) {
                throw StyrException.forbidden(Text.of("followup.error.assessment", key));
              }
              followUps.saveAssessment(
                  version.versionId(), id, made, lockVersion, access.caller().actor());
            });
    return saved(error, planId, number, id, "#o-" + key, "assessmentForm", form, version, model);
  }

  /**
   * Back to the occasion at {@code anchor} once a form is saved ({@code error} null); else the page
   * again with form {@code name} as typed and why it was refused.
   */
  private String saved(
      Text error,
      long planId,
      int number,
      long id,
      String anchor,
      String name,
      Map<String, String> form,
      PlanAccess.VisibleVersion version,
      Model model) {
    if (error == null) {
      return "redirect:/plans/" + planId + "/versions/" + number + "/followup/" + id + anchor;
    }
    model.addAttribute(name, new Form(typed(form), error));
    return page(version, followUps.load(version.versionId(), id), null, model);
  }

  private static Map<String, String> typed(Map<String, String> form) {
    Map<String, String> typed = new LinkedHashMap<>(form);
    typed.remove("_csrf");
    return typed;
  }

  /**
   * The area of the plan's measure {@code key} (null: the committee's); unknown keys pass to the
   * rules.
   */
  private static String measureArea(FollowUps.Loaded loaded, String key) {
    return loaded.plan().followUp().measures().stream()
        .filter(m -> m.key().equals(key))
        .findFirst()
        .map(se.styr.followup.OperationalMeasure::area)
        .orElse(null);
  }

  private static String providerArea(FollowUps.Loaded loaded, String key) {
    return loaded.plan().followUp().providers().stream()
        .filter(p -> p.key().equals(key))
        .findFirst()
        .map(se.styr.followup.Provider::area)
        .orElse(null);
  }

  /** Whom reports {@code area} (an editor granted it), or manages the committee (any area). */
  private void requireReporter(PlanAccess.VisibleVersion version, String area) {
    if (!mayReport(version, area)) {
      throw StyrException.forbidden(Text.of("followup.error.area", area == null ? "" : area));
    }
  }

  private boolean mayReport(PlanAccess.VisibleVersion version, String area) {
    return access.caller().canManage(version.scope())
        || (area != null && access.caller().canChangeArea(version.scope(), area));
  }

  /** The figures of {@code fields} in a form, each number parsed; what is not one is an error. */
  private static Map<String, BigDecimal> figures(
      Map<String, String> form, List<String> fields, Map<String, Text> errors) {
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    for (String field : fields) {
      String text = form.getOrDefault(field, "").strip();
      if (!text.isEmpty()) {
        Optional<BigDecimal> parsed = SwedishNumbers.parse(text);
        if (parsed.isEmpty()) {
          errors.put(field, Text.of("followup.page.notNumber", text));
        } else {
          figures.put(field, parsed.get());
        }
      }
    }
    return figures;
  }

  private static Entry projectOf(FollowUps.Loaded loaded, String project) {
    var line =
        loaded.investments().lines().stream()
            .filter(l -> l.area().equals(project))
            .findFirst()
            .orElseThrow(
                () -> StyrException.notFound(Text.of("followup.page.noSuchProject", project)));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("outcomeToDate", text(line.outcomeToDate()));
    values.put("forecast", text(line.forecast()));
    values.put("comment", line.comment() == null ? "" : line.comment());
    return new Entry(project, line.name(), loaded.stored().lockVersion(), values, Map.of(), null);
  }

  @PostMapping("/plans/{planId}/versions/{number}/followup/{id}/areas/{area}")
  String saveArea(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @PathVariable String area,
      @RequestParam int lockVersion,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    requireArea(version, area);
    FollowUps.Loaded loaded = visible(version, id);
    Map<String, Text> errors = new LinkedHashMap<>();
    Map<String, BigDecimal> figures = figures(form, FIGURES, errors);
    AreaEconomy current =
        loaded.report().economy().stream()
            .filter(a -> a.area().equals(area))
            .findFirst()
            .orElse(AreaEconomy.budgeted(area, null, null));
    List<BalanceMeasure> measures = new ArrayList<>(current.measures());
    String description = form.getOrDefault("measureDescription", "").strip();
    if (!description.isEmpty()) {
      String amountText = form.getOrDefault("measureAmount", "").strip();
      Optional<BigDecimal> amount =
          amountText.isEmpty() ? Optional.empty() : SwedishNumbers.parse(amountText);
      if (!amountText.isEmpty() && amount.isEmpty()) {
        errors.put("measureAmount", Text.of("followup.page.notNumber", amountText));
      }
      LocalDate due = null;
      String dueText = form.getOrDefault("measureDue", "").strip();
      if (!dueText.isEmpty()) {
        try {
          due = LocalDate.parse(dueText);
        } catch (DateTimeParseException e) {
          errors.put("measureDue", Text.of("followup.page.notDate", dueText));
        }
      }
      if (errors.isEmpty()) {
        String owner = form.getOrDefault("measureOwner", "").strip();
        measures.add(
            new BalanceMeasure(
                description,
                amount.orElse(null),
                owner.isEmpty() ? null : owner,
                due,
                BalanceMeasure.Status.PLANNED));
      }
    }
    String comment = form.getOrDefault("comment", "").strip();
    se.styr.followup.Periodisation periodisation =
        form.containsKey("profile")
            ? profile(form.get("profile"), errors)
            : current.periodisation();
    Text refusal = null;
    if (errors.isEmpty()) {
      AreaEconomy entry = typed(current, figures, comment, measures, periodisation);
      try {
        FollowUps.Loaded saved =
            followUps.saveArea(
                version.versionId(), id, entry, lockVersion, access.caller().actor());
        // a deviation that needs a comment nobody wrote keeps the form open, saying so
        boolean needsComment =
            saved.economy().lines().stream()
                .anyMatch(l -> l.area().equals(area) && l.commentMissing());
        if (!needsComment) {
          return "redirect:/plans/"
              + planId
              + "/versions/"
              + number
              + "/followup/"
              + id
              + "#a-"
              + area;
        }
        Entry again = entryOf(saved, area);
        Map<String, Text> commentError = new LinkedHashMap<>();
        commentError.put("comment", Text.of("followup.page.commentRequired"));
        return page(
            version,
            saved,
            new Entry(area, again.name(), again.lockVersion(), again.values(), commentError, null),
            model);
      } catch (StyrException e) {
        refusal = e.text();
        response.setStatus(se.styr.web.ErrorStatus.of(e.code()).value());
      } catch (InvalidValueException e) {
        refusal = InvalidValueException.textOf(e);
        response.setStatus(422);
      }
    } else {
      response.setStatus(422);
    }
    FollowUps.Loaded now = followUps.load(version.versionId(), id);
    Entry typed = entryOf(now, area);
    Map<String, String> values = new LinkedHashMap<>(form);
    values.remove("_csrf");
    return page(
        version, now, new Entry(area, typed.name(), lockVersion, values, errors, refusal), model);
  }

  /** An area's entry as typed into its form, on top of what is stored for it. */
  /**
   * The monthly profile typed: twelve weights, January first, parted by spaces or semicolons (8 8 8
   * 8 8 9 6 7 9 9 9 11); blank for an even spread. What is wrong is named at the field.
   */
  private static se.styr.followup.Periodisation profile(String text, Map<String, Text> errors) {
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) {
      return null;
    }
    List<BigDecimal> weights = new ArrayList<>();
    for (String part : typed.split("[;\\s]+")) {
      Optional<BigDecimal> weight = SwedishNumbers.parse(part);
      if (weight.isEmpty()) {
        errors.put("profile", Text.of("followup.page.notNumber", part));
        return null;
      }
      weights.add(weight.get());
    }
    try {
      return new se.styr.followup.Periodisation.Profile(weights);
    } catch (InvalidValueException e) {
      errors.put("profile", InvalidValueException.textOf(e));
      return null;
    }
  }

  /** The profile as the form shows it: the weights in Swedish, parted by spaces; blank if even. */
  private static String profileText(se.styr.followup.Periodisation periodisation) {
    if (!(periodisation instanceof se.styr.followup.Periodisation.Profile profile)) {
      return "";
    }
    return String.join(" ", profile.weights().stream().map(FollowUpPages::text).toList());
  }

  private static AreaEconomy typed(
      AreaEconomy current,
      Map<String, BigDecimal> figures,
      String comment,
      List<BalanceMeasure> measures,
      se.styr.followup.Periodisation periodisation) {
    return new AreaEconomy(
        current.area(),
        null,
        current.budget(),
        periodisation,
        figures.get("outcomeToDate"),
        figures.get("outcomeToDateLastYear"),
        current.outcomeLastYear(),
        figures.get("forecast"),
        current.previousForecast(),
        comment.isEmpty() ? null : comment,
        measures,
        new se.styr.followup.GrossEconomy(
            new se.styr.followup.GrossEconomy.Figures(
                current.gross().revenue().budget(),
                figures.get("revenueToDate"),
                figures.get("revenueForecast")),
            new se.styr.followup.GrossEconomy.Figures(
                current.gross().cost().budget(),
                figures.get("costToDate"),
                figures.get("costForecast"))));
  }

  /**
   * What the area's line and the committee's total would be with the figures typed so far, nothing
   * stored: htmx asks while the forecaster types, so the deviation, the projection, the total and
   * whether a comment is needed show before saving. A field that is not a number is named.
   */
  @PostMapping("/plans/{planId}/versions/{number}/followup/{id}/areas/{area}/preview")
  String previewArea(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @PathVariable String area,
      @RequestParam Map<String, String> form,
      Model model) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    requireArea(version, area);
    FollowUps.Loaded loaded = visible(version, id);
    Map<String, Text> errors = new LinkedHashMap<>();
    Map<String, BigDecimal> figures = figures(form, FIGURES, errors);
    AreaEconomy current =
        loaded.report().economy().stream()
            .filter(a -> a.area().equals(area))
            .findFirst()
            .orElse(AreaEconomy.budgeted(area, null, null));
    se.styr.followup.Periodisation periodisation =
        form.containsKey("profile")
            ? profile(form.get("profile"), errors)
            : current.periodisation();
    OccasionEconomy economy =
        followUps.preview(
            loaded,
            typed(
                current,
                figures,
                form.getOrDefault("comment", "").strip(),
                current.measures(),
                errors.containsKey("profile") ? current.periodisation() : periodisation));
    model.addAttribute(
        "preview", EntryPreview.of(economy, area, loaded.report().unit(), errors.values()));
    return "followup/occasion :: preview";
  }

  @PostMapping("/plans/{planId}/versions/{number}/followup/{id}/status")
  String step(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestParam int lockVersion,
      @RequestParam String status,
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String paragraph,
      @RequestParam(required = false) String dnr,
      Model model,
      HttpServletResponse response) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    OccasionStatus next;
    try {
      next = OccasionStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw StyrException.rule(Text.of("followup.error.noStep"));
    }
    Decision decision = null;
    Text refusal = null;
    if (next == OccasionStatus.REPORTED) {
      try {
        decision =
            new Decision(
                LocalDate.parse(date == null ? "" : date.strip()),
                blankToNull(paragraph),
                blankToNull(dnr),
                null,
                List.of(),
                null);
      } catch (DateTimeParseException e) {
        refusal = Text.of("followup.page.notDate", date == null ? "" : date);
      }
    }
    if (refusal == null) {
      try {
        followUps.advance(
            version.versionId(), id, next, decision, lockVersion, access.caller().actor());
        return "redirect:/plans/" + planId + "/versions/" + number + "/followup/" + id;
      } catch (StyrException e) {
        refusal = e.text();
        response.setStatus(se.styr.web.ErrorStatus.of(e.code()).value());
      }
    } else {
      response.setStatus(422);
    }
    model.addAttribute("stepRefusal", refusal);
    return page(version, followUps.load(version.versionId(), id), null, model);
  }

  /**
   * A correction of a closed report: a new report version of the occasion with the same entries,
   * open again, and why; the closed version stays as the committee received it.
   */
  @PostMapping("/plans/{planId}/versions/{number}/followup/{id}/correction")
  String correct(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      Model model,
      HttpServletResponse response) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    long[] corrected = new long[1];
    Text refusal =
        Refusals.of(
            response,
            () ->
                corrected[0] =
                    followUps
                        .correct(planId, version.versionId(), id, reason, access.caller().actor())
                        .id());
    if (refusal == null) {
      return "redirect:/plans/" + planId + "/versions/" + number + "/followup/" + corrected[0];
    }
    model.addAttribute("correctionRefusal", refusal);
    return page(version, followUps.load(version.versionId(), id), null, model);
  }

  private static final List<String> FIGURES =
      List.of(
          "outcomeToDate",
          "outcomeToDateLastYear",
          "forecast",
          "revenueToDate",
          "revenueForecast",
          "costToDate",
          "costForecast");

  private String page(
      PlanAccess.VisibleVersion version, FollowUps.Loaded loaded, Entry entry, Model model) {
    PlanNav.add(model, access, version, loaded.plan(), "followup");
    OccasionView occasion =
        OccasionView.of(
            loaded,
            area -> access.caller().canChangeArea(version.scope(), area),
            followUps.trend(loaded));
    model.addAttribute("occasion", occasion);
    boolean canStep = access.caller().canManage(version.scope());
    model.addAttribute("parts", parts(version, occasion, canStep));
    model.addAttribute("entry", entry);
    model.addAttribute(
        "preview",
        entry == null
            ? null
            : EntryPreview.of(loaded.economy(), entry.area(), loaded.report().unit(), List.of()));
    model.addAttribute("canStep", canStep);
    se.styr.followup.LedgerMapping mapping = followUps.mapping(loaded).mapping();
    boolean takesLedger =
        canStep
            && loaded.report().status().takesEntries()
            && loaded.report().occasion().covers(Coverage.ECONOMY);
    model.addAttribute("ledgerMapped", takesLedger && !mapping.isEmpty());
    model.addAttribute("ledgerUnmapped", takesLedger && mapping.isEmpty());
    model.addAttribute("ledgerDemo", mapping.demo());
    model.addAttribute(
        "forecastable",
        loaded.report().status().takesEntries()
            && loaded.report().occasion().covers(Coverage.ECONOMY)
            && loaded.economy().lines().stream()
                .anyMatch(l -> access.caller().canChangeArea(version.scope(), l.area())));
    se.styr.followup.report.OccasionWorkbooks.Reporter reporter =
        ForecastWorkbookApi.reporter(access, version);
    model.addAttribute(
        "investmentWorkbook",
        reporter.projects()
            && se.styr.followup.report.OccasionWorkbooks.has(
                loaded, se.styr.imports.excel.ForecastWorkbook.Form.INVESTMENTS));
    model.addAttribute(
        "forecastAreas",
        loaded.report().status().takesEntries()
            ? loaded.economy().lines().stream()
                .filter(l -> reporter.area().test(l.area()))
                .map(l -> new Reportable(l.area(), l.name()))
                .toList()
            : List.of());
    model.addAttribute(
        "grossWorkbook",
        loaded.gross().lines().stream().anyMatch(l -> reporter.area().test(l.area())));
    model.addAttribute(
        "reportable",
        loaded.report().status().takesEntries() && loaded.report().occasion().covers(Coverage.GOALS)
            ? loaded.plan().goals().indicators().stream()
                .filter(i -> access.caller().canChangeGoal(version.scope(), i.goal()))
                .map(i -> new Reportable(i.key(), i.name()))
                .toList()
            : List.of());
    boolean open = loaded.report().status().takesEntries();
    model.addAttribute(
        "commitmentChoices",
        open && loaded.report().occasion().covers(Coverage.GOALS)
            ? OccasionView.commitments(loaded).stream()
                .filter(c -> access.caller().canChangeGoal(version.scope(), c.goal()))
                .toList()
            : List.of());
    model.addAttribute("statuses", Status.values());
    if (!model.containsAttribute("correctionRefusal")) {
      model.addAttribute("correctionRefusal", null);
    }
    model.addAttribute(
        "assessable",
        open && loaded.report().occasion().covers(Coverage.GOALS)
            ? java.util.stream.Stream.concat(
                    loaded.plan().goals().goals().stream()
                        .filter(g -> access.caller().canChangeGoal(version.scope(), g.key()))
                        .map(
                            g ->
                                new Reportable(
                                    "goal/" + g.key(),
                                    se.styr.goals.Goal.numbered(g.number(), g.title()))),
                    loaded.plan().goals().indicators().stream()
                        .filter(i -> access.caller().canChangeGoal(version.scope(), i.goal()))
                        .map(i -> new Reportable("indicator/" + i.key(), i.name())))
                .toList()
            : List.of());
    model.addAttribute("results", se.styr.goals.Result.values());
    if (!model.containsAttribute("assessmentForm")) {
      model.addAttribute("assessmentForm", new Form(Map.of(), null));
    }
    model.addAttribute(
        "controlChoices",
        open && loaded.report().occasion().covers(Coverage.INTERNAL_CONTROL)
            ? loaded.plan().followUp().internalControl().risks().stream()
                .map(r -> new Reportable(r.key(), r.risk() != null ? r.risk() : r.area()))
                .toList()
            : List.of());
    if (!model.containsAttribute("commitmentForm")) {
      model.addAttribute("commitmentForm", new Form(Map.of("status", "ongoing"), null));
    }
    model.addAttribute(
        "measureChoices",
        open
            ? loaded.plan().followUp().measures().stream()
                .filter(m -> mayReport(version, m.area()))
                .map(m -> new Reportable(m.key(), m.name()))
                .toList()
            : List.of());
    model.addAttribute(
        "providerChoices",
        open
            ? loaded.plan().followUp().providers().stream()
                .filter(p -> mayReport(version, p.area()))
                .map(
                    p ->
                        new Reportable(
                            p.key(),
                            p.provider() == null
                                ? p.operation()
                                : p.operation() + " (" + p.provider() + ")"))
                .toList()
            : List.of());
    if (!model.containsAttribute("countForm")) {
      model.addAttribute("countForm", new Form(Map.of("period", defaultPeriod(loaded)), null));
    }
    if (!model.containsAttribute("providerForm")) {
      model.addAttribute("providerForm", new Form(Map.of(), null));
    }
    if (!model.containsAttribute("changeForm")) {
      model.addAttribute("changeForm", new Form(Map.of(), null));
    }
    model.addAttribute(
        "changeKinds",
        java.util.Arrays.stream(se.styr.followup.BudgetChange.Kind.values())
            .map(se.styr.followup.BudgetChange.Kind::fileName)
            .toList());
    if (!model.containsAttribute("controlForm")) {
      model.addAttribute("controlForm", new Form(Map.of(), null));
    }
    if (!model.containsAttribute("project")) {
      model.addAttribute("project", null);
    }
    if (!model.containsAttribute("indicatorForm")) {
      model.addAttribute("indicatorForm", new Form(Map.of("period", defaultPeriod(loaded)), null));
    }
    return "followup/occasion";
  }

  /** What the kept parts of an occasion's page show: all of it is in the view, or here. */
  private record Shown(long planId, int number, OccasionView occasion, boolean canStep) {}

  private static final List<String> PARTS =
      List.of(
          "overview",
          "progress",
          "economy",
          "changes",
          "gross",
          "investments",
          "goals",
          "commitments",
          "controls",
          "measures",
          "providers",
          "comments");

  /**
   * The parts of the page without forms (followup/occasion-parts.html), rendered once for what they
   * show: the occasion as viewed (its report at one lock version, the earlier occasions' lights,
   * which areas the caller may report) and whether the caller manages the committee.
   */
  private Map<String, String> parts(
      PlanAccess.VisibleVersion version, OccasionView occasion, boolean canStep) {
    Shown shown = new Shown(version.plan().planId(), version.version().number(), occasion, canStep);
    return kept.of(
        shown,
        "followup/occasion-parts",
        PARTS,
        () -> {
          Map<String, Object> variables = new java.util.HashMap<>();
          variables.put("planId", shown.planId());
          variables.put("number", shown.number());
          variables.put("occasion", occasion);
          variables.put("canStep", canStep);
          variables.put(
              "deviationChart",
              occasion.deviations().isEmpty() || occasion.unit() == null
                  ? null
                  : new se.styr.charts.Figure(
                      texts.of(se.styr.shared.Text.of("charts.deviation.title")),
                      se.styr.charts.DeviationChart.of(
                          occasion.deviations(), occasion.unit(), "avvikelse", texts::of)));
          return variables;
        });
  }

  /** An indicator the caller may report at the occasion. */
  record Reportable(String key, String name) {}

  /** A form as typed (indicator value, commitment, control result), and what is wrong with it. */
  record Form(Map<String, String> values, Text error) {
    public String value(String field) {
      return values.getOrDefault(field, "");
    }

    /** The comment typed (a commitment's). */
    public String comment() {
      return value("comment");
    }

    /** The justification typed (an assessment's). */
    public String justification() {
      return value("justification");
    }

    /** What was found, as typed (a control's). */
    public String found() {
      return value("found");
    }

    /** The deviations found, as typed (a provider's follow-up). */
    public String deviations() {
      return value("deviations");
    }
  }

  /** The occasion's own period: its tertial or half year where it ends on one, else its month. */
  private static String defaultPeriod(FollowUps.Loaded loaded) {
    Occasion occasion = loaded.report().occasion();
    int months = occasion.monthsElapsed();
    int year = occasion.year();
    if (months == 12) {
      return String.valueOf(year);
    }
    if (months % 4 == 0) {
      return year + "-T" + (months / 4);
    }
    return year + "-" + String.format(java.util.Locale.ROOT, "%02d", months);
  }

  @PostMapping("/plans/{planId}/versions/{number}/followup/{id}/indicators")
  String saveIndicator(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestParam int lockVersion,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    FollowUps.Loaded loaded = visible(version, id);
    String key = form.getOrDefault("indicator", "");
    String goal =
        followUps.plan(version.versionId()).goals().indicators().stream()
            .filter(i -> i.key().equals(key))
            .map(se.styr.goals.Indicator::goal)
            .findFirst()
            .orElse(null);
    if (!access.caller().canChangeGoal(version.scope(), goal)) {
      throw StyrException.forbidden(Text.of("followup.error.indicator", key));
    }
    boolean missing = form.containsKey("missing");
    String valueText = form.getOrDefault("value", "").strip();
    Text error =
        Refusals.of(
            response,
            () -> {
              se.styr.goals.Quantity value = null;
              if (!missing) {
                value =
                    se.styr.goals.Quantity.parse(valueText)
                        .orElseThrow(
                            () ->
                                new InvalidValueException(
                                    valueText.isEmpty()
                                        ? Text.of("followup.page.valueOrMissing")
                                        : Text.of("followup.page.notValue", valueText)));
              }
              followUps.saveIndicator(
                  version.versionId(),
                  id,
                  new se.styr.followup.report.IndicatorEntry(
                      key,
                      form.getOrDefault("period", "").strip(),
                      null,
                      value,
                      missing,
                      blankToNull(form.get("reason")),
                      blankToNull(form.get("source")),
                      null),
                  lockVersion,
                  access.caller().actor());
            });
    return saved(error, planId, number, id, "#goals", "indicatorForm", form, version, model);
  }

  private FollowUps.Loaded visible(PlanAccess.VisibleVersion version, long id) {
    FollowUps.Loaded loaded = followUps.load(version.versionId(), id);
    if (access.caller().isAnonymous() && loaded.report().status() == OccasionStatus.OPEN) {
      throw StyrException.notFound(Text.of("followup.store.noOccasion", id));
    }
    return loaded;
  }

  private void requireArea(PlanAccess.VisibleVersion version, String area) {
    if (!access.caller().canChangeArea(version.scope(), area)) {
      throw StyrException.forbidden(Text.of("followup.error.area", area));
    }
  }

  private static Entry entryOf(FollowUps.Loaded loaded, String area) {
    var line =
        loaded.economy().lines().stream()
            .filter(l -> l.area().equals(area))
            .findFirst()
            .orElseThrow(() -> StyrException.notFound(Text.of("followup.page.noSuchArea", area)));
    AreaEconomy entry =
        loaded.report().economy().stream()
            .filter(a -> a.area().equals(area))
            .findFirst()
            .orElse(AreaEconomy.budgeted(area, null, null));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("outcomeToDate", text(entry.outcomeToDate()));
    values.put("outcomeToDateLastYear", text(entry.outcomeToDateLastYear()));
    values.put("forecast", text(entry.forecast()));
    values.put("comment", entry.comment() == null ? "" : entry.comment());
    values.put("revenueToDate", text(entry.gross().revenue().outcomeToDate()));
    values.put("revenueForecast", text(entry.gross().revenue().forecast()));
    values.put("costToDate", text(entry.gross().cost().outcomeToDate()));
    values.put("costForecast", text(entry.gross().cost().forecast()));
    values.put("profile", profileText(entry.periodisation()));
    return new Entry(area, line.name(), loaded.stored().lockVersion(), values, Map.of(), null);
  }

  private static String text(BigDecimal value) {
    return value == null ? "" : SwedishNumbers.format(value).replace('\u00a0', ' ');
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
