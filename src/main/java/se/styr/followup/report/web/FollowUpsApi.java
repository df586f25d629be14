package se.styr.followup.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styr.followup.AreaEconomy;
import se.styr.followup.BalanceMeasure;
import se.styr.followup.OccasionStatus;
import se.styr.followup.Periodisation;
import se.styr.followup.report.FollowUpReportFile;
import se.styr.followup.report.FollowUpStore;
import se.styr.followup.report.FollowUps;
import se.styr.shared.RuleViolation;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.shared.file.TextFiles;
import se.styr.version.Decision;
import se.styr.version.PlanAccess;
import se.styr.web.LockVersions;

/**
 * The follow-up of a decided plan version: its occasions, a report imported as a file, each report
 * with its economy computed (ETag: the lock version to send back in If-Match), an area's entry, and
 * the occasion's steps (reported to the committee, closed). The public sees reported and closed
 * occasions only.
 */
@RestController
@RequestMapping("/api/plans/{planId}/versions/{number}/follow-ups")
@Tag(
    name = "Follow-up",
    description = "Follow-up occasions of a decided plan: economy per area, progress, report files")
class FollowUpsApi {
  private static final String YAML = "application/yaml";
  private final FollowUps followUps;
  private final PlanAccess access;

  FollowUpsApi(FollowUps followUps, PlanAccess access) {
    this.followUps = followUps;
    this.access = access;
  }

  /** An occasion in a list. */
  record OccasionJson(long id, String key, int reportVersion, String title, String status) {}

  /** Where a stored report is. */
  record Imported(long id, String address) {}

  /** One area's entry: every figure in the plan's unit; a null figure is not given. */
  record AreaEntry(
      BigDecimal budget,
      List<BigDecimal> profile,
      BigDecimal outcomeToDate,
      BigDecimal outcomeToDateLastYear,
      BigDecimal outcomeLastYear,
      BigDecimal forecast,
      BigDecimal previousForecast,
      String comment,
      List<Measure> measures,
      Gross revenue,
      Gross cost) {}

  /**
   * Gross revenue or cost: full-year budget (where it differs from the plan's), to date, forecast.
   */
  record Gross(BigDecimal budget, BigDecimal outcomeToDate, BigDecimal forecast) {
    se.styr.followup.GrossEconomy.Figures figures() {
      return new se.styr.followup.GrossEconomy.Figures(budget, outcomeToDate, forecast);
    }
  }

  /** A measure to restore balance. */
  record Measure(
      String description, BigDecimal amount, String owner, LocalDate due, String status) {}

  /** The next step: REPORTED (with the committee's decision) or CLOSED. */
  record Step(OccasionStatus status, LocalDate date, String paragraph, String dnr, String body) {}

  @GetMapping
  @Operation(summary = "The version's follow-up occasions (the public: reported and closed ones)")
  List<OccasionJson> occasions(@PathVariable long planId, @PathVariable int number) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    boolean all = !access.caller().isAnonymous();
    return followUps.occasions(version.versionId()).stream()
        .filter(o -> all || o.status() != OccasionStatus.OPEN)
        .map(
            o -> new OccasionJson(o.id(), o.key(), o.reportVersion(), o.title(), o.status().name()))
        .toList();
  }

  @PostMapping(consumes = {YAML, "application/x-yaml", "text/yaml"})
  @Operation(
      summary =
          "Import a follow-up report (YAML, docs/followup-format.md) of this decided version; all"
              + " of it is stored or, with a 400 listing every problem by line, nothing")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      content = @Content(mediaType = YAML, schema = @Schema(type = "string")))
  ResponseEntity<Imported> importReport(
      @PathVariable long planId, @PathVariable int number, InputStream body) throws IOException {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    String text = TextFiles.utf8("upload", body.readAllBytes());
    FollowUpStore.StoredOccasion stored =
        followUps.importReport(
            planId,
            version.versionId(),
            version.decided(),
            "upload",
            text,
            access.caller().actor());
    String address = "/api/plans/" + planId + "/versions/" + number + "/follow-ups/" + stored.id();
    return ResponseEntity.created(URI.create(address)).body(new Imported(stored.id(), address));
  }

  @GetMapping("/{id}")
  @Operation(summary = "A report with its economy computed; its ETag is the lock version")
  ResponseEntity<ReportJson> report(
      @PathVariable long planId, @PathVariable int number, @PathVariable long id) {
    return response(visible(planId, number, id));
  }

  @GetMapping(value = "/{id}/file", produces = YAML)
  @Operation(summary = "The report as a follow-up report file (styr-followup/1)")
  ResponseEntity<String> file(
      @PathVariable long planId, @PathVariable int number, @PathVariable long id) {
    FollowUps.Loaded loaded = visible(planId, number, id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(YAML + ";charset=UTF-8"))
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + loaded.report().occasion().key() + ".yaml\"")
        .body(FollowUpReportFile.write(loaded.report()));
  }

  @PutMapping("/{id}/areas/{area}")
  @Operation(
      summary =
          "An area's entry of an open occasion (If-Match required): 422 names what is wrong, 409"
              + " a stale lock version (saying who changed it) or an occasion no longer open")
  ResponseEntity<ReportJson> area(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @PathVariable String area,
      @RequestBody AreaEntry body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    if (!access.caller().canChangeArea(version.scope(), area)) {
      throw StyrException.forbidden(Text.of("followup.error.area", area));
    }
    int lock = LockVersions.fromIfMatch(ifMatch);
    AreaEconomy entry = RuleViolation.whenBuilding(() -> entry(area, body));
    return response(
        followUps.saveArea(version.versionId(), id, entry, lock, access.caller().actor()));
  }

  /**
   * An indicator's value for a period: a number ({@code value}), a yes or no or a count out of a
   * set ({@code answer}: true, false, ja, nej, "3/5", "3 av 5"), or missing with its reason.
   */
  record IndicatorValueEntry(
      BigDecimal value,
      String answer,
      String printed,
      Boolean missing,
      String reason,
      String source,
      LocalDate measuredOn) {}

  /** The entry's number, or its answer read as a yes or no or a count out of a set. */
  private static se.styr.goals.Quantity indicatorValue(IndicatorValueEntry body) {
    if (body.answer() == null) {
      return body.value() == null ? null : new se.styr.goals.Quantity.Amount(body.value());
    }
    if (body.value() != null) {
      throw new se.styr.shared.InvalidValueException(
          Text.of("followup.error.valueAndAnswer", body.answer()));
    }
    return se.styr.goals.Quantity.parse(body.answer())
        .filter(q -> !(q instanceof se.styr.goals.Quantity.Amount))
        .orElseThrow(
            () ->
                new se.styr.shared.InvalidValueException(
                    Text.of("followup.error.answer", body.answer())));
  }

  @PutMapping("/{id}/indicators/{indicator}/{period}")
  @Operation(
      summary =
          "An indicator's value for a period of an open occasion (If-Match required): 422 names an"
              + " unknown indicator or a period outside the occasion, 409 a stale lock version")
  ResponseEntity<ReportJson> indicator(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @PathVariable String indicator,
      @PathVariable String period,
      @RequestBody IndicatorValueEntry body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    String goal =
        followUps.plan(version.versionId()).goals().indicators().stream()
            .filter(i -> i.key().equals(indicator))
            .map(se.styr.goals.Indicator::goal)
            .findFirst()
            .orElse(null);
    if (!access.caller().canChangeGoal(version.scope(), goal)) {
      throw StyrException.forbidden(Text.of("followup.error.indicator", indicator));
    }
    int lock = LockVersions.fromIfMatch(ifMatch);
    se.styr.followup.report.IndicatorEntry entry =
        RuleViolation.whenBuilding(
            () ->
                new se.styr.followup.report.IndicatorEntry(
                    indicator,
                    period,
                    body.printed(),
                    indicatorValue(body),
                    Boolean.TRUE.equals(body.missing()),
                    body.reason(),
                    body.source(),
                    body.measuredOn()));
    return response(
        followUps.saveIndicator(version.versionId(), id, entry, lock, access.caller().actor()));
  }

  /** A control's result: performed or not, its outcome, what was found, and the actions. */
  record ControlEntry(
      Boolean performed, String outcome, String found, List<ControlAction> actions) {}

  /** An action after a control. */
  record ControlAction(String description, String owner, LocalDate due) {}

  @PutMapping("/{id}/controls/{control}")
  @Operation(
      summary =
          "A control's result at an open occasion that covers internal control (If-Match"
              + " required; a controller): 422 names an unknown control or a missing finding, 409 a"
              + " stale lock version")
  ResponseEntity<ReportJson> control(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @PathVariable String control,
      @RequestBody ControlEntry body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    int lock = LockVersions.fromIfMatch(ifMatch);
    se.styr.followup.ControlResult result =
        RuleViolation.whenBuilding(
            () ->
                new se.styr.followup.ControlResult(
                    control,
                    !Boolean.FALSE.equals(body.performed()),
                    outcome(body.outcome()),
                    body.found(),
                    body.actions() == null
                        ? List.of()
                        : body.actions().stream()
                            .map(
                                a ->
                                    new se.styr.followup.ControlResult.Action(
                                        a.description(), a.owner(), a.due()))
                            .toList()));
    return response(
        followUps.saveControl(version.versionId(), id, result, lock, access.caller().actor()));
  }

  /** An investment project's entry, in the investment budget's unit; null is not given. */
  record ProjectEntry(
      BigDecimal budget, BigDecimal outcomeToDate, BigDecimal forecast, String comment) {}

  @PutMapping("/{id}/investments/{project}")
  @Operation(
      summary =
          "An investment project's outcome to date, forecast and comment at an open occasion that"
              + " covers the economy (If-Match required; a controller): 422 names a project the"
              + " plan's investment budget does not have, 409 a stale lock version")
  ResponseEntity<ReportJson> project(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @PathVariable String project,
      @RequestBody ProjectEntry body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    int lock = LockVersions.fromIfMatch(ifMatch);
    se.styr.followup.ProjectEconomy entry =
        RuleViolation.whenBuilding(
            () ->
                new se.styr.followup.ProjectEconomy(
                    project,
                    null,
                    body.budget(),
                    body.outcomeToDate(),
                    body.forecast(),
                    body.comment()));
    return response(
        followUps.saveProject(version.versionId(), id, entry, lock, access.caller().actor()));
  }

  /**
   * A budget change decided during the year: money to an area, from one, or between two; {@code
   * kind} (optional) is volume, price, frame_change, frame_transfer or reallocation.
   */
  record BudgetChangeEntry(
      String from,
      String to,
      BigDecimal amount,
      LocalDate decided,
      String paragraph,
      String reason,
      String kind) {}

  @PutMapping("/{id}/budget-changes")
  @Operation(
      summary =
          "The budget changes decided during the year, all of them, at an open occasion that"
              + " covers the economy (If-Match required; a controller): the areas' full-year"
              + " budgets become the plan's with them; 422 names an area the plan does not have, a"
              + " decision after the occasion's period or a change without its reason")
  ResponseEntity<ReportJson> budgetChanges(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestBody List<BudgetChangeEntry> body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    int lock = LockVersions.fromIfMatch(ifMatch);
    List<se.styr.followup.BudgetChange> changes =
        RuleViolation.whenBuilding(
            () ->
                (body == null ? List.<BudgetChangeEntry>of() : body)
                    .stream()
                        .map(
                            c ->
                                new se.styr.followup.BudgetChange(
                                    c.from(),
                                    c.to(),
                                    c.amount(),
                                    c.decided(),
                                    c.paragraph(),
                                    c.reason(),
                                    se.styr.followup.BudgetChange.Kind.of(c.kind())))
                        .toList());
    return response(
        followUps.saveBudgetChanges(
            version.versionId(), id, changes, lock, access.caller().actor()));
  }

  /** An operational measure's count for a period: a number, or missing with its reason. */
  record CountEntry(BigDecimal value, Boolean missing, String reason) {}

  @PutMapping("/{id}/operational-measures/{measure}/{period}")
  @Operation(
      summary =
          "An operational measure's count (verksamhetsmått) for a period of an open occasion"
              + " (If-Match required; a controller): 422 names a measure the plan does not count or"
              + " a period outside the occasion")
  ResponseEntity<ReportJson> count(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @PathVariable String measure,
      @PathVariable String period,
      @RequestBody CountEntry body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    int lock = LockVersions.fromIfMatch(ifMatch);
    se.styr.followup.MeasureCount count =
        RuleViolation.whenBuilding(
            () ->
                new se.styr.followup.MeasureCount(
                    measure,
                    period,
                    body.value(),
                    Boolean.TRUE.equals(body.missing()),
                    body.reason()));
    return response(
        followUps.saveCount(version.versionId(), id, count, lock, access.caller().actor()));
  }

  /** A private provider's follow-up: what was checked, the outcome, the deviations found. */
  record ProviderEntry(String what, String outcome, String deviations) {}

  @PutMapping("/{id}/providers/{provider}/{checked}")
  @Operation(
      summary =
          "The follow-up of a private provider on a day within an open occasion (If-Match"
              + " required; a controller): 422 names a provider the plan does not follow up, a day"
              + " outside the occasion or deviations not described")
  ResponseEntity<ReportJson> provider(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @PathVariable String provider,
      @PathVariable LocalDate checked,
      @RequestBody ProviderEntry body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    int lock = LockVersions.fromIfMatch(ifMatch);
    se.styr.followup.ProviderResult result =
        RuleViolation.whenBuilding(
            () ->
                new se.styr.followup.ProviderResult(
                    provider, checked, body.what(), outcome(body.outcome()), body.deviations()));
    return response(
        followUps.saveProvider(version.versionId(), id, result, lock, access.caller().actor()));
  }

  private static se.styr.followup.ControlResult.Outcome outcome(String word) {
    return word == null
        ? null
        : se.styr.shared.FileWords.parse(se.styr.followup.ControlResult.Outcome.class, word)
            .orElseThrow(
                () ->
                    new se.styr.shared.InvalidValueException(
                        Text.of("followup.error.outcome", word)));
  }

  /** Where a commitment stands: planned, ongoing, done, postponed or cancelled, and a comment. */
  record CommitmentStatusEntry(String status, String comment) {}

  @PutMapping("/{id}/commitments/{kind}/{key}")
  @Operation(
      summary =
          "Where an activity, assignment, priority direction or action plan item (kind activity,"
              + " assignment, direction or action_item; an item's key is plan/item, its slash as"
              + " %2F) stands at an open occasion that covers the goals (If-Match required): 422"
              + " names one the plan does not have or a postponement without its reason")
  ResponseEntity<ReportJson> commitment(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @PathVariable String kind,
      @PathVariable String key,
      @RequestBody CommitmentStatusEntry body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    se.styr.followup.CommitmentEntry entry =
        RuleViolation.whenBuilding(() -> commitment(kind, key, body));
    if (!access.caller().canChangeGoal(version.scope(), goalOf(version, entry))) {
      throw StyrException.forbidden(Text.of("followup.error.commitment", entry.path()));
    }
    int lock = LockVersions.fromIfMatch(ifMatch);
    return response(
        followUps.saveCommitment(version.versionId(), id, entry, lock, access.caller().actor()));
  }

  /** The goal a commitment serves (an activity's or action plan's), or null: a controller's. */
  private String goalOf(PlanAccess.VisibleVersion version, se.styr.followup.CommitmentEntry entry) {
    return FollowUps.goalOf(followUps.plan(version.versionId()), entry);
  }

  private static se.styr.followup.CommitmentEntry commitment(
      String kind, String key, CommitmentStatusEntry body) {
    se.styr.followup.CommitmentEntry.Kind parsed =
        se.styr.shared.FileWords.parse(se.styr.followup.CommitmentEntry.Kind.class, kind)
            .orElseThrow(
                () ->
                    new se.styr.shared.InvalidValueException(
                        Text.of(
                            "followup.error.commitmentKind",
                            kind,
                            se.styr.shared.FileWords.all(
                                se.styr.followup.CommitmentEntry.Kind.class))));
    se.styr.shared.Status status =
        body.status() == null
            ? null
            : se.styr.shared.FileWords.parse(se.styr.shared.Status.class, body.status())
                .orElseThrow(
                    () ->
                        new se.styr.shared.InvalidValueException(
                            Text.of(
                                "followup.error.commitmentStatus",
                                body.status(),
                                se.styr.shared.FileWords.all(se.styr.shared.Status.class))));
    return new se.styr.followup.CommitmentEntry(parsed, key, status, body.comment());
  }

  /**
   * A person's assessment: met, partly_met, not_met or not_assessed, why, and the day (today if not
   * given).
   */
  record AssessmentEntry(String result, String justification, LocalDate date) {}

  @PutMapping("/{id}/assessments/{kind}/{key}")
  @Operation(
      summary =
          "A person's assessment of a goal or indicator (kind goal or indicator) for the occasion's"
              + " year, in place of the computed one, at an open occasion that covers the goals"
              + " (If-Match required): 422 names one the plan does not have or an assessment"
              + " without its justification")
  ResponseEntity<ReportJson> assessment(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @PathVariable String kind,
      @PathVariable String key,
      @RequestBody AssessmentEntry body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    FollowUps.Loaded loaded = followUps.load(version.versionId(), id);
    se.styr.goals.ManualAssessment made =
        RuleViolation.whenBuilding(
            () ->
                assessment(
                    kind,
                    key,
                    body,
                    loaded.report().occasion().year(),
                    access.caller().displayName()));
    if (!access.caller().canChangeGoal(version.scope(), FollowUps.goalOf(loaded.plan(), made))) {
      throw StyrException.forbidden(Text.of("followup.error.assessment", key));
    }
    int lock = LockVersions.fromIfMatch(ifMatch);
    return response(
        followUps.saveAssessment(version.versionId(), id, made, lock, access.caller().actor()));
  }

  private static se.styr.goals.ManualAssessment assessment(
      String kind, String key, AssessmentEntry body, int year, String by) {
    if (!kind.equals("goal") && !kind.equals("indicator")) {
      throw new se.styr.shared.InvalidValueException(
          Text.of("followup.error.assessmentKind", kind));
    }
    se.styr.goals.Result result =
        se.styr.goals.Result.parseManual(body.result())
            .orElseThrow(
                () ->
                    new se.styr.shared.InvalidValueException(
                        Text.of("followup.error.assessmentResult", String.valueOf(body.result()))));
    return new se.styr.goals.ManualAssessment(
        key,
        kind.equals("indicator"),
        year,
        result,
        by,
        body.date() == null ? LocalDate.now() : body.date(),
        body.justification());
  }

  /** Why a closed report is corrected. */
  record Correction(String reason) {}

  @PostMapping("/{id}/corrections")
  @Operation(
      summary =
          "Correct a closed report: a new report version of the occasion with the same entries,"
              + " open again, with the reason (required, 422 without); the closed version stays"
              + " as it was. 409 for an occasion not closed or not the latest version")
  ResponseEntity<Imported> correct(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestBody Correction body) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    FollowUpStore.StoredOccasion stored =
        followUps.correct(planId, version.versionId(), id, body.reason(), access.caller().actor());
    String address = "/api/plans/" + planId + "/versions/" + number + "/follow-ups/" + stored.id();
    return ResponseEntity.created(URI.create(address)).body(new Imported(stored.id(), address));
  }

  @PostMapping("/{id}/status")
  @Operation(
      summary =
          "The occasion's next step (If-Match required): REPORTED with the committee's decision,"
              + " then CLOSED, after which nothing of it changes")
  ResponseEntity<ReportJson> step(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long id,
      @RequestBody Step body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    int lock = LockVersions.fromIfMatch(ifMatch);
    if (body.status() == null) {
      throw StyrException.rule(Text.of("followup.error.noStep"));
    }
    Decision decision =
        body.date() == null
            ? null
            : new Decision(body.date(), body.paragraph(), body.dnr(), body.body(), List.of(), null);
    return response(
        followUps.advance(
            version.versionId(), id, body.status(), decision, lock, access.caller().actor()));
  }

  private FollowUps.Loaded visible(long planId, int number, long id) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    FollowUps.Loaded loaded = followUps.load(version.versionId(), id);
    if (access.caller().isAnonymous() && loaded.report().status() == OccasionStatus.OPEN) {
      throw StyrException.notFound(Text.of("followup.store.noOccasion", id));
    }
    return loaded;
  }

  private static AreaEconomy entry(String area, AreaEntry body) {
    return new AreaEconomy(
        area,
        null,
        body.budget(),
        body.profile() == null ? null : new Periodisation.Profile(body.profile()),
        body.outcomeToDate(),
        body.outcomeToDateLastYear(),
        body.outcomeLastYear(),
        body.forecast(),
        body.previousForecast(),
        body.comment(),
        body.measures() == null
            ? List.of()
            : body.measures().stream()
                .map(
                    m ->
                        new BalanceMeasure(
                            m.description(),
                            m.amount(),
                            m.owner(),
                            m.due(),
                            m.status() == null ? null : status(m.status())))
                .toList(),
        new se.styr.followup.GrossEconomy(
            body.revenue() == null ? null : body.revenue().figures(),
            body.cost() == null ? null : body.cost().figures()));
  }

  private static BalanceMeasure.Status status(String word) {
    return se.styr.shared.FileWords.parse(BalanceMeasure.Status.class, word)
        .orElseThrow(
            () ->
                new se.styr.shared.InvalidValueException(
                    Text.of(
                        "followup.error.measureStatus",
                        word,
                        se.styr.shared.FileWords.all(BalanceMeasure.Status.class))));
  }

  private static ResponseEntity<ReportJson> response(FollowUps.Loaded loaded) {
    return ResponseEntity.ok()
        .eTag(LockVersions.etag(loaded.stored().lockVersion()))
        .body(ReportJson.of(loaded));
  }
}
