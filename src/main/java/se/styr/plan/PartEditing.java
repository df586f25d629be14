package se.styr.plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import se.styr.security.AuditLog;
import se.styr.security.Caller;
import se.styr.security.PlanScope;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.VersionSummary;
import se.styr.version.Versions;

/**
 * A draft's parts beside its tables and text (the goal chain, commitments, savings measures,
 * internal control, providers, operational measures) changed in the browser, one item at a time
 * ({@link PartEdits}): checked by the plan file's own reader and rules, stored as the version's
 * sections in one transaction with the version held, audited with the item before and after so that
 * the change can be undone. Whoever manages the plan changes every part; an editor changes the
 * items of the area or goal their grant names (savings measures, providers and measures of their
 * area; indicators and activities of their goal).
 */
@Component
public class PartEditing {
  /** The change log's word for a change of a part, and for its undoing. */
  public static final String CHANGED = "PART_CHANGED";

  public static final String UNDONE = "PART_UNDONE";

  private final PlanStore plans;
  private final Versions versions;
  private final AuditLog audit;
  private final TransactionOperations transactions;

  public PartEditing(
      PlanStore plans, Versions versions, AuditLog audit, TransactionOperations transactions) {
    this.plans = plans;
    this.versions = versions;
    this.audit = audit;
    this.transactions = transactions;
  }

  /** What an edit does to a plan, as {@link PartEdits} does it. */
  private interface Edit {
    PartEdits.Outcome apply(PlanDocument plan);
  }

  /**
   * Saves {@code typed} into the part {@code address} names (a new item for a list), if it is still
   * as the form showed it ({@code basis}; null: not checked); answers the outcome.
   */
  public PartEdits.Outcome save(
      long planId,
      int number,
      PartAddress address,
      Map<String, String> typed,
      String basis,
      Caller caller) {
    return change(
        planId,
        number,
        caller,
        address,
        "part.audit.saved",
        null,
        plan -> {
          String owner = address.kind().owner();
          PlanScope scope = versions.scope(planId);
          if (owner != null && !caller.canManage(scope)) {
            String typedOwner = typed.get(owner);
            if (owner.equals(PartForm.KEY) && (typedOwner == null || typedOwner.isBlank())) {
              typedOwner = address.last().selector();
            }
            if (!ownsValue(caller, scope, owner, typedOwner)) {
              throw StyrException.forbidden(Text.of("part.forbidden"));
            }
          }
          PartEdits.Outcome outcome = PartEdits.save(plan, address, typed);
          if (basis != null && !basis.equals(PartEdits.basis(outcome.change().before()))) {
            throw StyrException.conflict(Text.of("part.stale"));
          }
          return outcome;
        });
  }

  /** What saving would do, without storing anything: the problems it would meet, if any. */
  public Optional<PartProblems> check(
      long planId, int number, PartAddress address, Map<String, String> typed, Caller caller) {
    VersionSummary version = versions.writable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    try {
      PartEdits.Outcome outcome = PartEdits.save(plan, address, typed);
      allowed(caller, versions.scope(planId), plan, address, outcome.change());
      return Optional.empty();
    } catch (PartProblems problems) {
      return Optional.of(problems);
    }
  }

  public PartEdits.Outcome remove(long planId, int number, PartAddress address, Caller caller) {
    return change(
        planId,
        number,
        caller,
        address,
        "part.audit.removed",
        null,
        plan -> PartEdits.remove(plan, address));
  }

  public PartEdits.Outcome move(
      long planId, int number, PartAddress address, boolean up, Caller caller) {
    return change(
        planId,
        number,
        caller,
        address,
        up ? "part.audit.movedUp" : "part.audit.movedDown",
        null,
        plan -> PartEdits.move(plan, address, up));
  }

  /**
   * Replaces the item {@code address} names with what {@code replacement} makes of the plan as it
   * is now (e.g. an indicator linked to a KPI, or with values filled from it); audited as a change
   * of the part ({@code what}: the change log's text key, given the address), undoable like one.
   */
  public PartEdits.Outcome replace(
      long planId,
      int number,
      PartAddress address,
      String what,
      java.util.function.Function<PlanDocument, org.snakeyaml.engine.v2.nodes.Node> replacement,
      Caller caller) {
    return change(
        planId,
        number,
        caller,
        address,
        what,
        null,
        plan -> PartEdits.replace(plan, address, replacement.apply(plan)));
  }

  /** Undoes {@code change}, audit entry {@code entryId} (409 if the item changed since). */
  public void undo(long planId, int number, PartChange change, long entryId, Caller caller) {
    change(
        planId,
        number,
        caller,
        PartAddress.parse(change.list()),
        "part.audit.undone",
        entryId,
        plan -> PartEdits.undo(plan, change));
  }

  private PartEdits.Outcome change(
      long planId,
      int number,
      Caller caller,
      PartAddress address,
      String what,
      Long undoes,
      Edit edit) {
    return transactions.execute(
        status -> {
          VersionSummary version = versions.writable(planId, number);
          PlanScope scope = versions.scope(planId);
          if (!caller.canEditSomething(scope)
              || (address.kind().owner() == null
                  && ownedItem(address).isEmpty()
                  && !caller.canManage(scope))) {
            throw StyrException.forbidden(Text.of("part.forbidden"));
          }
          plans.lockDraft(version.versionId(), number);
          PlanDocument plan = plans.load(version.versionId());
          PartEdits.Outcome outcome = edit.apply(plan);
          allowed(caller, scope, plan, address, outcome.change());
          if (plans.followsCouncil(version.versionId())) {
            plans
                .councilPlan(plan)
                .ifPresent(
                    council ->
                        refuseCouncilParts(
                            plans.load(council.versionId()), address, outcome.change()));
          }
          if (PartEdits.inContent(address)) {
            plans.replaceContent(version.versionId(), plan, outcome.plan(), caller.actor());
          } else {
            plans.replaceSections(version.versionId(), outcome.text());
          }
          PartChange change = outcome.change();
          audit.record(
              caller.actor(),
              planId,
              number,
              undoes == null ? CHANGED : UNDONE,
              Text.of(what, outcome.address().path()).swedish(),
              change.before(),
              change.after(),
              change.target(),
              undoes);
          return outcome;
        });
  }

  /**
   * A draft that follows the council's plan takes the council's goal levels and the goals at them
   * from there: they are changed in the council's plan, not here.
   */
  private static void refuseCouncilParts(
      PlanDocument council, PartAddress address, PartChange change) {
    String kind = address.steps().get(0).kind().name();
    String field =
        switch (kind) {
          case "goals" -> "level";
          case "goalLevels" -> PartForm.KEY;
          default -> null;
        };
    if (field == null || address.steps().size() > 1) {
      return;
    }
    for (String item : java.util.Arrays.asList(change.before(), change.after())) {
      String level = item == null ? null : PartEdits.fieldOf(item, field);
      if (level != null && CouncilGoals.councilLevel(council, level)) {
        throw StyrException.forbidden(Text.of("part.councilGoal", council.displayName()));
      }
    }
  }

  /**
   * Whether the caller may make the change: whoever manages the plan always; an editor only for a
   * kind owned by an area or goal, where the item names one of theirs before and after, or for a
   * list inside such an item (an indicator's targets and values) that names one of theirs.
   */
  private static void allowed(
      Caller caller, PlanScope scope, PlanDocument plan, PartAddress address, PartChange change) {
    if (caller.canManage(scope)) {
      return;
    }
    String owner = address.steps().get(address.steps().size() - 1).kind().owner();
    if (owner == null) {
      if (!coversOwner(caller, scope, plan, address).orElse(false)) {
        throw StyrException.forbidden(Text.of("part.forbidden"));
      }
      return;
    }
    if (!owns(caller, scope, owner, change.before())
        || !owns(caller, scope, owner, change.before())
        || !owns(caller, scope, owner, change.after())) {
      throw StyrException.forbidden(Text.of("part.forbidden"));
    }
  }

  /**
   * The nearest item the address lies inside whose kind is owned by an area or goal (the indicator
   * whose targets the address names), if any.
   */
  static Optional<PartAddress> ownedItem(PartAddress address) {
    List<PartAddress.Step> steps = address.steps();
    for (int i = steps.size() - 2; i >= 0; i--) {
      if (steps.get(i).kind().owner() != null && steps.get(i).selector() != null) {
        return Optional.of(new PartAddress(steps.subList(0, i + 1)));
      }
    }
    return Optional.empty();
  }

  /**
   * For a part inside an item owned by an area or goal (an indicator's targets): whether the
   * caller's grant covers that item's area or goal; empty where the address lies in no such item.
   */
  public static Optional<Boolean> coversOwner(
      Caller caller, PlanScope scope, PlanDocument plan, PartAddress address) {
    Optional<PartAddress> owned = ownedItem(address);
    if (owned.isEmpty()) {
      return Optional.empty();
    }
    if (caller.canManage(scope)) {
      return Optional.of(true);
    }
    PartAddress item = owned.get();
    String owner = item.kind().owner();
    String named;
    if (owner.equals(PartForm.KEY)) {
      named = item.last().selector();
    } else {
      try {
        PartTree tree =
            new PartTree(
                se.styr.shared.yaml.YamlFile.tree(
                    plan.displayName(), PartEdits.document(plan, item)));
        named = PartTree.scalar(tree.find(item).item(), owner).orElse(null);
      } catch (StyrException gone) {
        return Optional.of(false);
      }
    }
    return Optional.of(ownsValue(caller, scope, owner, named));
  }

  private static boolean owns(Caller caller, PlanScope scope, String owner, String item) {
    if (item == null) {
      return true;
    }
    return ownsValue(caller, scope, owner, PartEdits.fieldOf(item, owner));
  }

  private static boolean ownsValue(Caller caller, PlanScope scope, String owner, String named) {
    return Objects.equals(owner, "area")
        ? caller.canChangeArea(scope, named)
        : caller.canChangeGoal(scope, named);
  }
}
