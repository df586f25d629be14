package se.styr.followup.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styr.followup.CodePattern;
import se.styr.followup.LedgerMapping;
import se.styr.followup.LedgerRule;
import se.styr.followup.report.LedgerMappings;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.shared.InvalidValueException;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;
import se.styr.web.LockVersions;

/**
 * The ledger mapping of a plan's year (ADR 0015): read it, with where it came from, and change it
 * whole, naming the version read in If-Match (the plan file's mapping is version 0). The answer's
 * ETag is the version now.
 */
@RestController
@RequestMapping("/api/plans/{planId}/versions/{number}/ledger-mapping")
@Tag(name = "Follow-up")
class LedgerMappingApi {
  private final LedgerMappings mappings;
  private final PlanStore plans;
  private final PlanAccess access;

  LedgerMappingApi(LedgerMappings mappings, PlanStore plans, PlanAccess access) {
    this.mappings = mappings;
    this.plans = plans;
    this.access = access;
  }

  /**
   * The mapping and its version: {@code source} "plan_file" (version 0) or "changed" (by whom,
   * when, why).
   */
  record MappingJson(
      int version,
      String source,
      String changedBy,
      Instant changedAt,
      String reason,
      boolean demo,
      List<String> accounts,
      List<String> revenue,
      List<RuleJson> areas,
      List<RuleJson> projects) {}

  /** A rule: the area or project, its account patterns, its object patterns per dimension. */
  record RuleJson(String key, List<String> accounts, Map<String, List<String>> objects) {}

  /** A change: the whole mapping as it becomes, and why. */
  record ChangeJson(
      Boolean demo,
      List<String> accounts,
      List<String> revenue,
      List<RuleJson> areas,
      List<RuleJson> projects,
      String reason) {}

  @GetMapping
  @Operation(summary = "The ledger mapping ledger imports of the plan's year use now")
  ResponseEntity<MappingJson> get(@PathVariable long planId, @PathVariable int number) {
    PlanAccess.VisibleVersion version = ForecastWorkbookApi.signedIn(access, planId, number);
    LedgerMappings.Version current = mappings.current(planId, plans.load(version.versionId()));
    return ResponseEntity.ok().eTag(LockVersions.etag(current.version())).body(json(current));
  }

  @PutMapping
  @Operation(
      summary =
          "Change the ledger mapping of the plan's year (If-Match: the version read; 0 for the"
              + " plan file's). Checked whole: a pattern that is none, an area or project the"
              + " plan does not have is refused with 422 naming it; stored as the next version")
  ResponseEntity<MappingJson> put(
      @PathVariable long planId,
      @PathVariable int number,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody ChangeJson change) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    int read = LockVersions.fromIfMatch(ifMatch);
    PlanDocument plan = plans.load(version.versionId());
    LedgerMappings.Version saved =
        mappings.save(
            planId, plan, mapping(change), read, change.reason(), access.caller().actor());
    return ResponseEntity.ok().eTag(LockVersions.etag(saved.version())).body(json(saved));
  }

  private static LedgerMapping mapping(ChangeJson change) {
    return new LedgerMapping(
        Boolean.TRUE.equals(change.demo()),
        patterns("accounts", change.accounts()),
        patterns("revenue", change.revenue()),
        rules("areas", change.areas()),
        rules("projects", change.projects()));
  }

  private static List<LedgerRule> rules(String field, List<RuleJson> rules) {
    List<LedgerRule> read = new ArrayList<>();
    if (rules == null) {
      return read;
    }
    for (int i = 0; i < rules.size(); i++) {
      RuleJson rule = rules.get(i);
      String where = field + "[" + i + "]";
      if (rule == null || rule.key() == null || rule.key().isBlank()) {
        throw StyrException.rule(Text.of("ledger.mapping.apiNoKey", where));
      }
      Map<Integer, List<CodePattern>> objects = new java.util.TreeMap<>();
      if (rule.objects() != null) {
        for (Map.Entry<String, List<String>> entry : rule.objects().entrySet()) {
          if (entry.getKey() == null || !entry.getKey().matches("\\d{1,4}")) {
            throw StyrException.rule(Text.of("followup.ledger.dimension", entry.getKey()));
          }
          objects.put(
              Integer.valueOf(entry.getKey()),
              patterns(where + ".objects." + entry.getKey(), entry.getValue()));
        }
      }
      read.add(
          new LedgerRule(
              rule.key().strip(), patterns(where + ".accounts", rule.accounts()), objects));
    }
    return read;
  }

  private static List<CodePattern> patterns(String where, List<String> texts) {
    List<CodePattern> patterns = new ArrayList<>();
    if (texts == null) {
      return patterns;
    }
    for (String text : texts) {
      try {
        patterns.add(CodePattern.parse(text));
      } catch (InvalidValueException e) {
        throw StyrException.rule(Text.of("ledger.mapping.apiField", where, e.text()));
      }
    }
    return patterns;
  }

  private static MappingJson json(LedgerMappings.Version version) {
    LedgerMapping mapping = version.mapping();
    return new MappingJson(
        version.version(),
        version.fromPlanFile() ? "plan_file" : "changed",
        version.changedBy(),
        version.changedAt(),
        version.reason(),
        mapping.demo(),
        written(mapping.accounts()),
        written(mapping.revenue()),
        mapping.areas().stream().map(LedgerMappingApi::rule).toList(),
        mapping.projects().stream().map(LedgerMappingApi::rule).toList());
  }

  private static RuleJson rule(LedgerRule rule) {
    Map<String, List<String>> objects = new LinkedHashMap<>();
    rule.objects().forEach((d, p) -> objects.put(String.valueOf(d), written(p)));
    return new RuleJson(rule.key(), written(rule.accounts()), objects);
  }

  private static List<String> written(List<CodePattern> patterns) {
    return patterns.stream().map(CodePattern::written).toList();
  }
}
