package se.styr.admin;

import se.styr.security.Grant;
import se.styr.security.Role;
import java.util.Locale;
import se.styr.organisation.OrganisationStore;
import se.styr.shared.Keys;

/**
 * A grant as an administrator asks for it in the form: a role, a municipality ("" for the whole
 * installation), a committee id, and for an editor an area key or a goal key. Becomes a
 * {@link Grant} once every field is checked; the first broken rule names its field.
 */
record GrantRequest(String role, String municipality, Long committee, String area, String goal) {

  Grant toGrant(OrganisationStore organisation) {
    Role parsed = role(role);
    String code = blank(municipality) ? null : municipality.strip();
    String areaKey = blank(area) ? null : area.strip();
    String goalKey = blank(goal) ? null : goal.strip();
    if (code == null && parsed != Role.ADMINISTRATOR) {
      throw new InvalidField("municipality", "users.error.municipalityRequired", "Only an administrator's grant covers the whole installation");
    }
    if (code != null && organisation.municipality(code).isEmpty()) {
      throw new InvalidField("municipality", "users.error.noSuchMunicipality", "No municipality " + code);
    }
    if (committee != null && organisation.committee(committee).filter(c -> c.municipalityCode().equals(code)).isEmpty()) {
      throw new InvalidField("committee", "users.error.noSuchCommittee", "No committee " + committee + " in " + code);
    }
    if (parsed == Role.ADMINISTRATOR && committee != null) {
      // Caller.administers looks at the municipality only: a committee's administrator would administer it all.
      throw new InvalidField("committee", "users.error.administratorOfCommittee", "An administrator's grant covers a municipality or everything");
    }
    if (parsed == Role.EDITOR && committee == null) {
      throw new InvalidField("committee", "users.error.editorNeedsCommittee", "An editor's grant names one committee");
    }
    if (parsed != Role.EDITOR && (areaKey != null || goalKey != null)) {
      throw new InvalidField(areaKey != null ? "area" : "goal", "users.error.onlyEditorLimited", "Only an editor's grant is limited to an area or a goal");
    }
    if (parsed == Role.EDITOR && areaKey == null && goalKey == null) {
      throw new InvalidField("area", "users.error.editorNeedsAreaOrGoal", "An editor's grant names an area or a goal");
    }
    if (areaKey != null && !Keys.isValid(areaKey)) {
      throw new InvalidField("area", "users.error.badKey", "Not a key: " + areaKey);
    }
    if (goalKey != null && !Keys.isValid(goalKey)) {
      throw new InvalidField("goal", "users.error.badKey", "Not a key: " + goalKey);
    }
    return new Grant(parsed, code, committee, areaKey, goalKey);
  }

  private static Role role(String text) {
    if (blank(text)) {
      throw new InvalidField("role", "users.error.roleRequired", "Choose a role");
    }
    try {
      return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidField("role", "users.error.roleRequired", "No role " + text);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
