package se.styr.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.shared.yaml.YamlNodes;
import se.styr.shared.yaml.YamlText;

/**
 * The sections of a plan beside its tables and text as a YAML node tree that parts are found in and
 * changed in place: an item of a list by its key or place, a group of settings by its path, a field
 * by its dotted name. Scalars keep their text exactly as written (no number ever passes through a
 * double).
 */
public final class PartTree {
  private final MappingNode root;

  public PartTree(Node root) {
    this.root = root instanceof MappingNode mapping ? mapping : emptyMap();
  }

  public MappingNode root() {
    return root;
  }

  /** The tree as YAML text. */
  public String text() {
    return root.getValue().isEmpty() ? "" : YamlText.dump(root);
  }

  public static MappingNode emptyMap() {
    return new MappingNode(Tag.MAP, new ArrayList<>(), FlowStyle.BLOCK);
  }

  /** A place in the tree: the item at {@code index} of {@code list}, or a single group. */
  public record Place(SequenceNode list, int index, MappingNode item) {
    public boolean single() {
      return list == null;
    }
  }

  /** The list an address of a list names; {@code create} makes it (and what holds it) if absent. */
  public Optional<SequenceNode> list(PartAddress address, boolean create) {
    Optional<MappingNode> holder = holder(address, create);
    if (holder.isEmpty()) {
      return Optional.empty();
    }
    Node node = at(holder.get(), address.kind().path(), create, true);
    return node instanceof SequenceNode sequence ? Optional.of(sequence) : Optional.empty();
  }

  /** The item or settings group an address names, 404 naming the address if there is none. */
  public Place find(PartAddress address) {
    return place(address, false)
        .orElseThrow(() -> StyrException.notFound(Text.of("part.noItem", address.path())));
  }

  /** The settings group of a single kind, made empty if the plan has none yet. */
  public Place group(PartAddress address) {
    return place(address, true)
        .orElseThrow(() -> StyrException.notFound(Text.of("part.noItem", address.path())));
  }

  private Optional<Place> place(PartAddress address, boolean create) {
    PartKind kind = address.kind();
    if (kind.single()) {
      Optional<MappingNode> holder = holder(address, create);
      if (holder.isEmpty()) {
        return Optional.empty();
      }
      Node node = at(holder.get(), kind.path(), create, false);
      return node instanceof MappingNode mapping
          ? Optional.of(new Place(null, -1, mapping))
          : Optional.empty();
    }
    Optional<SequenceNode> list = list(address.list(), false);
    if (list.isEmpty()) {
      return Optional.empty();
    }
    int index = indexOf(list.get(), kind, address.last().selector());
    return index < 0
        ? Optional.empty()
        : Optional.of(new Place(list.get(), index, (MappingNode) list.get().getValue().get(index)));
  }

  /** The mapping the address's last kind lies in: the root or the item of the step before. */
  private Optional<MappingNode> holder(PartAddress address, boolean create) {
    Optional<PartAddress> owner = address.owner();
    if (owner.isEmpty()) {
      return Optional.of(root);
    }
    return create && owner.get().kind().single()
        ? Optional.of(group(owner.get()).item())
        : place(owner.get(), false).map(Place::item);
  }

  /** The index of the item the selector names (its key, or its place from 1), or -1. */
  public static int indexOf(SequenceNode list, PartKind kind, String selector) {
    List<Node> items = list.getValue();
    if (kind.keyed()) {
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof MappingNode item
            && selector.equals(scalar(item, kind.keyName()).orElse(null))
            && PlanParts.holds(kind, item)) {
          return i;
        }
      }
      return -1;
    }
    try {
      int place = Integer.parseInt(selector);
      return place >= 1 && place <= items.size() && items.get(place - 1) instanceof MappingNode
          ? place - 1
          : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The selector of the item at {@code index}: its key, or its place from 1. */
  public static String selector(PartKind kind, SequenceNode list, int index) {
    Node item = list.getValue().get(index);
    if (kind.keyed() && item instanceof MappingNode mapping) {
      return scalar(mapping, kind.keyName()).orElse(String.valueOf(index + 1));
    }
    return String.valueOf(index + 1);
  }

  private static Node at(MappingNode from, List<String> path, boolean create, boolean list) {
    MappingNode current = from;
    for (int i = 0; i < path.size(); i++) {
      boolean last = i == path.size() - 1;
      Node next = value(current, path.get(i)).orElse(null);
      if (next == null || (next instanceof ScalarNode && create)) {
        if (!create) {
          return null;
        }
        next =
            last && list
                ? new SequenceNode(Tag.SEQ, new ArrayList<>(), FlowStyle.BLOCK)
                : emptyMap();
        put(current, path.get(i), next);
      }
      if (last) {
        return next;
      }
      if (!(next instanceof MappingNode mapping)) {
        return null;
      }
      current = mapping;
    }
    return current;
  }

  /** The value of field {@code name} (dotted: {@code source.type}) of a mapping. */
  public static Optional<Node> field(MappingNode item, String name) {
    Node current = item;
    for (String step : name.split("\\.")) {
      if (!(current instanceof MappingNode mapping)) {
        return Optional.empty();
      }
      Optional<Node> next = value(mapping, step);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      current = next.get();
    }
    return Optional.of(current);
  }

  /** A field's scalar text, if the field is a scalar other than null. */
  public static Optional<String> scalar(MappingNode item, String name) {
    return field(item, name)
        .filter(n -> n instanceof ScalarNode && !n.getTag().equals(Tag.NULL))
        .map(n -> ((ScalarNode) n).getValue());
  }

  /**
   * Sets field {@code name} (dotted) to {@code value}; null removes it, and a group left empty by
   * that goes too.
   */
  public static void set(MappingNode item, String name, Node value) {
    String[] steps = name.split("\\.");
    MappingNode current = item;
    List<MappingNode> trail = new ArrayList<>();
    for (int i = 0; i < steps.length - 1; i++) {
      Node next = value(current, steps[i]).orElse(null);
      MappingNode mapping;
      if (next instanceof MappingNode existing) {
        mapping = existing;
      } else {
        if (value == null) {
          return;
        }
        mapping = emptyMap();
        put(current, steps[i], mapping);
      }
      trail.add(current);
      current = mapping;
    }
    String last = steps[steps.length - 1];
    if (value == null) {
      remove(current, last);
      for (int i = trail.size() - 1; i >= 0 && current.getValue().isEmpty(); i--) {
        remove(trail.get(i), steps[i]);
        current = trail.get(i);
      }
    } else {
      put(current, last, value);
    }
  }

  private static Optional<Node> value(MappingNode mapping, String key) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return Optional.of(tuple.getValueNode());
      }
    }
    return Optional.empty();
  }

  private static void put(MappingNode mapping, String key, Node value) {
    List<NodeTuple> tuples = mapping.getValue();
    for (int i = 0; i < tuples.size(); i++) {
      if (tuples.get(i).getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        tuples.set(i, new NodeTuple(k, value));
        return;
      }
    }
    tuples.add(new NodeTuple(YamlNodes.text(key), value));
  }

  private static void remove(MappingNode mapping, String key) {
    mapping
        .getValue()
        .removeIf(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key));
  }

  /** A copy of a mapping deep enough to change its fields without touching the original. */
  public static MappingNode copy(MappingNode item) {
    List<NodeTuple> tuples = new ArrayList<>();
    for (NodeTuple tuple : item.getValue()) {
      Node value = tuple.getValueNode();
      tuples.add(
          new NodeTuple(tuple.getKeyNode(), value instanceof MappingNode m ? copy(m) : value));
    }
    return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
  }

  /** An item as YAML text on its own, to compare and keep it. */
  public static String text(Node item) {
    return YamlText.dump(item);
  }
}
