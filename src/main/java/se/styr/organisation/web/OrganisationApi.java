package se.styr.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styr.organisation.Committee;
import se.styr.organisation.Municipality;
import se.styr.organisation.MunicipalityCodes;
import se.styr.organisation.OrganisationStore;
import se.styr.security.AuditLog;
import se.styr.security.Caller;
import se.styr.security.CurrentCaller;
import se.styr.security.PlanScope;
import se.styr.shared.ErrorCode;
import se.styr.shared.RuleViolation;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.shared.TextLengths;

/** Municipalities and their committees; changed only by those who manage them, and audited. */
@RestController
@RequestMapping("/api")
@Tag(name = "Organisation", description = "Municipalities and committees")
class OrganisationApi {
  private static final Pattern COMMITTEE_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private final OrganisationStore store;
  private final CurrentCaller callers;
  private final AuditLog audit;
  private final TransactionOperations transactions;

  OrganisationApi(
      OrganisationStore store,
      CurrentCaller callers,
      AuditLog audit,
      TransactionOperations transactions) {
    this.store = store;
    this.callers = callers;
    this.audit = audit;
    this.transactions = transactions;
  }

  record MunicipalityName(String name) {}

  record CommitteeJson(long id, String municipalityCode, String key, String name) {
    static CommitteeJson of(OrganisationStore.StoredCommittee committee) {
      return new CommitteeJson(
          committee.id(),
          committee.municipalityCode(),
          committee.committee().key(),
          committee.committee().name());
    }
  }

  record NewCommittee(String name, String key) {}

  @GetMapping("/municipalities")
  @Operation(summary = "All municipalities")
  List<Municipality> municipalities() {
    return store.municipalities();
  }

  @GetMapping("/municipalities/{code}")
  @Operation(summary = "One municipality by its four-digit SCB code")
  Municipality municipality(@PathVariable String code) {
    return store
        .municipality(code)
        .orElseThrow(
            () -> StyrException.notFound(Text.of("organisation.error.noMunicipality", code)));
  }

  @PutMapping("/municipalities/{code}")
  @Operation(summary = "Add a municipality, or rename it")
  Municipality saveMunicipality(@PathVariable String code, @RequestBody MunicipalityName body) {
    Municipality municipality =
        RuleViolation.whenBuilding(
            () -> new Municipality(code, body.name() == null ? "" : body.name()));
    refuseTooLong(new TextLengths().check(municipality.name(), TextLengths.NAME, "name"));
    if (Municipality.isValidCode(code) && !MunicipalityCodes.isKnown(code)) {
      throw StyrException.rule(
          Text.of("organisation.error.unknownCode", code, MunicipalityCodes.count()));
    }
    if (Municipality.isOwnKey(code) && store.municipality(code).isEmpty()) {
      throw StyrException.rule(Text.of("organisation.error.ownKey", code));
    }
    // Whoever manages all of the municipality (a new one: the installation's administrators).
    Caller caller =
        requireManager(new PlanScope(code, -1), Text.of("organisation.error.municipality", code));
    transactions.executeWithoutResult(
        status -> {
          String old = store.municipality(code).map(Municipality::name).orElse(null);
          store.saveMunicipality(municipality);
          audit.record(
              caller.actor(), null, null, "MUNICIPALITY_SAVED", code, old, municipality.name());
        });
    return municipality;
  }

  @GetMapping("/municipalities/{code}/committees")
  @Operation(summary = "The committees of a municipality")
  List<CommitteeJson> committees(@PathVariable String code) {
    municipality(code);
    return store.committees(code).stream().map(CommitteeJson::of).toList();
  }

  @PostMapping("/municipalities/{code}/committees")
  @Operation(summary = "Add a committee to a municipality (or rename the one with the same key)")
  ResponseEntity<CommitteeJson> addCommittee(
      @PathVariable String code, @RequestBody NewCommittee body) {
    municipality(code);
    Committee committee =
        RuleViolation.whenBuilding(
            () -> new Committee(body.key(), body.name() == null ? "" : body.name()));
    refuseTooLong(
        new TextLengths()
            .check(committee.key(), TextLengths.KEY, "key")
            .check(committee.name(), TextLengths.NAME, "name"));
    if (!COMMITTEE_KEY.matcher(committee.key()).matches()) {
      throw StyrException.rule(Text.of("organisation.error.committeeKey", committee.key()));
    }
    Optional<OrganisationStore.StoredCommittee> existing =
        store.committees(code).stream()
            .filter(c -> c.committee().key().equals(committee.key()))
            .findFirst();
    // Renaming a committee is for its managers; adding one for the municipality's.
    Caller caller =
        requireManager(
            new PlanScope(code, existing.map(OrganisationStore.StoredCommittee::id).orElse(-1L)),
            Text.of("organisation.error.committee", committee.key(), code));
    long id =
        transactions.execute(
            status -> {
              long saved = store.saveCommittee(code, committee);
              audit.record(
                  caller.actor(),
                  null,
                  null,
                  "COMMITTEE_SAVED",
                  code + "/" + committee.key(),
                  existing.map(c -> c.committee().name()).orElse(null),
                  committee.name());
              return saved;
            });
    return ResponseEntity.created(URI.create("/api/committees/" + id))
        .body(new CommitteeJson(id, code, committee.key(), committee.name()));
  }

  private Caller requireManager(PlanScope scope, Text what) {
    Caller caller = callers.get();
    if (!caller.canManage(scope)) {
      throw new StyrException(ErrorCode.FORBIDDEN, Text.of("organisation.error.forbidden", what));
    }
    return caller;
  }

  @GetMapping("/committees/{id}")
  @Operation(summary = "One committee")
  CommitteeJson committee(@PathVariable long id) {
    return store
        .committee(id)
        .map(CommitteeJson::of)
        .orElseThrow(() -> StyrException.notFound(Text.of("organisation.error.noCommittee", id)));
  }

  private static void refuseTooLong(TextLengths lengths) {
    if (!lengths.problems().isEmpty()) {
      throw new RuleViolation(lengths.problems());
    }
  }
}
