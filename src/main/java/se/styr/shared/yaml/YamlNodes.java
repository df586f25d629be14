package se.styr.shared.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import se.styr.shared.Status;

/** Builds the node tree the writer emits; optional fields are left out when absent. */
public final class YamlNodes {
  private YamlNodes() {}

  /** A mapping whose fields keep the order they are put in. */
  public static final class Fields {
    private final List<NodeTuple> tuples = new ArrayList<>();
    private final FlowStyle style;

    Fields(FlowStyle style) {
      this.style = style;
    }

    public static Fields block() {
      return new Fields(FlowStyle.BLOCK);
    }

    public static Fields flow() {
      return new Fields(FlowStyle.FLOW);
    }

    public Fields put(String key, Node value) {
      if (value != null) {
        tuples.add(new NodeTuple(YamlNodes.text(key), value));
      }
      return this;
    }

    public Fields text(String key, String value) {
      return put(key, value == null ? null : YamlNodes.text(value));
    }

    public Fields number(String key, Number value) {
      return put(key, value == null ? null : YamlNodes.number(new BigDecimal(value.toString())));
    }

    public Fields number(String key, BigDecimal value) {
      return put(key, value == null ? null : YamlNodes.number(value));
    }

    public Fields flag(String key, boolean value, boolean defaultValue) {
      return value == defaultValue
          ? this
          : put(key, new ScalarNode(Tag.BOOL, Boolean.toString(value), ScalarStyle.PLAIN));
    }

    /** The field {@code status}, left out for a planned item (the default). */
    public Fields status(Status status) {
      return text("status", status == null || status == Status.PLANNED ? null : status.fileName());
    }

    public MappingNode node() {
      return new MappingNode(Tag.MAP, tuples, style);
    }
  }

  public static ScalarNode text(String value) {
    ScalarStyle style = value.indexOf('\n') >= 0 ? ScalarStyle.LITERAL : ScalarStyle.PLAIN;
    return new ScalarNode(Tag.STR, value, style);
  }

  public static ScalarNode number(BigDecimal value) {
    String plain = value.toPlainString();
    return new ScalarNode(value.scale() > 0 ? Tag.FLOAT : Tag.INT, plain, ScalarStyle.PLAIN);
  }

  public static ScalarNode nothing() {
    return new ScalarNode(Tag.NULL, "null", ScalarStyle.PLAIN);
  }

  public static SequenceNode flowList(List<? extends Node> items) {
    return new SequenceNode(Tag.SEQ, new ArrayList<>(items), FlowStyle.FLOW);
  }

  public static SequenceNode blockList(List<? extends Node> items) {
    return new SequenceNode(Tag.SEQ, new ArrayList<>(items), FlowStyle.BLOCK);
  }

  /**
   * A block list of the items as {@code write} makes them, or null (the field left out) if there
   * are none.
   */
  public static <T> SequenceNode list(List<T> items, Function<T, Node> write) {
    return items.isEmpty() ? null : blockList(items.stream().map(write).toList());
  }

  public static Optional<SequenceNode> texts(List<String> values) {
    return values.isEmpty()
        ? Optional.empty()
        : Optional.of(blockList(values.stream().map(YamlNodes::text).toList()));
  }

  public static SequenceNode years(List<Integer> years) {
    return flowList(years.stream().map(y -> number(BigDecimal.valueOf(y))).toList());
  }
}
