package se.styr.admin;

import java.util.Locale;
import se.styr.organisation.OrganisationStore;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.shared.Keys;
import se.styr.shared.Text;

/**
 * A grant as an administrator asks for it in the form: a role, a municipality ("" for the whole
 * installation), a committee id, and for an editor an area key or a goal key. Becomes a {@link
 * Grant} once every field is checked; the first broken rule names its field.
 */
record GrantRequest(String role, String municipality, Long committee, String area, String goal) {

  Grant toGrant(OrganisationStore organisation) {
    Role parsed = role(role);
    String code = blank(municipality) ? null : municipality.strip();
    String areaKey = blank(area) ? null : area.strip();
    String goalKey = blank(goal) ? null : goal.strip();
    if (code == null && parsed != Role.ADMINISTRATOR) {
      throw new InvalidField("municipality", Text.of("users.error.municipalityRequired"));
    }
    if (code != null && organisation.municipality(code).isEmpty()) {
      throw new InvalidField("municipality", Text.of("users.error.noSuchMunicipality"));
    }
    if (committee != null
        && organisation
            .committee(committee)
            .filter(c -> c.municipalityCode().equals(code))
            .isEmpty()) {
      throw new InvalidField("committee", Text.of("users.error.noSuchCommittee"));
    }
    if (parsed == Role.ADMINISTRATOR && committee != null) {
      // Caller.administers looks at the municipality only: a committee's administrator would
      // administer it all.
      throw new InvalidField("committee", Text.of("users.error.administratorOfCommittee"));
    }
    if (parsed == Role.EDITOR && committee == null) {
      throw new InvalidField("committee", Text.of("users.error.editorNeedsCommittee"));
    }
    if (parsed != Role.EDITOR && (areaKey != null || goalKey != null)) {
      throw new InvalidField(
          areaKey != null ? "area" : "goal", Text.of("users.error.onlyEditorLimited"));
    }
    if (parsed == Role.EDITOR && areaKey == null && goalKey == null) {
      throw new InvalidField("area", Text.of("users.error.editorNeedsAreaOrGoal"));
    }
    if (areaKey != null && !Keys.isValid(areaKey)) {
      throw new InvalidField("area", Text.of("users.error.badKey"));
    }
    if (goalKey != null && !Keys.isValid(goalKey)) {
      throw new InvalidField("goal", Text.of("users.error.badKey"));
    }
    return new Grant(parsed, code, committee, areaKey, goalKey);
  }

  private static Role role(String text) {
    if (blank(text)) {
      throw new InvalidField("role", Text.of("users.error.roleRequired"));
    }
    try {
      return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidField("role", Text.of("users.error.roleRequired"));
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
