package se.styr.security;

import java.util.Objects;

/**
 * A role in a scope: the whole installation (no municipality), a municipality, a committee, or, for
 * an editor, one operational area or goal of a committee.
 */
public record Grant(
    Role role, String municipalityCode, Long committeeId, String areaKey, String goalKey) {

  public Grant {
    Objects.requireNonNull(role, "role");
    if (committeeId != null && municipalityCode == null) {
      throw new IllegalArgumentException("a committee grant names its municipality too");
    }
    if (role == Role.EDITOR && (committeeId == null || (areaKey == null && goalKey == null))) {
      throw new IllegalArgumentException("an editor is granted an area or a goal of one committee");
    }
    if (role != Role.EDITOR && (areaKey != null || goalKey != null)) {
      throw new IllegalArgumentException("only an editor's grant is limited to an area or a goal");
    }
  }

  public static Grant administrator() {
    return new Grant(Role.ADMINISTRATOR, null, null, null, null);
  }

  public static Grant of(Role role, String municipalityCode) {
    return new Grant(role, municipalityCode, null, null, null);
  }

  public static Grant of(Role role, String municipalityCode, long committeeId) {
    return new Grant(role, municipalityCode, committeeId, null, null);
  }

  public static Grant editorOfArea(String municipalityCode, long committeeId, String areaKey) {
    return new Grant(Role.EDITOR, municipalityCode, committeeId, areaKey, null);
  }

  public static Grant editorOfGoal(String municipalityCode, long committeeId, String goalKey) {
    return new Grant(Role.EDITOR, municipalityCode, committeeId, null, goalKey);
  }

  /** Whether this grant's scope takes in the committee (of the municipality). */
  public boolean covers(PlanScope scope) {
    if (municipalityCode == null) {
      return true;
    }
    if (!municipalityCode.equals(scope.municipalityCode())) {
      return false;
    }
    return committeeId == null || committeeId == scope.committeeId();
  }
}
