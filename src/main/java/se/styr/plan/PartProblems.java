package se.styr.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * Why a change of a plan part was refused, said where the form can show it: per field, for the item
 * as a whole, and for other parts of the plan the change would break (an indicator that names a
 * goal being removed). The texts are the plan file reader's own.
 */
public final class PartProblems extends StyrException {
  private final transient Map<String, List<Text>> fields;
  private final transient List<Text> item;
  private final transient List<Text> elsewhere;

  public PartProblems(Map<String, List<Text>> fields, List<Text> item, List<Text> elsewhere) {
    super(ErrorCode.RULE_VIOLATION, summary(fields, item, elsewhere));
    this.fields = Map.copyOf(fields);
    this.item = List.copyOf(item);
    this.elsewhere = List.copyOf(elsewhere);
  }

  /** Problems of typing in alone, one per field. */
  static PartProblems ofFields(Map<String, Text> typed) {
    Map<String, List<Text>> fields = new LinkedHashMap<>();
    typed.forEach((field, text) -> fields.put(field, List.of(text)));
    return new PartProblems(fields, List.of(), List.of());
  }

  private static Text summary(
      Map<String, List<Text>> fields, List<Text> item, List<Text> elsewhere) {
    List<Text> all = new ArrayList<>();
    fields.values().forEach(all::addAll);
    all.addAll(item);
    all.addAll(elsewhere);
    return all.size() == 1 ? all.get(0) : Text.join("; ", all);
  }

  /** Problems per field name (dotted, as {@link PartField#name()}; {@code key} for the key). */
  public Map<String, List<Text>> fields() {
    return fields;
  }

  public List<Text> item() {
    return item;
  }

  public List<Text> elsewhere() {
    return elsewhere;
  }
}
