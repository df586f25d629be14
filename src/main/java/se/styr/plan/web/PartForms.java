package se.styr.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.styr.goals.GoalPlan;
import se.styr.plan.PartField;
import se.styr.plan.PartKind;
import se.styr.plan.PartProblems;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanParts;
import se.styr.shared.Text;

/**
 * A part's fields as the page's form shows them: label, input, the value shown or typed, the
 * choices (words of the plan file, or the keys of the plan's own goals, areas, levels and rules,
 * each with its name), and the problems the plan file's reader found on the field.
 */
final class PartForms {
  private final PlanDocument plan;

  PartForms(PlanDocument plan) {
    this.plan = plan;
  }

  /** One choice of a select or a set of checkboxes. */
  record Option(String value, Text label, boolean selected) {}

  /** One field of the form. */
  record FieldView(
      String name,
      String id,
      Text label,
      String input,
      String value,
      List<Option> options,
      List<Text> errors,
      boolean required,
      Text hint) {
    public boolean invalid() {
      return !errors.isEmpty();
    }

    public String describedBy() {
      String hinted = hint == null ? "" : id + "-hint";
      String erred = errors.isEmpty() ? "" : id + "-error";
      String both = (hinted + " " + erred).strip();
      return both.isEmpty() ? null : both;
    }
  }

  /** The form as a whole: its fields and what the reader said of the item or elsewhere. */
  record Form(
      String prefix, List<FieldView> fields, List<Text> itemProblems, List<Text> elsewhere) {
    public boolean refused() {
      return !itemProblems.isEmpty()
          || !elsewhere.isEmpty()
          || fields.stream().anyMatch(FieldView::invalid);
    }
  }

  /** The answer of a check as one types: whether it would be refused, and why. */
  record Check(boolean refused, PartProblems problems) {
    public List<Text> all() {
      List<Text> all = new ArrayList<>();
      if (problems != null) {
        problems.fields().values().forEach(all::addAll);
        all.addAll(problems.item());
        all.addAll(problems.elsewhere());
      }
      return all;
    }
  }

  /** The labels of a kind's fields, by name, for the check's messages. */
  static Map<String, Text> labels(PartKind kind) {
    Map<String, Text> labels = new LinkedHashMap<>();
    kind.fields().forEach(f -> labels.put(f.name(), Text.of(f.label())));
    return labels;
  }

  Form form(PartKind kind, Map<String, String> values, PartProblems problems, boolean adding) {
    String prefix = adding ? "new-" : "f-";
    List<FieldView> fields = new ArrayList<>();
    Map<String, List<Text>> errors = problems == null ? Map.of() : problems.fields();
    if (kind.keyed()) {
      fields.add(
          new FieldView(
              kind.keyName(),
              prefix + kind.keyName(),
              Text.of("part.field.key"),
              "text",
              values.getOrDefault(kind.keyName(), ""),
              List.of(),
              errors.getOrDefault(kind.keyName(), List.of()),
              false,
              Text.of(adding ? "part.hint.newKey" : "part.hint.key")));
    }
    for (PartField field : kind.fields()) {
      String value = values.getOrDefault(field.name(), "");
      fields.add(
          new FieldView(
              field.name(),
              prefix + field.id(),
              Text.of(field.label()),
              input(field),
              value,
              options(field, value),
              errors.getOrDefault(field.name(), List.of()),
              field.required(),
              hint(field)));
    }
    return new Form(
        prefix,
        fields,
        problems == null ? List.of() : problems.item(),
        problems == null ? List.of() : problems.elsewhere());
  }

  private static String input(PartField field) {
    return switch (field.input()) {
      case LONG_TEXT, LINES -> "textarea";
      case NUMBER, INTEGER, VALUE -> "number";
      case FLAG -> "checkbox";
      case CHOICE, REFERENCE, YES_NO -> "select";
      case REFERENCES -> field.names() == PartField.Names.NONE ? "text" : "checks";
      default -> "text";
    };
  }

  private static Text hint(PartField field) {
    return switch (field.input()) {
      case NUMBER -> Text.of("part.hint.number");
      case INTEGERS -> Text.of("part.hint.integers");
      case VALUE -> Text.of("part.hint.value");
      case LINES -> Text.of("part.hint.lines");
      case REFERENCES ->
          field.names() == PartField.Names.NONE
              ? Text.of("part.hint.words", String.join(", ", words(field)))
              : null;
      default -> field.name().equals("target") ? Text.of("part.hint.target") : null;
    };
  }

  private static List<String> words(PartField field) {
    return field.name().equals("reporting")
        ? PlanParts.reportingWords()
        : List.of("met", "partly_met", "not_met", "not_assessable");
  }

  private List<Option> options(PartField field, String value) {
    List<Option> options = new ArrayList<>();
    if (field.input() == PartField.Input.CHOICE || field.input() == PartField.Input.YES_NO) {
      for (String word : field.choices()) {
        String prefix = field.name().equals("gaps") ? "part.choice.gaps." : "part.choice.";
        options.add(new Option(word, Text.of(prefix + word), word.equals(value)));
      }
    } else if (field.input() == PartField.Input.REFERENCE
        || field.input() == PartField.Input.REFERENCES) {
      Set<String> chosen =
          field.input() == PartField.Input.REFERENCES
              ? Set.of(value.split("\\s*,\\s*"))
              : Set.of(value);
      named(field.names())
          .forEach(
              (key, name) ->
                  options.add(
                      new Option(key, Text.verbatim(key + " – " + name), chosen.contains(key))));
      if (field.input() == PartField.Input.REFERENCE
          && !value.isEmpty()
          && options.stream().noneMatch(Option::selected)) {
        options.add(new Option(value, Text.verbatim(value), true));
      }
    }
    return options;
  }

  private Map<String, String> named(PartField.Names names) {
    Map<String, String> named = new LinkedHashMap<>();
    GoalPlan goals = plan.goals();
    switch (names) {
      case AREAS -> plan.areas().forEach(a -> named.put(a.key(), a.name()));
      case GOAL_LEVELS -> goals.goalLevels().forEach(l -> named.put(l.key(), l.name()));
      case GOALS -> goals.goals().forEach(g -> named.put(g.key(), g.label()));
      case INDICATORS -> goals.indicators().forEach(i -> named.put(i.key(), i.name()));
      case QUALITY_AREAS -> goals.qualityAreas().forEach(q -> named.put(q.key(), q.name()));
      case RULES ->
          goals
              .assessment()
              .rules()
              .forEach(r -> named.put(r.key(), se.styr.shared.FileWords.of(r.kind())));
      case GOALS_AND_INDICATORS -> {
        goals.goals().forEach(g -> named.put(g.key(), g.label()));
        goals.indicators().forEach(i -> named.put(i.key(), i.name()));
      }
      default -> {}
    }
    return named;
  }
}
