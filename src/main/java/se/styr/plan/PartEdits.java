package se.styr.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;
import se.styr.shared.yaml.YamlFile;
import se.styr.shared.yaml.YamlNodes;

/**
 * Changes of a plan's parts beside its tables and text, done on the plan file's own text and read
 * back by the plan file's reader: a form's values written into an item (or a new item), an item
 * removed or moved, a change undone. What the reader refuses comes back as {@link PartProblems}
 * placed on the fields it concerns; nothing is kept of a refused change. Plain Java: the caller
 * stores the outcome.
 */
public final class PartEdits {
  private PartEdits() {}

  /**
   * The plan after a change: its new canonical text (the sections', or the whole file's for its
   * content; written when first asked for), the address of the item changed (as it is now), and the
   * change itself for undo.
   */
  public static final class Outcome {
    private final PlanDocument plan;
    private final java.util.function.Supplier<String> writer;
    private final PartAddress address;
    private final PartChange change;
    private String text;

    Outcome(
        PlanDocument plan,
        java.util.function.Supplier<String> writer,
        PartAddress address,
        PartChange change) {
      this.plan = plan;
      this.writer = writer;
      this.address = address;
      this.change = change;
    }

    public PlanDocument plan() {
      return plan;
    }

    public String text() {
      if (text == null) {
        text = writer.get();
      }
      return text;
    }

    public PartAddress address() {
      return address;
    }

    public PartChange change() {
      return change;
    }
  }

  /**
   * The form's field naming the item a new one is placed after (its key, or place from 1); blank or
   * absent: last.
   */
  public static final String AFTER = "@after";

  /**
   * Writes {@code typed} into the item or settings group {@code address} names, or, for the address
   * of a list, into a new item added last (or after the item {@link #AFTER} names).
   */
  public static Outcome save(PlanDocument plan, PartAddress address, Map<String, String> typed) {
    PartTree tree = tree(plan, address);
    PartKind kind = address.kind();
    if (kind.single()) {
      PartTree.Place group = tree.group(address);
      String before = group.item().getValue().isEmpty() ? null : PartTree.text(group.item());
      write(kind, group.item(), typed, Set.of());
      return finish(plan, tree, address, address, -1, -1, before);
    }
    SequenceNode list;
    int index;
    String before;
    MappingNode item;
    if (address.isList()) {
      refuseIfFixed(kind);
      list = tree.list(address, true).orElseThrow();
      index = list.getValue().size();
      String after = typed.get(AFTER);
      if (after != null && !after.isBlank()) {
        int at = PartTree.indexOf(list, kind, after.strip());
        if (at < 0) {
          throw StyrException.notFound(Text.of("part.noItem", address.item(after.strip()).path()));
        }
        index = at + 1;
      }
      before = null;
      item = PartTree.emptyMap();
      for (PartKind child : kind.children()) {
        if (child.fixed()) {
          // items that cannot be added here start with an empty list of them, to be filled
          // elsewhere
          PartTree.set(item, child.path().get(0), YamlNodes.blockList(List.of()));
        }
      }
      list.getValue().add(index, item);
    } else {
      PartTree.Place place = tree.find(address);
      list = place.list();
      index = place.index();
      before = PartTree.text(place.item());
      item = PartTree.copy(place.item());
      list.getValue().set(index, item);
    }
    write(kind, item, typed, keysBeside(kind, list, index));
    PartAddress saved = address.list().item(PartTree.selector(kind, list, index));
    return finish(plan, tree, address.list(), saved, index, index, before);
  }

  /** Removes the item {@code address} names. */
  public static Outcome remove(PlanDocument plan, PartAddress address) {
    refuseIfFixed(address.kind());
    PartTree tree = tree(plan, address);
    PartTree.Place place = item(tree, address);
    String before = PartTree.text(place.item());
    place.list().getValue().remove(place.index());
    return finish(plan, tree, address.list(), address.list(), place.index(), -1, before);
  }

  /**
   * Puts {@code item} (a whole item as the plan file writes it, e.g. an indicator with its values)
   * in place of the item {@code address} names; read back by the plan file's reader like any edit.
   */
  public static Outcome replace(PlanDocument plan, PartAddress address, Node item) {
    PartTree tree = tree(plan, address);
    PartTree.Place place = item(tree, address);
    String before = PartTree.text(place.item());
    place.list().getValue().set(place.index(), item);
    return finish(plan, tree, address.list(), address, place.index(), place.index(), before);
  }

  /** Moves the item {@code address} names one place up or down (at the end: stays). */
  public static Outcome move(PlanDocument plan, PartAddress address, boolean up) {
    refuseIfFixed(address.kind());
    PartTree tree = tree(plan, address);
    PartTree.Place place = item(tree, address);
    List<Node> items = place.list().getValue();
    int to = up ? place.index() - 1 : place.index() + 1;
    if (to < 0 || to >= items.size()) {
      to = place.index();
    }
    items.add(to, items.remove(place.index()));
    PartAddress moved = address.list().item(PartTree.selector(address.kind(), place.list(), to));
    return finish(
        plan, tree, address.list(), moved, place.index(), to, PartTree.text(place.item()));
  }

  /**
   * Undoes {@code change}: the item back as it was, if it is still as the change left it (else 409,
   * changed since).
   */
  public static Outcome undo(PlanDocument plan, PartChange change) {
    PartAddress address = PartAddress.parse(change.list());
    PartTree tree = tree(plan, address);
    if (address.kind().single()) {
      PartTree.Place group = tree.group(address);
      String now = group.item().getValue().isEmpty() ? null : PartTree.text(group.item());
      if (!java.util.Objects.equals(now, change.after())) {
        throw changedSince();
      }
      group.item().getValue().clear();
      if (change.before() != null) {
        group.item().getValue().addAll(parse(change.before()).getValue());
      }
      return finish(plan, tree, address, address, -1, -1, now);
    }
    SequenceNode list =
        tree.list(address, change.before() != null).orElseThrow(PartEdits::changedSince);
    List<Node> items = list.getValue();
    if (change.after() != null) {
      if (change.afterIndex() >= items.size()
          || !PartTree.text(items.get(change.afterIndex())).equals(change.after())) {
        throw changedSince();
      }
      items.remove(change.afterIndex());
    }
    int at = change.afterIndex();
    if (change.before() != null) {
      at = Math.min(change.beforeIndex(), items.size());
      items.add(at, parse(change.before()));
    }
    PartAddress now =
        change.before() == null
            ? address
            : address.item(PartTree.selector(address.kind(), list, at));
    return finish(plan, tree, address, now, change.afterIndex(), at, change.after());
  }

  /**
   * A short mark of an item's text as a form showed it, to tell on saving whether someone changed
   * the item meanwhile ("" for a new item).
   */
  public static String basis(String itemText) {
    return itemText == null ? "" : Integer.toHexString(itemText.hashCode());
  }

  /** A field's text in an item as the change log keeps it, or null. */
  static String fieldOf(String itemText, String field) {
    if (itemText == null) {
      return null;
    }
    Node node = YamlFile.tree("item", itemText);
    return node instanceof MappingNode mapping
        ? PartTree.scalar(mapping, field).orElse(null)
        : null;
  }

  private static StyrException changedSince() {
    return StyrException.conflict(Text.of("part.changedSince"));
  }

  private static MappingNode parse(String item) {
    Node node = YamlFile.tree("undo", item);
    if (!(node instanceof MappingNode mapping)) {
      throw changedSince();
    }
    return mapping;
  }

  private static PartTree.Place item(PartTree tree, PartAddress address) {
    if (address.kind().single() || address.isList()) {
      throw StyrException.rule(Text.of("part.notItem", address.path()));
    }
    return tree.find(address);
  }

  private static void refuseIfFixed(PartKind kind) {
    if (kind.fixed()) {
      throw StyrException.rule(Text.of("part.fixed", kind.name()));
    }
  }

  private static PartTree tree(PlanDocument plan, PartAddress address) {
    return new PartTree(YamlFile.tree(plan.displayName(), document(plan, address)));
  }

  /**
   * The text an address's part lies in: the whole plan file for its content (tables and text), else
   * the sections beside them.
   */
  public static String document(PlanDocument plan, PartAddress address) {
    return inContent(address) ? PlanFileWriter.write(plan) : sections(plan);
  }

  /** Whether the address names a part of the plan's content (a table, a text section). */
  public static boolean inContent(PartAddress address) {
    return PlanParts.inContent(address.steps().get(0).kind());
  }

  /** The plan's sections beside its tables and text as their plan-file text ("" if none). */
  public static String sections(PlanDocument plan) {
    return StoredSections.write(plan);
  }

  private static Set<String> keysBeside(PartKind kind, SequenceNode list, int index) {
    Set<String> keys = new HashSet<>();
    List<Node> items = list.getValue();
    for (int i = 0; i < items.size(); i++) {
      if (i != index && items.get(i) instanceof MappingNode m) {
        PartTree.scalar(m, kind.keyName()).ifPresent(keys::add);
      }
    }
    return keys;
  }

  private static void write(
      PartKind kind, MappingNode item, Map<String, String> typed, Set<String> taken) {
    Map<String, Text> problems = PartForm.write(kind, item, typed, taken);
    if (!problems.isEmpty()) {
      throw PartProblems.ofFields(problems);
    }
  }

  /**
   * Reads the changed tree with the plan file's reader; on success the canonical text and the
   * change, else the reader's problems placed on the item's fields.
   */
  private static Outcome finish(
      PlanDocument plan,
      PartTree tree,
      PartAddress list,
      PartAddress changed,
      int beforeIndex,
      int afterIndex,
      String before) {
    String text = tree.text();
    boolean whole = inContent(changed);
    PlanDocument read;
    try {
      read =
          whole
              ? PlanFileReader.read(plan.displayName(), text)
              : StoredSections.read(plan.withSections(null, null, null), text);
    } catch (BadFileException e) {
      throw placed(e, text, changed);
    }
    String canonical = whole ? null : StoredSections.write(read);
    String after = null;
    if ((afterIndex >= 0 && !changed.isList()) || changed.kind().single()) {
      PartTree written =
          whole
              ? contentItem(read, changed)
              : new PartTree(YamlFile.tree(plan.displayName(), canonical));
      if (changed.kind().single()) {
        PartTree.Place group = written.group(changed);
        after = group.item().getValue().isEmpty() ? null : PartTree.text(group.item());
      } else if (!changed.isList()) {
        after = PartTree.text(written.find(changed).item());
      }
    }
    return new Outcome(
        read,
        whole ? () -> PlanFileWriter.write(read) : () -> canonical,
        changed,
        new PartChange(list.path(), beforeIndex, afterIndex, before, after));
  }

  /**
   * The canonical text of the one top item of the content that {@code changed} lies in (a section,
   * a table, a figure of the text), as a tree holding only it: what the whole file would write for
   * it, without writing the whole file.
   */
  private static PartTree contentItem(PlanDocument read, PartAddress changed) {
    PartAddress.Step top = changed.steps().get(0);
    List<Node> items = new ArrayList<>();
    String list;
    if (top.kind().path().get(0).equals("content")) {
      list = "content";
      for (Block block : read.content()) {
        String key =
            block instanceof Block.Text text
                ? (top.kind().keyName().equals("section") ? text.section().key() : null)
                : block instanceof Block.Table table && top.kind().keyName().equals("table")
                    ? table.table().key()
                    : null;
        if (top.selector().equals(key)) {
          items.add(PlanFileWriter.block(block));
          break;
        }
      }
    } else {
      list = top.kind().path().get(0);
      read.textFigures().stream()
          .filter(f -> f.key().equals(top.selector()))
          .findFirst()
          .ifPresent(f -> items.add(se.styr.budget.TableWriter.figure(f)));
    }
    MappingNode root = PartTree.emptyMap();
    PartTree.set(root, list, YamlNodes.blockList(items));
    return new PartTree(YamlFile.tree(read.displayName(), new PartTree(root).text()));
  }

  /** The reader's problems, each on the field (or item) whose lines it names. */
  private static PartProblems placed(BadFileException e, String text, PartAddress changed) {
    Map<String, int[]> lines = new LinkedHashMap<>();
    int[] itemLines = null;
    try {
      PartTree written = new PartTree(YamlFile.tree("plan", text));
      Optional<MappingNode> item =
          changed.isList()
              ? Optional.empty()
              : Optional.of(
                  changed.kind().single()
                      ? written.group(changed).item()
                      : written.find(changed).item());
      if (item.isPresent()) {
        itemLines = lines(item.get());
        if (changed.kind().keyed()) {
          String key = changed.kind().keyName();
          PartTree.field(item.get(), key).ifPresent(n -> lines.put(key, lines(n)));
        }
        for (PartField field : changed.kind().fields()) {
          PartTree.field(item.get(), field.name())
              .ifPresent(n -> lines.put(field.name(), lines(n)));
        }
      }
    } catch (RuntimeException notFound) {
      // the item is not where it was: every problem is said for the plan as a whole
    }
    Map<String, List<Text>> fields = new LinkedHashMap<>();
    List<Text> onItem = new ArrayList<>();
    List<Text> elsewhere = new ArrayList<>();
    for (FileProblem problem : e.problems()) {
      String field = null;
      for (Map.Entry<String, int[]> entry : lines.entrySet()) {
        if (within(problem.line(), entry.getValue())) {
          field = entry.getKey();
        }
      }
      String missing = missing(problem, changed.kind(), lines.keySet());
      if (missing != null && (itemLines == null || within(problem.line(), itemLines))) {
        fields.computeIfAbsent(missing, f -> new ArrayList<>()).add(Text.of("part.missing"));
      } else if (field != null) {
        fields.computeIfAbsent(field, f -> new ArrayList<>()).add(problem.text());
      } else if (itemLines != null && within(problem.line(), itemLines)) {
        onItem.add(problem.text());
      } else {
        elsewhere.add(problem.text());
      }
    }
    return new PartProblems(fields, onItem, elsewhere);
  }

  /**
   * The field a "field missing" problem names, if the form has it and left it blank: a form says
   * "must be given" on the field rather than the file's words.
   */
  private static String missing(FileProblem problem, PartKind kind, java.util.Set<String> given) {
    if (!"file.missingField".equals(problem.key()) || problem.arguments().size() < 2) {
      return null;
    }
    String named = String.valueOf(problem.arguments().get(1));
    for (PartField field : kind.fields()) {
      if ((field.name().equals(named) || field.name().endsWith("." + named))
          && !given.contains(field.name())) {
        return field.name();
      }
    }
    return null;
  }

  private static boolean within(int line, int[] range) {
    return range != null && line >= range[0] && line <= range[1];
  }

  /** The lines (from 1) a node spans. */
  private static int[] lines(Node node) {
    int start = node.getStartMark().map(Mark::getLine).orElse(-2) + 1;
    Node tail = null;
    if (node instanceof MappingNode mapping && !mapping.getValue().isEmpty()) {
      tail = mapping.getValue().get(mapping.getValue().size() - 1).getValueNode();
    } else if (node instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
      tail = sequence.getValue().get(sequence.getValue().size() - 1);
    }
    if (tail != null) {
      return new int[] {start, Math.max(start, lines(tail)[1])};
    }
    Optional<Mark> end = node.getEndMark();
    int last =
        end.map(m -> m.getColumn() == 0 && m.getLine() > 0 ? m.getLine() : m.getLine() + 1)
            .orElse(start);
    return new int[] {start, Math.max(start, last)};
  }
}
