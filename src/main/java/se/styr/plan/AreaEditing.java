package se.styr.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import se.styr.organisation.AreaEvent;
import se.styr.organisation.Committee;
import se.styr.organisation.OperationalArea;
import se.styr.organisation.OrganisationStore;
import se.styr.security.AuditLog;
import se.styr.security.Caller;
import se.styr.shared.InvalidValueException;
import se.styr.shared.RuleProblem;
import se.styr.shared.RuleViolation;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.VersionSummary;
import se.styr.version.Versions;

/**
 * A draft's operational areas changed in the browser (issue 16): added, renamed (the former name
 * kept as the year's event, so that history stays comparable), moved up or down, removed. Each
 * change is checked with the whole plan by the same rules as a plan file ({@link PlanRules}): an
 * area a table row, a goal or the ledger mapping still names cannot go. Only whoever manages the
 * plan changes its areas; every change is audited.
 */
@Component
public class AreaEditing {
  private final PlanStore plans;
  private final Versions versions;
  private final OrganisationStore organisation;
  private final AuditLog audit;
  private final TransactionOperations transactions;

  public AreaEditing(
      PlanStore plans,
      Versions versions,
      OrganisationStore organisation,
      AuditLog audit,
      TransactionOperations transactions) {
    this.plans = plans;
    this.versions = versions;
    this.organisation = organisation;
    this.audit = audit;
    this.transactions = transactions;
  }

  /** Adds an area named {@code name} last (its key made from the name); answers the key. */
  public String add(long planId, int number, String name, Caller caller) {
    return add(planId, number, name, null, true, caller);
  }

  /**
   * Adds an area named {@code name} last with key {@code wanted} (blank: made from the name);
   * {@code created}: new from the budget year (recorded as the year's event), else an area the
   * committee already has, entered in the plan. Answers the key.
   */
  public String add(
      long planId, int number, String name, String wanted, boolean created, Caller caller) {
    String[] key = new String[1];
    change(
        planId,
        number,
        caller,
        Text.of("plan.areas.added", name == null ? "" : name.strip()),
        (plan, areas) -> {
          String clean = name == null ? "" : name.strip();
          if (clean.isEmpty()) {
            throw new InvalidValueException(Text.of("plan.areas.noName"));
          }
          Set<String> taken = areas.stream().map(OperationalArea::key).collect(Collectors.toSet());
          String own = wanted == null ? "" : wanted.strip();
          if (!own.isEmpty() && !own.matches("[A-Za-z0-9_][A-Za-z0-9_\\-]{0,79}")) {
            // as the plan file's reader takes an area's key
            throw new InvalidValueException(Text.of("plan.areas.badKey", own));
          }
          if (!own.isEmpty() && taken.contains(own)) {
            throw new InvalidValueException(Text.of("plan.areas.keyTaken", own));
          }
          String base = own.isEmpty() ? Committee.slug(clean) : own;
          if (base.isEmpty()) {
            base = "omrade";
          }
          String candidate = base;
          for (int i = 2; taken.contains(candidate); i++) {
            candidate = base + "-" + i;
          }
          key[0] = candidate;
          areas.add(
              new OperationalArea(
                  candidate,
                  clean,
                  null,
                  false,
                  null,
                  null,
                  created
                      ? List.of(
                          new AreaEvent(
                              plan.header().period().budgetYear(),
                              AreaEvent.Type.CREATED,
                              List.of(),
                              null,
                              null))
                      : List.of()));
        });
    return key[0];
  }

  /** Renames area {@code key}, keeping its former name as this year's event. */
  public void rename(long planId, int number, String key, String name, Caller caller) {
    change(
        planId,
        number,
        caller,
        Text.of("plan.areas.renamed", key, name == null ? "" : name.strip()),
        (plan, areas) -> {
          int at = index(areas, key);
          OperationalArea area = areas.get(at);
          String clean = name == null ? "" : name.strip();
          if (clean.isEmpty()) {
            throw new InvalidValueException(Text.of("plan.areas.noName"));
          }
          if (clean.equals(area.name())) {
            return;
          }
          List<AreaEvent> events = new ArrayList<>(area.events());
          events.add(
              new AreaEvent(
                  plan.header().period().budgetYear(),
                  AreaEvent.Type.RENAMED,
                  List.of(),
                  area.name(),
                  null));
          areas.set(
              at,
              new OperationalArea(
                  area.key(),
                  clean,
                  area.parent(),
                  area.group(),
                  area.validFrom(),
                  area.validTo(),
                  events));
        });
  }

  /** Moves area {@code key} one place up ({@code up}) or down. */
  public void move(long planId, int number, String key, boolean up, Caller caller) {
    change(
        planId,
        number,
        caller,
        Text.of(up ? "plan.areas.movedUp" : "plan.areas.movedDown", key),
        (plan, areas) -> {
          int at = index(areas, key);
          int to = up ? at - 1 : at + 1;
          if (to >= 0 && to < areas.size()) {
            areas.add(to, areas.remove(at));
          }
        });
  }

  /** Removes area {@code key}: refused, naming why, while anything of the plan names it. */
  public void remove(long planId, int number, String key, Caller caller) {
    change(
        planId,
        number,
        caller,
        Text.of("plan.areas.removed", key),
        (plan, areas) -> areas.remove(index(areas, key)));
  }

  /**
   * Closes area {@code key} at the turn of the budget year: its last year becomes the year before,
   * with the event said for the budget year. Its figures of earlier years stay as they are.
   */
  public void close(long planId, int number, String key, Caller caller) {
    change(
        planId,
        number,
        caller,
        Text.of("plan.areas.closed", key),
        (plan, areas) -> closeIn(plan, areas, key));
  }

  /**
   * Merges area {@code key} into area {@code into} at the turn of the budget year: {@code key}
   * closes, {@code into} records that it was merged of it, so that {@code into}'s history in
   * earlier years counts {@code key}'s figures (comparable over the reorganisation).
   */
  public void merge(long planId, int number, String key, String into, Caller caller) {
    change(
        planId,
        number,
        caller,
        Text.of("plan.areas.merged", key, into == null ? "" : into),
        (plan, areas) -> {
          if (into == null || into.isBlank() || into.equals(key)) {
            throw new InvalidValueException(Text.of("plan.areas.mergeInto", key));
          }
          int target = index(areas, into);
          int year = plan.header().period().budgetYear();
          OperationalArea receiver = areas.get(target);
          if (!receiver.isValidIn(year)) {
            throw new InvalidValueException(Text.of("plan.areas.notValid", into, year));
          }
          closeIn(plan, areas, key);
          List<AreaEvent> events = new ArrayList<>();
          boolean added = false;
          for (AreaEvent event : receiver.events()) {
            if (!added && event.year() == year && event.type() == AreaEvent.Type.MERGED) {
              List<String> from = new ArrayList<>(event.from());
              from.add(key);
              events.add(new AreaEvent(year, AreaEvent.Type.MERGED, from, null, event.note()));
              added = true;
            } else {
              events.add(event);
            }
          }
          if (!added) {
            events.add(new AreaEvent(year, AreaEvent.Type.MERGED, List.of(key), null, null));
          }
          areas.set(target, withEvents(receiver, receiver.validTo(), events));
        });
  }

  private static void closeIn(PlanDocument plan, List<OperationalArea> areas, String key) {
    int at = index(areas, key);
    OperationalArea area = areas.get(at);
    int year = plan.header().period().budgetYear();
    if (!area.isValidIn(year)) {
      throw new InvalidValueException(Text.of("plan.areas.notValid", key, year));
    }
    List<AreaEvent> events = new ArrayList<>(area.events());
    events.add(new AreaEvent(year, AreaEvent.Type.CLOSED, List.of(), null, null));
    areas.set(at, withEvents(area, year - 1, events));
  }

  private static OperationalArea withEvents(
      OperationalArea area, Integer validTo, List<AreaEvent> events) {
    return new OperationalArea(
        area.key(), area.name(), area.parent(), area.group(), area.validFrom(), validTo, events);
  }

  private static int index(List<OperationalArea> areas, String key) {
    for (int i = 0; i < areas.size(); i++) {
      if (areas.get(i).key().equals(key)) {
        return i;
      }
    }
    throw StyrException.notFound(Text.of("plan.areas.noArea", key));
  }

  /** What a change does to the areas (a copy it may change). */
  private interface Change {
    void apply(PlanDocument plan, List<OperationalArea> areas);
  }

  /**
   * Undoes area change {@code change}, audit entry {@code entryId}: the areas back as they were, if
   * they still are as the change left them (else 409: changed since).
   */
  public void undo(
      long planId,
      int number,
      se.styr.organisation.AreaChange undone,
      long entryId,
      Caller caller) {
    change(
        planId,
        number,
        caller,
        Text.of("plan.areas.undone", entryId),
        (plan, areas) -> {
          if (!plan.areas().equals(undone.after())) {
            throw StyrException.conflict(Text.of("plan.areas.changedSince"));
          }
          areas.clear();
          areas.addAll(undone.before());
        },
        entryId);
  }

  private void change(long planId, int number, Caller caller, Text what, Change change) {
    change(planId, number, caller, what, change, null);
  }

  private void change(
      long planId, int number, Caller caller, Text what, Change change, Long undoes) {
    transactions.executeWithoutResult(
        status -> {
          VersionSummary version = versions.writable(planId, number);
          if (!caller.canManage(versions.scope(planId))) {
            throw StyrException.forbidden(Text.of("plan.areas.forbidden"));
          }
          PlanDocument plan = plans.load(version.versionId());
          List<OperationalArea> areas = new ArrayList<>(plan.areas());
          try {
            change.apply(plan, areas);
          } catch (InvalidValueException e) {
            throw StyrException.rule(InvalidValueException.textOf(e));
          }
          PlanDocument changed =
              new PlanDocument(
                  plan.municipality(),
                  plan.committee(),
                  plan.header(),
                  plan.version(),
                  areas,
                  plan.content(),
                  plan.textFigures(),
                  plan.goals(),
                  plan.savingsMeasures(),
                  plan.followUp());
          // only what the change brings: a draft's own standing problems are not its fault
          Set<String> standing =
              PlanRules.check(plan).stream().map(AreaEditing::said).collect(Collectors.toSet());
          List<RuleProblem> problems =
              PlanRules.check(changed).stream().filter(p -> !standing.contains(said(p))).toList();
          if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
          }
          organisation.replaceAreas(version.versionId(), areas);
          audit.record(
              caller.actor(),
              planId,
              number,
              undoes == null ? "AREAS_CHANGED" : "AREAS_UNDONE",
              what.swedish(),
              names(plan.areas()),
              names(areas),
              new se.styr.organisation.AreaChange(plan.areas(), areas).target(),
              undoes);
        });
  }

  private static String said(RuleProblem problem) {
    return problem.table()
        + "|"
        + problem.row()
        + "|"
        + problem.column()
        + "|"
        + problem.field()
        + "|"
        + problem.text();
  }

  private static String names(List<OperationalArea> areas) {
    return areas.stream().map(OperationalArea::name).collect(Collectors.joining(", "));
  }
}
