package se.styr.organisation;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import se.styr.security.AuditLog;
import se.styr.security.Caller;
import se.styr.security.PlanScope;
import se.styr.shared.ErrorCode;
import se.styr.shared.RuleViolation;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.shared.TextLengths;

/**
 * Adding and renaming municipalities and committees, the same for the API and the administration
 * pages: a municipality by one of SCB's 290 codes (or a key of its own for an organisation that is
 * none), a committee by name with a readable key; each checked, done only by whoever manages what
 * it changes, and audited in the same transaction.
 */
@Component
public class Organisations {
  private static final Pattern COMMITTEE_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final OrganisationStore store;
  private final AuditLog audit;
  private final TransactionOperations transactions;

  public Organisations(
      OrganisationStore store, AuditLog audit, TransactionOperations transactions) {
    this.store = store;
    this.audit = audit;
    this.transactions = transactions;
  }

  /** Adds municipality {@code code} named {@code name}, or renames it. */
  public Municipality saveMunicipality(String code, String name, Caller caller) {
    String named = name == null ? "" : name;
    Municipality municipality = RuleViolation.whenBuilding(() -> new Municipality(code, named));
    refuseTooLong(new TextLengths().check(municipality.name(), TextLengths.NAME, "name"));
    if (Municipality.isValidCode(code) && !MunicipalityCodes.isKnown(code)) {
      throw StyrException.rule(
          Text.of("organisation.error.unknownCode", code, MunicipalityCodes.count()));
    }
    if (Municipality.isOwnKey(code) && store.municipality(code).isEmpty()) {
      throw StyrException.rule(Text.of("organisation.error.ownKey", code));
    }
    // Whoever manages all of the municipality (a new one: the installation's administrators).
    requireManager(
        caller, new PlanScope(code, -1), Text.of("organisation.error.municipality", code));
    transactions.executeWithoutResult(
        status -> {
          String old = store.municipality(code).map(Municipality::name).orElse(null);
          store.saveMunicipality(municipality);
          audit.record(
              caller.actor(), null, null, "MUNICIPALITY_SAVED", code, old, municipality.name());
        });
    return municipality;
  }

  /**
   * Adds a committee named {@code name} to municipality {@code code} ({@code key} blank: made from
   * the name), or renames the one with that key.
   */
  public OrganisationStore.StoredCommittee saveCommittee(
      String code, String key, String name, Caller caller) {
    if (store.municipality(code).isEmpty()) {
      throw StyrException.notFound(Text.of("organisation.error.noMunicipality", code));
    }
    Committee committee =
        RuleViolation.whenBuilding(
            () ->
                new Committee(key == null || key.isBlank() ? null : key, name == null ? "" : name));
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
    requireManager(
        caller,
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
    return new OrganisationStore.StoredCommittee(id, code, committee);
  }

  private static void requireManager(Caller caller, PlanScope scope, Text what) {
    if (!caller.canManage(scope)) {
      throw new StyrException(ErrorCode.FORBIDDEN, Text.of("organisation.error.forbidden", what));
    }
  }

  private static void refuseTooLong(TextLengths lengths) {
    if (!lengths.problems().isEmpty()) {
      throw new RuleViolation(lengths.problems());
    }
  }
}
