package se.styr.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of plan part the browser edits: a list of items (goals, activities, the targets of an
 * indicator) or a single group of settings (the savings measures' unit and total), at {@code path}
 * in the plan file (inside its parent item for a child kind). Items of a keyed kind are named by
 * their {@code keyName} field ({@code key} unless said), the others by their place (1, 2, ...); the
 * items of a {@code fixed} kind are only changed, never added, removed or moved here. {@code
 * titleField} is the field that names an item in lists; {@code owner} is the field whose area or
 * goal an editor's grant must cover ({@code area}; {@code goal}; {@code key} for a goal itself), or
 * null where only whoever manages the plan may change it.
 */
public record PartKind(
    String name,
    List<String> path,
    boolean keyed,
    boolean single,
    String titleField,
    String owner,
    List<PartField> fields,
    List<PartKind> children,
    String keyName,
    boolean fixed) {

  public PartKind {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keyName, "keyName");
    path = List.copyOf(path);
    fields = List.copyOf(fields);
    children = List.copyOf(children);
  }

  /** A kind whose items, if keyed, are named by their {@code key} and may be added and moved. */
  public PartKind(
      String name,
      List<String> path,
      boolean keyed,
      boolean single,
      String titleField,
      String owner,
      List<PartField> fields,
      List<PartKind> children) {
    this(name, path, keyed, single, titleField, owner, fields, children, PartForm.KEY, false);
  }

  /**
   * The same kind with its items named by the field {@code keyName} ({@code section}, {@code
   * table}) rather than {@code key}.
   */
  PartKind keyedBy(String keyName) {
    return new PartKind(
        name, path, true, single, titleField, owner, fields, children, keyName, fixed);
  }

  /**
   * The same kind with its items fixed in number and order: changed here, but added, removed and
   * moved elsewhere (a table's rows and columns, whose figures must stay in line).
   */
  PartKind fixedItems() {
    return new PartKind(
        name, path, keyed, single, titleField, owner, fields, children, keyName, true);
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
