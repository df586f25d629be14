package se.styr.texts;

import static se.styr.version.Changes.byKey;
import static se.styr.version.Changes.planOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.styr.version.Changes.ChangeKind;

/**
 * The text sections of two versions compared by key, each changed body with its word diff. A
 * section's heading level and its place among the blocks are not compared.
 */
public final class SectionChanges {
  private SectionChanges() {}

  /** The sections added, removed or changed, in plan order. */
  public static List<TextChange> of(List<Section> older, List<Section> newer) {
    Map<String, Section> before = byKey(older, Section::key);
    Map<String, Section> after = byKey(newer, Section::key);
    List<TextChange> changes = new ArrayList<>();
    for (String key : planOrder(older, newer, Section::key)) {
      Section o = before.get(key);
      Section n = after.get(key);
      ChangeKind kind =
          o == null
              ? ChangeKind.ADDED
              : n == null
                  ? ChangeKind.REMOVED
                  : Objects.equals(o.title(), n.title()) && o.text().equals(n.text())
                      ? null
                      : ChangeKind.CHANGED;
      if (kind != null) {
        String oldText = o == null ? null : o.text();
        String newText = n == null ? null : n.text();
        changes.add(
            new TextChange(
                kind,
                key,
                o == null ? null : o.title(),
                n == null ? null : n.title(),
                oldText,
                newText,
                TextDiff.words(oldText, newText)));
      }
    }
    return changes;
  }

  /**
   * A changed text section: its key, title before and after, body before and after, and their word
   * diff.
   */
  public record TextChange(
      ChangeKind kind,
      String key,
      String oldTitle,
      String newTitle,
      String oldText,
      String newText,
      List<TextDiff.Segment> diff) {
    public TextChange {
      Objects.requireNonNull(kind, "change kind");
      diff = List.copyOf(diff);
    }

    /** The title to show: the new one, or the old one of a removed section. */
    public String title() {
      return newTitle != null ? newTitle : oldTitle;
    }
  }
}
