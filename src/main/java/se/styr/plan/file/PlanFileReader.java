package se.styr.plan.file;

import se.styr.budget.TableReader;
import se.styr.goals.CommitmentReader;
import se.styr.goals.GoalReader;
import se.styr.organisation.AreaReader;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;
import se.styr.shared.yaml.Locations;
import se.styr.shared.yaml.YamlFile;
import se.styr.shared.yaml.YamlMap;
import se.styr.shared.yaml.YamlProblems;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import se.styr.budget.BudgetTable;
import se.styr.budget.Formula;
import se.styr.budget.TextFigure;
import se.styr.organisation.Committee;
import se.styr.organisation.Municipality;
import se.styr.organisation.OperationalArea;
import se.styr.plan.Block;
import se.styr.version.Decision;
import se.styr.plan.PlanDocument;
import se.styr.version.PlanHeader;
import se.styr.version.PlanPeriod;
import se.styr.budget.TableRules;
import se.styr.version.PlanStatus;
import se.styr.shared.RuleProblem;
import se.styr.plan.Steering;
import se.styr.version.VersionInfo;

/** Reads a plan file into a {@link PlanDocument}, or throws a {@link BadFileException} naming every problem. */
public final class PlanFileReader {
  public static final String FORMAT = "styr-plan/1";
  /** Plan files are documents, not data dumps; ten million characters is far beyond the largest plan. */
  private static final int MOST_CHARACTERS = 10_000_000;
  private static final Set<String> STEERING_FIELDS = Set.of("goalLevels", "qualityAreas", "assessment", "goals",
      "indicators", "activities", "assignments", "priorityDirections", "actionPlans", "focusAreas", "savingsMeasures",
      "internalControl", "providers", "measures", "reservations", "comparisons");
  private static final Set<String> ROOT_FIELDS = union(Set.of("format", "municipality", "committee", "plan", "version",
      "areas", "content", "textFigures"), STEERING_FIELDS);

  private PlanFileReader() {}

  public static PlanDocument read(Path file) {
    return read(file.toString(), YamlFile.text(file));
  }

  public static PlanDocument read(String file, String text) {
    return read(file, new StringReader(text));
  }

  public static PlanDocument read(String file, Reader reader) {
    YamlProblems problems = new YamlProblems(file);
    Node root = compose(file, reader, problems);
    if (root == null) {
      throw new BadFileException(problems.any() ? problems.all()
          : List.of(new FileProblem(file, 1, 1, "the file is empty")));
    }
    PlanDocument plan = new Reading(problems).plan(root);
    if (problems.any() || plan == null) {
      throw new BadFileException(problems.all());
    }
    return plan;
  }

  /**
   * Reads the goal-chain sections alone (as the store keeps them) for a plan with the given areas,
   * checked by the same rules as in a whole file.
   */
  static Steering readSteering(String where, String text, Set<String> areaKeys) {
    YamlProblems problems = new YamlProblems(where);
    Node root = compose(where, new StringReader(text), problems);
    Steering steering = root == null ? null : new Reading(problems).steeringAlone(root, areaKeys);
    if (problems.any() || steering == null) {
      throw new BadFileException(problems.all());
    }
    return steering;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  public static Node compose(String file, Reader reader, YamlProblems problems) {
    LoadSettings settings = LoadSettings.builder()
        .setLabel(file)
        .setUseMarks(true)
        .setCodePointLimit(MOST_CHARACTERS)
        .setMaxAliasesForCollections(50)
        .build();
    try {
      Optional<Node> node = new Compose(settings).composeReader(reader);
      if (node.isPresent() && hasAnchors(node.get(), 0)) {
        problems.add(node.get(), "anchors and aliases (&, *) are not used in plan files; write each value out");
        return null;
      }
      return node.orElse(null);
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      int line = mark == null ? 1 : mark.getLine() + 1;
      int column = mark == null ? 1 : mark.getColumn() + 1;
      problems.add(line, column, "not valid YAML: " + e.getProblem() + (e.getContext() == null ? "" : " " + e.getContext()));
      return null;
    } catch (YamlEngineException e) {
      problems.add(1, 1, "not valid YAML: " + e.getMessage());
      return null;
    }
  }

  /** Aliases would let a small file expand into a huge one; plan files have no use for them. */
  private static boolean hasAnchors(Node node, int depth) {
    if (node.getAnchor().isPresent() || depth > 64) {
      return true;
    }
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (hasAnchors(tuple.getKeyNode(), depth + 1) || hasAnchors(tuple.getValueNode(), depth + 1)) {
          return true;
        }
      }
    } else if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        if (hasAnchors(item, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** One reading of one file. */
  private static final class Reading {
    private final YamlProblems problems;
    private final Locations locations = new Locations();

    Reading(YamlProblems problems) {
      this.problems = problems;
    }

    PlanDocument plan(Node root) {
      Optional<YamlMap> found = YamlMap.of(root, "the plan file", problems);
      if (found.isEmpty()) {
        return null;
      }
      YamlMap file = found.get();
      file.allowOnly(ROOT_FIELDS);
      String format = file.text("format", true);
      if (format != null && !format.equals(FORMAT)) {
        problems.add(file.field("format").get(), "format '" + format + "' is not known; this version reads " + FORMAT);
      }
      Municipality municipality = file.map("municipality", true).map(this::municipality).orElse(null);
      Committee committee = file.map("committee", true).map(this::committee).orElse(null);
      PlanHeader header = file.map("plan", true).map(this::header).orElse(null);
      VersionInfo version = file.map("version", true).map(this::version).orElse(null);
      List<OperationalArea> areas = AreaReader.areas(file, problems, locations);
      List<Block> content = content(file);
      List<TextFigure> figures = textFigures(file);
      Steering steering = steering(file);
      if (municipality == null || committee == null || header == null || version == null) {
        return null;
      }
      PlanDocument plan = new PlanDocument(municipality, committee, header, version, areas, content, figures, steering);
      report(TableRules.check(plan), file);
      return plan;
    }

    private Municipality municipality(YamlMap map) {
      map.allowOnly(Set.of("code", "name"));
      String code = map.text("code", true);
      String name = map.text("name", true);
      if (code != null && !Municipality.isValidCode(code)) {
        problems.add(map.field("code").get(), "municipality: code must be the four-digit SCB code in quotes, e.g. \"1488\", got '" + code + "'");
        return null;
      }
      return code == null || name == null ? null : new Municipality(code, name);
    }

    private Committee committee(YamlMap map) {
      map.allowOnly(Set.of("key", "name"));
      String name = map.text("name", true);
      String key = map.text("key", false);
      if (key != null && !key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        problems.add(map.field("key").get(), "committee: key '" + key + "' may hold only a-z, 0-9 and single hyphens");
      }
      return name == null ? null : new Committee(key, name);
    }

    private PlanHeader header(YamlMap map) {
      map.allowOnly(Set.of("title", "budgetYear", "historyYears", "planYears", "documentDate", "chair", "officer"));
      String title = map.text("title", true);
      Integer budgetYear = map.year("budgetYear", true);
      List<Integer> history = map.years("historyYears");
      List<Integer> planYears = map.years("planYears");
      if (title == null || budgetYear == null) {
        return null;
      }
      try {
        PlanPeriod period = new PlanPeriod(budgetYear, history, planYears);
        return new PlanHeader(title, period, map.date("documentDate"), map.text("chair", false), map.text("officer", false));
      } catch (IllegalArgumentException e) {
        problems.add(map.node(), "plan: " + e.getMessage());
        return null;
      }
    }

    private VersionInfo version(YamlMap map) {
      map.allowOnly(Set.of("number", "status", "decisions"));
      Integer number = map.integer("number", true);
      String statusText = map.text("status", true);
      PlanStatus status = null;
      if (statusText != null) {
        status = switch (statusText) {
          case "draft" -> PlanStatus.DRAFT;
          case "decided" -> PlanStatus.DECIDED;
          default -> {
            problems.add(map.field("status").get(), "version: status is draft or decided, got '" + statusText + "'");
            yield null;
          }
        };
      }
      List<Decision> decisions = new ArrayList<>();
      for (Node node : map.list("decisions", false)) {
        YamlMap.of(node, "version → decision", problems).ifPresent(d -> {
          d.allowOnly(Set.of("date", "paragraph", "dnr", "body", "points", "note"));
          decisions.add(new Decision(d.date("date"), d.text("paragraph", false), d.text("dnr", false),
              d.text("body", false), d.texts("points"), d.text("note", false)));
        });
      }
      if (number == null || status == null) {
        return null;
      }
      try {
        return new VersionInfo(number, status, decisions);
      } catch (IllegalArgumentException e) {
        problems.add(map.node(), "version: " + e.getMessage());
        return null;
      }
    }

    private List<Block> content(YamlMap file) {
      List<Block> blocks = new ArrayList<>();
      Map<String, Node> sections = new HashMap<>();
      Map<String, Node> tables = new HashMap<>();
      TableReader tableReader = new TableReader(problems, locations);
      for (Node node : file.list("content", true)) {
        Optional<YamlMap> found = YamlMap.of(node, "content", problems);
        if (found.isEmpty()) {
          continue;
        }
        YamlMap block = found.get();
        if (block.has("section") == block.has("table")) {
          problems.add(node, "content: each part is either a section (section: key) or a table (table: key)");
        } else if (block.has("section")) {
          block.allowOnly(Set.of("section", "title", "level", "text"));
          String key = block.text("section", true);
          once(sections, key, node, "section");
          String title = block.text("title", false);
          Integer level = block.integer("level", false);
          String text = block.text("text", false);
          if (level != null && (level < 1 || level > 6)) {
            problems.add(block.field("level").get(), "section '" + key + "': level is 1 to 6, got " + level);
          } else if (key != null) {
            blocks.add(new Block.Section(key, title, level == null ? 1 : level, text));
          }
        } else if (!block.has("kind") && !block.has("rows") && !block.has("columns")) {
          block.allowOnly(Set.of("table"));
          String key = block.text("table", true);
          if (key != null) {
            locations.table(key, "reference", node);
            blocks.add(new Block.TableReference(key));
          }
        } else {
          String key = block.text("table", true);
          once(tables, key, node, "table");
          BudgetTable table = tableReader.read(block);
          if (table != null) {
            blocks.add(new Block.Table(table));
          }
        }
      }
      return blocks;
    }

    private List<TextFigure> textFigures(YamlMap file) {
      List<TextFigure> figures = new ArrayList<>();
      Map<String, Node> seen = new HashMap<>();
      for (Node node : file.list("textFigures", false)) {
        YamlMap.of(node, "text figure", problems).ifPresent(map -> {
          map.allowOnly(Set.of("key", "text", "value", "unit", "equals"));
          String key = map.text("key", true);
          once(seen, key, node, "text figure");
          String where = "text figure '" + key + "'";
          String text = map.text("text", true);
          String unit = map.text("unit", true);
          map.field("unit").ifPresent(n -> locations.field("textFigures/" + key + "/unit", n));
          map.field("equals").ifPresent(n -> locations.field("textFigures/" + key + "/equals", n));
          var value = map.decimal("value", true);
          Formula equals = null;
          String formula = map.text("equals", true);
          if (formula != null) {
            try {
              equals = Formula.parse(formula);
            } catch (IllegalArgumentException e) {
              problems.add(map.field("equals").get(), where + ": " + e.getMessage());
            }
          }
          if (key != null && text != null && unit != null && value != null && equals != null) {
            figures.add(new TextFigure(key, text, value, unit, equals));
          }
        });
      }
      return figures;
    }

    Steering steeringAlone(Node root, Set<String> areaKeys) {
      Optional<YamlMap> found = YamlMap.of(root, "the goal sections", problems);
      if (found.isEmpty()) {
        return null;
      }
      found.get().allowOnly(STEERING_FIELDS);
      Steering steering = steering(found.get());
      report(TableRules.checkSteering(steering, areaKeys), found.get());
      return steering;
    }

    private void report(List<RuleProblem> ruleProblems, YamlMap file) {
      for (RuleProblem problem : ruleProblems) {
        Node node = locations.of(problem);
        problems.add(node == null ? file.node() : node, problem.toString());
      }
    }

    private Steering steering(YamlMap file) {
      GoalReader goals = new GoalReader(problems, locations);
      CommitmentReader commitments = new CommitmentReader(problems, locations, goals);
      return new Steering(goals.levels(file), goals.qualityAreas(file), goals.assessment(file),
          goals.goals(file, "goals", "goals/"), goals.indicators(file, "indicators", "indicators/"),
          commitments.activities(file), commitments.assignments(file), commitments.priorityDirections(file),
          commitments.actionPlans(file), commitments.focusAreas(file), commitments.savingsMeasures(file),
          commitments.internalControl(file), commitments.providers(file), commitments.measures(file),
          commitments.reservations(file), goals.comparisons(file));
    }

    private void once(Map<String, Node> seen, String key, Node node, String what) {
      if (key == null) {
        return;
      }
      Node first = seen.putIfAbsent(key, node);
      if (first != null) {
        problems.add(node, "duplicate " + what + " '" + key + "' (first at line " + YamlProblems.line(first) + ")");
      }
    }

  }
}
