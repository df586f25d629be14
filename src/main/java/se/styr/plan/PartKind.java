package se.styr.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of plan part the browser edits: a list of items (goals, activities, the targets of an
 * indicator) or a single group of settings (the savings measures' unit and total), at {@code path}
 * in the plan file (inside its parent item for a child kind). Items of a keyed kind are named by
 * their {@code key}, the others by their place (1, 2, ...). {@code titleField} is the field that
 * names an item in lists; {@code owner} is the field whose area or goal an editor's grant must
 * cover ({@code area}; {@code goal}; {@code key} for a goal itself), or null where only whoever
 * manages the plan may change it.
 */
public record PartKind(
    String name,
    List<String> path,
    boolean keyed,
    boolean single,
    String titleField,
    String owner,
    List<PartField> fields,
    List<PartKind> children) {

  public PartKind {
    Objects.requireNonNull(name, "name");
    path = List.copyOf(path);
    fields = List.copyOf(fields);
    children = List.copyOf(children);
  }

  /** The message key of the kind's name: {@code part.kind.indicators}. */
  public String label() {
    return "part.kind." + name;
  }

  public Optional<PartKind> child(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).findFirst();
  }

  public Optional<PartField> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }
}
