package se.styr.plan;

import java.util.Objects;
import se.styr.budget.BudgetTable;
import se.styr.texts.Section;

/**
 * One part of a plan's content, in document order: a text section, a table, or a table printed
 * again.
 */
public sealed interface Block {

  /** A text section, printed where it stands. */
  record Text(Section section) implements Block {
    public Text {
      Objects.requireNonNull(section, "section");
    }
  }

  /** A table, printed where it stands. */
  record Table(BudgetTable table) implements Block {
    public Table {
      Objects.requireNonNull(table, "table");
    }
  }

  /**
   * A table defined elsewhere in the plan, printed once more here (Smedjebacken prints its tables
   * twice).
   */
  record TableReference(String key) implements Block {
    public TableReference {
      Objects.requireNonNull(key, "table key");
    }
  }
}
