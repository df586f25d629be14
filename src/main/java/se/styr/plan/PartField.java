package se.styr.plan;

import java.util.List;
import java.util.Objects;

/**
 * One field of a plan part as a form shows it: its place in the plan file (a dotted path inside the
 * item, {@code source.type}), how it is typed in, and, for a choice, the words it may take or the
 * part of the plan whose keys it names. A blank field is left out of the file, never written as
 * zero. {@code label} is the message key of its label ({@code part.field.source.type}).
 */
public record PartField(
    String name, Input input, List<String> choices, Names names, boolean required, String label) {

  /** How a field is typed in and written to the plan file. */
  public enum Input {
    /** One line of text. */
    TEXT,
    /** Text of several lines (Markdown where the plan prints it so). */
    LONG_TEXT,
    /** A number as a Swede writes it (1 234,5 or -29,4). */
    NUMBER,
    /** A whole number. */
    INTEGER,
    /** Yes or no: a checkbox, written only when set. */
    FLAG,
    /** One word of {@link PartField#choices}. */
    CHOICE,
    /** Yes or no written as such, or blank for the plan file's default: a choice of the two. */
    YES_NO,
    /** The key of one item of the plan ({@link PartField#names}). */
    REFERENCE,
    /** Several keys of the plan or words, separated by commas. */
    REFERENCES,
    /** Whole numbers separated by commas (years, Agenda 2030 goals). */
    INTEGERS,
    /** Several texts, one per line (footnotes). */
    LINES,
    /** A measured value: a number, ja/nej, or a count of a set (3/5 or 3 av 5). */
    VALUE
  }

  /** The part of the plan whose keys a reference field names. */
  public enum Names {
    NONE,
    AREAS,
    GOAL_LEVELS,
    GOALS,
    INDICATORS,
    QUALITY_AREAS,
    RULES,
    GOALS_AND_INDICATORS
  }

  public PartField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(input, "input");
    choices = List.copyOf(choices);
    names = names == null ? Names.NONE : names;
    label = label == null ? "part.field." + name : label;
  }

  PartField(String name, Input input, List<String> choices, Names names, boolean required) {
    this(name, input, choices, names, required, null);
  }

  /**
   * The same field labelled by its own message key where the shared one would mislead (a row's
   * parent is a row, not a goal): {@code part.field.row.parent}.
   */
  PartField labelled(String key) {
    return new PartField(name, input, choices, names, required, "part.field." + key);
  }

  static PartField text(String name) {
    return new PartField(name, Input.TEXT, List.of(), Names.NONE, false);
  }

  static PartField longText(String name) {
    return new PartField(name, Input.LONG_TEXT, List.of(), Names.NONE, false);
  }

  static PartField of(String name, Input input) {
    return new PartField(name, input, List.of(), Names.NONE, false);
  }

  static PartField choice(String name, List<String> words) {
    return new PartField(name, Input.CHOICE, words, Names.NONE, false);
  }

  static PartField yesNo(String name) {
    return new PartField(name, Input.YES_NO, List.of("true", "false"), Names.NONE, false);
  }

  static PartField reference(String name, Names names) {
    return new PartField(name, Input.REFERENCE, List.of(), names, false);
  }

  static PartField references(String name, Names names) {
    return new PartField(name, Input.REFERENCES, List.of(), names, false);
  }

  /** The same field, required by the plan file. */
  PartField mandatory() {
    return new PartField(name, input, choices, names, true, label);
  }

  /** The field's name as an HTML id: {@code source-type}. */
  public String id() {
    return name.replace('.', '-');
  }

  public boolean isLong() {
    return input == Input.LONG_TEXT || input == Input.LINES;
  }

  public boolean isChoice() {
    return input == Input.CHOICE || input == Input.REFERENCE || input == Input.YES_NO;
  }

  public boolean isFlag() {
    return input == Input.FLAG;
  }
}
