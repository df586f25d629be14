package se.styr.version;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import se.styr.organisation.OrganisationStore;
import se.styr.security.Caller;
import se.styr.security.CurrentCaller;
import se.styr.security.PlanScope;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * Every read and write of a plan, in the pages and the API alike, passes here. A version the caller
 * may not see is "not found", exactly as one that does not exist, so guessing ids reveals nothing;
 * a visible version the caller may not change is "forbidden".
 */
@Component
public class PlanAccess {
  private final Versions plans;
  private final OrganisationStore organisation;
  private final CurrentCaller callers;

  public PlanAccess(Versions plans, OrganisationStore organisation, CurrentCaller callers) {
    this.plans = plans;
    this.organisation = organisation;
    this.callers = callers;
  }

  /** A plan and the versions of it the caller may see. */
  public record VisiblePlan(PlanSummary plan, PlanScope scope, List<VersionSummary> versions) {
    public VersionSummary latest() {
      return versions.get(versions.size() - 1);
    }
  }

  /** A version the caller may see, with its plan. */
  public record VisibleVersion(PlanSummary plan, PlanScope scope, VersionSummary version) {
    public long versionId() {
      return version.versionId();
    }

    public boolean decided() {
      return version.status() == PlanStatus.DECIDED;
    }
  }

  public Caller caller() {
    return callers.get();
  }

  public static PlanScope scope(PlanSummary plan) {
    return new PlanScope(plan.municipalityCode(), plan.committeeId());
  }

  /**
   * The plans of which the caller may see at least one version, each as of the latest version the
   * caller may see: a draft's title and number are not shown to those who may not read it.
   */
  public List<PlanSummary> visiblePlans(List<PlanSummary> candidates) {
    Caller caller = caller();
    List<PlanSummary> visible = new ArrayList<>();
    for (PlanSummary plan : candidates) {
      if (plan.latestStatus() == PlanStatus.DECIDED || caller.canRead(scope(plan), false)) {
        visible.add(plan);
      } else {
        plans.versions(plan.planId()).stream()
            .filter(v -> v.status() == PlanStatus.DECIDED)
            .reduce((a, b) -> b)
            .ifPresent(decided -> visible.add(asOf(plan, decided)));
      }
    }
    return visible;
  }

  public VisiblePlan plan(long planId) {
    PlanSummary plan = plans.plan(planId).orElseThrow(() -> notFound(planId));
    Caller caller = caller();
    PlanScope scope = scope(plan);
    List<VersionSummary> versions =
        plans.versions(planId).stream()
            .filter(v -> caller.canRead(scope, v.status() == PlanStatus.DECIDED))
            .toList();
    if (versions.isEmpty()) {
      throw notFound(planId);
    }
    VersionSummary latest = versions.get(versions.size() - 1);
    return new VisiblePlan(
        latest.number() == plan.latestVersion() ? plan : asOf(plan, latest), scope, versions);
  }

  /** The plan as listed when {@code version} is the latest one the caller may see. */
  private PlanSummary asOf(PlanSummary plan, VersionSummary version) {
    return new PlanSummary(
        plan.planId(),
        plan.planKey(),
        plan.municipalityCode(),
        plan.municipalityName(),
        plan.committeeId(),
        plan.committeeKey(),
        plan.committeeName(),
        plan.budgetYear(),
        plans.title(version.versionId()),
        version.number(),
        version.status());
  }

  public VisibleVersion readable(long planId, int number) {
    PlanSummary plan = plans.plan(planId).orElseThrow(() -> notFound(planId));
    VersionSummary version =
        plans
            .version(planId, number)
            .orElseThrow(
                () -> StyrException.notFound(Text.of("versions.error.noVersion", planId, number)));
    PlanScope scope = scope(plan);
    if (!caller().canRead(scope, version.status() == PlanStatus.DECIDED)) {
      throw StyrException.notFound(Text.of("versions.error.noVersion", planId, number));
    }
    return new VisibleVersion(plan, scope, version);
  }

  /** A version the caller may manage: change anything, decide, revise. */
  public VisibleVersion manageable(long planId, int number) {
    VisibleVersion version = readable(planId, number);
    if (!caller().canManage(version.scope())) {
      throw StyrException.forbidden(Text.of("versions.error.manage", planId));
    }
    return version;
  }

  /**
   * Refuses an import unless the caller manages the committee (or, for a new committee, the
   * municipality). A file that would rename the municipality needs a grant for the whole
   * municipality.
   */
  /**
   * Refuses a caller who may import no plan at all (no administrator's or controller's grant),
   * before a file is read.
   */
  public void requireSomeImport() {
    Caller caller = caller();
    if (!caller.managesSomething()) {
      throw StyrException.forbidden(Text.of("versions.error.importNothing"));
    }
  }

  public void requireImport(se.styr.organisation.Municipality municipality, String committeeKey) {
    Caller caller = caller();
    // an organisation named only and not yet stored has no key: only grants for the whole
    // installation cover it, as they cover a municipality not yet stored
    String code = organisation.keyOf(municipality).orElse(municipality.key());
    Long committeeId =
        organisation.committees(code).stream()
            .filter(c -> c.committee().key().equals(committeeKey))
            .map(OrganisationStore.StoredCommittee::id)
            .findFirst()
            .orElse(-1L);
    if (!caller.canManage(new PlanScope(code, committeeId))) {
      throw StyrException.forbidden(
          Text.of("versions.error.importCommittee", committeeKey, municipality.key()));
    }
    boolean renames =
        organisation
            .municipality(code)
            .map(m -> !m.name().equals(municipality.name()))
            .orElse(false);
    if (renames && !caller.canManage(new PlanScope(code, -1L))) {
      throw StyrException.forbidden(Text.of("versions.error.rename", code, municipality.name()));
    }
  }

  private static StyrException notFound(long planId) {
    return StyrException.notFound(Text.of("versions.error.noPlan", planId));
  }
}
