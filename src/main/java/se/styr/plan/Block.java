package se.styr.plan;

import java.util.Objects;
import se.styr.budget.BudgetTable;

/** One part of a plan's content, in document order: a text section, a table, or a table printed again. */
public sealed interface Block {

  /**
   * A text section in Markdown under a heading of {@code level} (1 = chapter); a section without
   * a title continues the text of the one before it, e.g. after a table.
   */
  record Section(String key, String title, int level, String text) implements Block {
    public Section {
      Objects.requireNonNull(key, "section key");
      if (title != null && title.isBlank()) {
        title = null;
      }
      text = text == null ? "" : text;
      if (level < 1 || level > 6) {
        throw new IllegalArgumentException("heading level is 1 to 6, got " + level);
      }
    }
  }

  /** A table, printed where it stands. */
  record Table(BudgetTable table) implements Block {
    public Table {
      Objects.requireNonNull(table, "table");
    }
  }

  /** A table defined elsewhere in the plan, printed once more here (Smedjebacken prints its tables twice). */
  record TableReference(String key) implements Block {
    public TableReference {
      Objects.requireNonNull(key, "table key");
    }
  }
}
