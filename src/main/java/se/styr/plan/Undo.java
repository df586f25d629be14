package se.styr.plan;

import org.springframework.stereotype.Component;
import se.styr.budget.FigureChange;
import se.styr.budget.TableEditing;
import se.styr.security.AuditLog;
import se.styr.security.Caller;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.texts.SectionEditing;

/**
 * Undoing a change from the plan's change log: a figure set back to what it was, a text section
 * back to its earlier text, the operational areas back as they were, a part of the goal chain or
 * another part beside the tables back as it was. Only a change of a draft that still stands is
 * undone (a figure or text changed again since is refused, naming what it is now); a decided
 * version refuses it as it refuses every change; an undo is itself a change in the log, naming the
 * entry it undid, and an entry is undone at most once.
 */
@Component
public class Undo {
  private final AuditLog audit;
  private final TableEditing tables;
  private final SectionEditing sections;

  private final AreaEditing areas;
  private final PartEditing parts;
  private final PlanStore plans;
  private final se.styr.version.Versions versions;

  public Undo(
      AuditLog audit,
      TableEditing tables,
      SectionEditing sections,
      AreaEditing areas,
      PartEditing parts,
      PlanStore plans,
      se.styr.version.Versions versions) {
    this.audit = audit;
    this.tables = tables;
    this.sections = sections;
    this.areas = areas;
    this.parts = parts;
    this.plans = plans;
    this.versions = versions;
  }

  /** Whether an entry is of a kind that can be undone (a figure or text change with its target). */
  public static boolean undoable(AuditLog.Entry entry) {
    return switch (entry.action()) {
      case "FIGURE_CHANGED" -> FigureChange.of(entry.target()).isPresent();
      case "TEXT_CHANGED" ->
          entry.target() != null && entry.target().startsWith(SectionEditing.SECTION_TARGET);
      case "AREAS_CHANGED" -> se.styr.organisation.AreaChange.of(entry.target()).isPresent();
      case "TABLE_REPLACED" -> se.styr.budget.TableReplacement.of(entry.target()).isPresent();
      case PartEditing.CHANGED -> PartChange.of(entry.target()).isPresent();
      case PlanStore.COUNCIL_FOLLOWING ->
          entry.target() != null && entry.target().startsWith("council:");
      default -> false;
    };
  }

  /** Undoes entry {@code entryId} of plan {@code planId} (in the version it changed). */
  public void undo(long planId, long entryId, Caller caller) {
    AuditLog.Entry entry =
        audit
            .entry(entryId)
            .filter(e -> e.planId() != null && e.planId() == planId && e.version() != null)
            .orElseThrow(() -> StyrException.notFound(Text.of("plan.undo.noEntry", entryId)));
    int number = entry.version();
    if (!undoable(entry)) {
      throw StyrException.rule(Text.of("plan.undo.notUndoable", entry.action()));
    }
    audit
        .undoOf(entryId)
        .ifPresent(
            undone -> {
              throw StyrException.conflict(
                  Text.of(
                      "plan.undo.already",
                      undone.actor(),
                      se.styr.security.AuditView.when(undone.at())));
            });
    if (PlanStore.COUNCIL_FOLLOWING.equals(entry.action())) {
      if (!caller.canManage(versions.scope(planId))) {
        throw StyrException.forbidden(Text.of("plan.undo.forbidden"));
      }
      plans.changeCouncilFollowing(
          planId,
          number,
          Boolean.parseBoolean(entry.target().substring("council:".length())),
          caller.actor(),
          entryId);
    } else if (PartEditing.CHANGED.equals(entry.action())) {
      parts.undo(planId, number, PartChange.of(entry.target()).orElseThrow(), entryId, caller);
    } else if ("TABLE_REPLACED".equals(entry.action())) {
      tables.undoReplacement(planId, number, entry.target(), entryId, caller);
    } else if ("AREAS_CHANGED".equals(entry.action())) {
      areas.undo(
          planId,
          number,
          se.styr.organisation.AreaChange.of(entry.target()).orElseThrow(),
          entryId,
          caller);
    } else if ("FIGURE_CHANGED".equals(entry.action())) {
      tables.undo(planId, number, FigureChange.of(entry.target()).orElseThrow(), entryId, caller);
    } else {
      sections.undo(
          planId,
          number,
          entry.target().substring(SectionEditing.SECTION_TARGET.length()),
          entry.oldValue(),
          entry.newValue(),
          entryId,
          caller);
    }
  }
}
