package se.styr.security;

import java.util.List;
import java.util.Objects;

/**
 * The person behind a request with their grants, or the public. Every read and write of a plan is
 * decided here, in the pages and the API alike.
 */
public record Caller(String username, String displayName, List<Grant> grants) {
  private static final Caller PUBLIC = new Caller(null, "Allmänheten", List.of());

  public Caller {
    Objects.requireNonNull(displayName, "display name");
    grants = List.copyOf(grants);
    if (username == null && !grants.isEmpty()) {
      throw new IllegalArgumentException("the public holds no grants");
    }
  }

  public static Caller anonymous() {
    return PUBLIC;
  }

  public boolean isAnonymous() {
    return username == null;
  }

  /** The name recorded in the audit log. */
  public String actor() {
    return isAnonymous() ? "anonym" : username;
  }

  /** Administrator of the whole installation: manages every user. */
  public boolean isAdministrator() {
    return grants.stream()
        .anyMatch(g -> g.role() == Role.ADMINISTRATOR && g.municipalityCode() == null);
  }

  /**
   * Administrator of the municipality (or of everything). An administrator's grant for one
   * committee does not make its holder administrator of the whole municipality.
   */
  public boolean administers(String municipalityCode) {
    return grants.stream()
        .anyMatch(
            g ->
                g.role() == Role.ADMINISTRATOR
                    && g.committeeId() == null
                    && (g.municipalityCode() == null
                        || g.municipalityCode().equals(municipalityCode)));
  }

  /** A decided version is public; a draft only for those with any grant on its committee. */
  public boolean canRead(PlanScope scope, boolean decided) {
    return decided || grants.stream().anyMatch(g -> g.covers(scope));
  }

  /** Whether the caller manages any committee's plans at all (may import somewhere). */
  public boolean managesSomething() {
    return grants.stream()
        .anyMatch(g -> g.role() == Role.ADMINISTRATOR || g.role() == Role.CONTROLLER);
  }

  /**
   * Manages what the municipality's committees share (its template for new plans): an administrator
   * or a controller whose grant covers the whole municipality, not one committee.
   */
  public boolean managesMunicipality(String municipalityCode) {
    return grants.stream()
        .anyMatch(
            g ->
                (g.role() == Role.ADMINISTRATOR || g.role() == Role.CONTROLLER)
                    && g.committeeId() == null
                    && (g.municipalityCode() == null
                        || g.municipalityCode().equals(municipalityCode)));
  }

  /** Change anything of the committee's drafts, decide and revise them, import new versions. */
  public boolean canManage(PlanScope scope) {
    return grants.stream()
        .anyMatch(
            g ->
                (g.role() == Role.ADMINISTRATOR || g.role() == Role.CONTROLLER) && g.covers(scope));
  }

  /**
   * Change a figure of a row that belongs to {@code areaKey} (null for rows of no area, e.g.
   * totals).
   */
  public boolean canChangeArea(PlanScope scope, String areaKey) {
    return canManage(scope)
        || (areaKey != null
            && grants.stream()
                .anyMatch(
                    g ->
                        g.role() == Role.EDITOR && g.covers(scope) && areaKey.equals(g.areaKey())));
  }

  /** Change what belongs to a goal (its indicators' values, activities). */
  public boolean canChangeGoal(PlanScope scope, String goalKey) {
    return canManage(scope)
        || (goalKey != null
            && grants.stream()
                .anyMatch(
                    g ->
                        g.role() == Role.EDITOR && g.covers(scope) && goalKey.equals(g.goalKey())));
  }

  /**
   * Whether the caller may change anything at all in the committee's drafts (to show edit
   * controls).
   */
  public boolean canEditSomething(PlanScope scope) {
    return canManage(scope)
        || grants.stream().anyMatch(g -> g.role() == Role.EDITOR && g.covers(scope));
  }
}
