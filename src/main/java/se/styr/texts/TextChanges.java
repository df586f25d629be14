package se.styr.texts;

import se.styr.plan.Block;
import se.styr.plan.PlanDocument;
import se.styr.version.Decision;
import se.styr.version.PlanHeader;
import static se.styr.plan.VersionComparison.byKey;
import static se.styr.plan.VersionComparison.planOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import se.styr.plan.VersionComparison.ChangeKind;
import se.styr.plan.VersionComparison.Field;
import se.styr.plan.VersionComparison.FieldChange;
import se.styr.plan.VersionComparison.TextChange;

/**
 * The words of two versions compared: the header (title, period, date, people, status, decisions)
 * and the text sections by key, each changed body with its word diff. A section's heading level and
 * its place among the blocks are not compared.
 */
public final class TextChanges {
  private TextChanges() {}

  public static List<FieldChange> header(PlanDocument older, PlanDocument newer) {
    List<FieldChange> changes = new ArrayList<>();
    PlanHeader o = older.header();
    PlanHeader n = newer.header();
    add(changes, Field.TITLE, null, o, n, PlanHeader::title);
    add(changes, Field.PERIOD, null, o, n, h -> h.period().budgetYear() + ", " + h.period().describe());
    add(changes, Field.DOCUMENT_DATE, null, o, n, h -> h.documentDate() == null ? null : h.documentDate().toString());
    add(changes, Field.CHAIR, null, o, n, PlanHeader::chair);
    add(changes, Field.OFFICER, null, o, n, PlanHeader::officer);
    add(changes, Field.STATUS, null, older.version(), newer.version(), v -> v.status().fileName());
    List<Decision> before = older.version().decisions();
    List<Decision> after = newer.version().decisions();
    for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
      String oldDecision = i < before.size() ? describe(before.get(i)) : null;
      String newDecision = i < after.size() ? describe(after.get(i)) : null;
      if (!Objects.equals(oldDecision, newDecision)) {
        changes.add(new FieldChange(Field.DECISION, String.valueOf(i + 1), oldDecision, newDecision));
      }
    }
    return changes;
  }

  public static List<TextChange> sections(List<Block> older, List<Block> newer) {
    List<Block.Section> oldSections = sectionsOf(older);
    List<Block.Section> newSections = sectionsOf(newer);
    Map<String, Block.Section> before = byKey(oldSections, Block.Section::key);
    Map<String, Block.Section> after = byKey(newSections, Block.Section::key);
    List<TextChange> changes = new ArrayList<>();
    for (String key : planOrder(oldSections, newSections, Block.Section::key)) {
      Block.Section o = before.get(key);
      Block.Section n = after.get(key);
      ChangeKind kind = o == null ? ChangeKind.ADDED
          : n == null ? ChangeKind.REMOVED
          : Objects.equals(o.title(), n.title()) && o.text().equals(n.text()) ? null
          : ChangeKind.CHANGED;
      if (kind != null) {
        String oldText = o == null ? null : o.text();
        String newText = n == null ? null : n.text();
        changes.add(new TextChange(kind, key, o == null ? null : o.title(), n == null ? null : n.title(), oldText,
            newText, TextDiff.words(oldText, newText)));
      }
    }
    return changes;
  }

  private static List<Block.Section> sectionsOf(List<Block> content) {
    List<Block.Section> sections = new ArrayList<>();
    for (Block block : content) {
      if (block instanceof Block.Section) {
        sections.add((Block.Section) block);
      }
    }
    return sections;
  }

  /** A decision on one line as the plan prints its parts: date, paragraph, dnr, body, note, points. */
  private static String describe(Decision decision) {
    List<String> parts = new ArrayList<>();
    if (decision.date() != null) {
      parts.add(decision.date().toString());
    }
    for (String part : new String[] {decision.paragraph(), decision.dnr(), decision.body(), decision.note()}) {
      if (part != null && !part.isBlank()) {
        parts.add(part);
      }
    }
    parts.addAll(decision.points());
    return String.join(", ", parts);
  }

  private static <T> void add(List<FieldChange> changes, Field field, String qualifier, T o, T n,
      Function<T, String> value) {
    String oldValue = value.apply(o);
    String newValue = value.apply(n);
    if (!Objects.equals(oldValue, newValue)) {
      changes.add(new FieldChange(field, qualifier, oldValue, newValue));
    }
  }
}
