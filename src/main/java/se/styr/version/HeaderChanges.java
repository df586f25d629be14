package se.styr.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.styr.version.Changes.Field;
import se.styr.version.Changes.FieldChange;
import se.styr.version.Changes.FieldChanges;

/** The title page of two versions compared: title, period, date, people, status and decisions. */
public final class HeaderChanges {
  private HeaderChanges() {}

  public static List<FieldChange> of(
      PlanHeader oldHeader, VersionInfo oldVersion, PlanHeader newHeader, VersionInfo newVersion) {
    FieldChanges changes = new FieldChanges();
    PlanHeader o = oldHeader;
    PlanHeader n = newHeader;
    changes.add(Field.TITLE, o, n, PlanHeader::title);
    changes.add(Field.PERIOD, o, n, h -> h.period().budgetYear() + ", " + h.period().describe());
    changes.add(
        Field.DOCUMENT_DATE,
        o,
        n,
        h -> h.documentDate() == null ? null : h.documentDate().toString());
    changes.add(Field.CHAIR, o, n, PlanHeader::chair);
    changes.add(Field.OFFICER, o, n, PlanHeader::officer);
    changes.words(Field.STATUS, oldVersion, newVersion, VersionInfo::status, "status.");
    List<Decision> before = oldVersion.decisions();
    List<Decision> after = newVersion.decisions();
    for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
      String oldDecision = i < before.size() ? describe(before.get(i)) : null;
      String newDecision = i < after.size() ? describe(after.get(i)) : null;
      if (!Objects.equals(oldDecision, newDecision)) {
        changes.add(
            new FieldChange(Field.DECISION, String.valueOf(i + 1), oldDecision, newDecision));
      }
    }
    return changes.list();
  }

  /**
   * A decision on one line as the plan prints its parts: date, paragraph, dnr, body, note, points.
   */
  private static String describe(Decision decision) {
    List<String> parts = new ArrayList<>();
    if (decision.date() != null) {
      parts.add(decision.date().toString());
    }
    for (String part :
        new String[] {decision.paragraph(), decision.dnr(), decision.body(), decision.note()}) {
      if (part != null && !part.isBlank()) {
        parts.add(part);
      }
    }
    parts.addAll(decision.points());
    return String.join(", ", parts);
  }
}
