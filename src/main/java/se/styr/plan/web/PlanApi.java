package se.styr.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styr.checks.FindingJson;
import se.styr.organisation.OperationalArea;
import se.styr.organisation.Organisation;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanFileWriter;
import se.styr.plan.PlanStore;
import se.styr.shared.RuleViolation;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.shared.file.TextFiles;
import se.styr.version.Decision;
import se.styr.version.PlanAccess;
import se.styr.version.PlanSummary;
import se.styr.version.VersionSummary;
import se.styr.version.Versions;

/** Plans, their versions, decisions and revisions, plan files in and out, and findings. */
@RestController
@RequestMapping("/api")
@Tag(name = "Plans", description = "Committee plans, versions, plan files and findings")
class PlanApi {
  private static final String YAML = "application/yaml";
  private final PlanStore plans;
  private final Versions versions;
  private final PlanAccess access;

  PlanApi(PlanStore plans, Versions versions, PlanAccess access) {
    this.plans = plans;
    this.versions = versions;
    this.access = access;
  }

  record Imported(
      long planId, String planKey, int version, String address, List<FindingJson> findings) {}

  record PlanJson(PlanSummary plan, List<VersionSummary> versions) {}

  record DecisionRequest(
      LocalDate date,
      String paragraph,
      String dnr,
      String body,
      List<String> points,
      String note) {}

  record AreaJson(
      String key,
      String name,
      String parent,
      boolean group,
      Integer validFrom,
      Integer validTo,
      List<se.styr.organisation.AreaEvent> events,
      List<String> comparableWith) {}

  @GetMapping("/plans")
  @Operation(summary = "The plans the caller may see (the public: those with a decided version)")
  List<PlanSummary> plans() {
    return access.visiblePlans(versions.plans());
  }

  @GetMapping("/committees/{committeeId}/plans")
  @Operation(summary = "The plans of a committee")
  List<PlanSummary> plansOfCommittee(@PathVariable long committeeId) {
    return access.visiblePlans(versions.plansOfCommittee(committeeId));
  }

  // No text/plain: another site's form can post that (with a browser's cached Basic credentials),
  // not YAML.
  @PostMapping(
      value = "/plans",
      consumes = {YAML, "application/x-yaml", "text/yaml"})
  @Operation(
      summary =
          "Import a plan file (YAML, docs/plan-format.md); all of it is stored or, with a 400"
              + " listing every problem by line, nothing")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      content = @Content(mediaType = YAML, schema = @Schema(type = "string")))
  ResponseEntity<Imported> importPlan(InputStream body) throws IOException {
    // Whether the caller may import anything at all is known before the body is read; which
    // committee the file is for only after.
    access.requireSomeImport();
    String file = TextFiles.utf8("upload", body.readAllBytes());
    PlanDocument plan = PlanFileReader.read("upload", file);
    access.requireImport(plan.municipality(), plan.committee().key());
    PlanStore.StoredVersion stored = plans.store(plan, access.caller().actor());
    String address = "/api/plans/" + stored.planId() + "/versions/" + stored.number();
    return ResponseEntity.created(URI.create(address))
        .body(
            new Imported(
                stored.planId(),
                plan.planKey(),
                stored.number(),
                address,
                plan.findings().stream().map(FindingJson::of).toList()));
  }

  @GetMapping("/plans/{planId}")
  @Operation(summary = "A plan with its version history")
  PlanJson plan(@PathVariable long planId) {
    PlanAccess.VisiblePlan plan = access.plan(planId);
    return new PlanJson(plan.plan(), plan.versions());
  }

  @GetMapping("/plans/{planId}/versions/{number}")
  @Operation(
      summary =
          "One version of a plan: header, decisions, areas, text sections and the addresses of its"
              + " tables")
  VersionJson version(@PathVariable long planId, @PathVariable int number) {
    VersionSummary version = access.readable(planId, number).version();
    return VersionJson.of(planId, version, plans.load(version.versionId()));
  }

  @GetMapping(value = "/plans/{planId}/versions/{number}/file", produces = YAML)
  @Operation(summary = "Export a version as a plan file")
  ResponseEntity<String> export(@PathVariable long planId, @PathVariable int number) {
    PlanDocument plan = plans.load(access.readable(planId, number).versionId());
    String name = plan.planKey().replace('/', '-') + "-v" + number + ".yaml";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .contentType(MediaType.parseMediaType(YAML + ";charset=UTF-8"))
        .body(PlanFileWriter.write(plan));
  }

  @GetMapping("/plans/{planId}/versions/{number}/findings")
  @Operation(
      summary = "Every figure of the version that does not add up (ROUNDING, MISMATCH, UNIT)")
  List<FindingJson> findings(@PathVariable long planId, @PathVariable int number) {
    PlanDocument plan = plans.load(access.readable(planId, number).versionId());
    return plan.findings().stream().map(FindingJson::of).toList();
  }

  @GetMapping("/plans/{planId}/versions/{number}/areas")
  @Operation(
      summary =
          "The operational areas of a version; with ?year= only those valid that year, named as"
              + " then, and the areas their history comes from")
  List<AreaJson> areas(
      @PathVariable long planId,
      @PathVariable int number,
      @RequestParam(required = false) Integer year) {
    PlanDocument plan = plans.load(access.readable(planId, number).versionId());
    Organisation organisation = new Organisation(plan.areas());
    List<OperationalArea> areas = year == null ? organisation.all() : organisation.validIn(year);
    return areas.stream()
        .map(
            a ->
                new AreaJson(
                    a.key(),
                    year == null ? a.name() : a.nameIn(year),
                    a.parent(),
                    a.group(),
                    a.validFrom(),
                    a.validTo(),
                    a.events(),
                    year == null
                        ? List.of()
                        : List.copyOf(organisation.predecessorsIn(a.key(), year - 1))))
        .toList();
  }

  @PostMapping("/plans/{planId}/versions/{number}/decision")
  @Operation(
      summary =
          "Decide a draft version (date required; paragraph § and registration number dnr); it"
              + " never changes again")
  VersionJson decide(
      @PathVariable long planId, @PathVariable int number, @RequestBody DecisionRequest request) {
    if (request.date() == null) {
      throw StyrException.rule(Text.of("versions.error.decisionDate"));
    }
    VersionSummary version = access.manageable(planId, number).version();
    Decision decision =
        RuleViolation.whenBuilding(
            () ->
                new Decision(
                    request.date(),
                    request.paragraph(),
                    request.dnr(),
                    request.body(),
                    request.points(),
                    request.note()));
    plans.decide(version.versionId(), decision, access.caller().actor());
    return version(planId, number);
  }

  @PostMapping("/plans/{planId}/versions/{number}/revisions")
  @Operation(summary = "Start a new draft version from this one")
  ResponseEntity<VersionJson> revise(@PathVariable long planId, @PathVariable int number) {
    access.manageable(planId, number);
    PlanStore.StoredVersion revision = plans.revise(planId, number, access.caller().actor());
    return ResponseEntity.created(
            URI.create("/api/plans/" + planId + "/versions/" + revision.number()))
        .body(version(planId, revision.number()));
  }
}
