package se.styr.plan;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import se.styr.budget.BudgetTable;
import se.styr.budget.SavingsMeasures;
import se.styr.budget.SavingsMeasuresFile;
import se.styr.budget.TableReader;
import se.styr.budget.TextFigure;
import se.styr.budget.TextFigureReader;
import se.styr.followup.FollowUpFile;
import se.styr.followup.FollowUpPlan;
import se.styr.forecast.ForecastFile;
import se.styr.forecast.Forecasts;
import se.styr.goals.GoalFile;
import se.styr.goals.GoalPlan;
import se.styr.organisation.AreaReader;
import se.styr.organisation.AreaRules;
import se.styr.organisation.Committee;
import se.styr.organisation.Municipality;
import se.styr.organisation.MunicipalityCodes;
import se.styr.organisation.OperationalArea;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;
import se.styr.shared.file.TextFiles;
import se.styr.shared.yaml.Where;
import se.styr.shared.yaml.YamlFile;
import se.styr.shared.yaml.YamlMap;
import se.styr.shared.yaml.YamlProblems;
import se.styr.shared.yaml.YamlReading;
import se.styr.texts.Section;
import se.styr.version.Decision;
import se.styr.version.PlanHeader;
import se.styr.version.PlanPeriod;
import se.styr.version.PlanStatus;
import se.styr.version.VersionInfo;

/**
 * Reads a plan file into a {@link PlanDocument}, or throws a {@link
 * se.styr.shared.file.BadFileException} naming every problem. The reader holds the file's envelope
 * (format, municipality, committee, plan, version, content); every other section is read by its
 * feature ({@link AreaReader}, {@link TextFigureReader}, {@link GoalFile}, {@link
 * SavingsMeasuresFile}, {@link FollowUpFile}, {@link ForecastFile}), and the whole plan is then
 * checked by {@link PlanRules}.
 */
public final class PlanFileReader {
  /** The code plan files of organisations without one once stated. */
  private static final String NO_CODE = "0000";

  public static final String FORMAT = "styr-plan/1";
  private static final Set<String> ENVELOPE =
      Set.of(
          "format",
          "municipality",
          "committee",
          "plan",
          "version",
          "areas",
          "content",
          TextFigureReader.FIELD);

  private static final Text PLAN_FILE = Text.of("plan.file.planFile");

  private PlanFileReader() {}

  /** The fields the sections beside tables and text hold: goals, savings measures, follow-up. */
  static Set<String> sectionFields() {
    Set<String> fields = new LinkedHashSet<>(GoalFile.FIELDS);
    fields.add(SavingsMeasuresFile.FIELD);
    fields.addAll(FollowUpFile.FIELDS);
    fields.add(ForecastFile.FIELD);
    return fields;
  }

  private static Set<String> rootFields() {
    Set<String> fields = new LinkedHashSet<>(ENVELOPE);
    fields.addAll(sectionFields());
    return fields;
  }

  public static PlanDocument read(Path file) {
    return read(file.toString(), TextFiles.utf8(file));
  }

  public static PlanDocument read(String file, String text) {
    return YamlFile.read(file, text, PLAN_FILE, (map, reading) -> new Reading(reading).plan(map));
  }

  public static PlanDocument read(String file, Reader text) {
    return YamlFile.read(file, text, PLAN_FILE, (map, reading) -> new Reading(reading).plan(map));
  }

  /**
   * Reads the sections kept beside tables and text (as the store keeps them) into {@code plan},
   * checked by the same rules as in a whole file.
   */
  static PlanDocument readSections(String where, String text, PlanDocument plan) {
    return YamlFile.read(
        where,
        text,
        Text.of("plan.file.goalSections"),
        (map, reading) -> {
          map.allowOnly(sectionFields());
          GoalPlan goals = GoalFile.read(map, reading);
          SavingsMeasures savings = SavingsMeasuresFile.read(map, reading);
          FollowUpPlan followUp = FollowUpFile.read(map, reading);
          Forecasts forecasts = ForecastFile.read(map, reading);
          SectionParts parts = new SectionParts(goals, savings, followUp, forecasts);
          reading.report(parts.problemsIn(plan), map.node());
          return parts.joined(plan);
        });
  }

  /** The sections of a plan file beside its tables and text, as read from their text. */
  record SectionParts(
      GoalPlan goals, SavingsMeasures savings, FollowUpPlan followUp, Forecasts forecasts) {
    /** What the rules find wrong with these sections in {@code plan} (they refer to its areas). */
    List<se.styr.shared.RuleProblem> problemsIn(PlanDocument plan) {
      List<se.styr.shared.RuleProblem> problems =
          new ArrayList<>(
              PlanRules.checkSections(goals, savings, followUp, AreaRules.keys(plan.areas())));
      problems.addAll(PlanRules.forecasts(forecasts, plan));
      return problems;
    }

    PlanDocument joined(PlanDocument plan) {
      return plan.withSections(goals, savings, followUp).withForecasts(forecasts);
    }

    static SectionParts of(PlanDocument plan) {
      return new SectionParts(
          plan.goals(), plan.savingsMeasures(), plan.followUp(), plan.forecasts());
    }
  }

  /** One reading of one file. */
  private static final class Reading {
    private final YamlReading reading;
    private final YamlProblems problems;

    Reading(YamlReading reading) {
      this.reading = reading;
      this.problems = reading.problems();
    }

    PlanDocument plan(YamlMap file) {
      file.allowOnly(rootFields());
      String format = file.text("format", true);
      if (format != null && !format.equals(FORMAT)) {
        problems.add(file.field("format").get(), Text.of("plan.file.format", format, FORMAT));
      }
      Municipality municipality =
          file.map("municipality", true).map(this::municipality).orElse(null);
      Committee committee = file.map("committee", true).map(this::committee).orElse(null);
      PlanHeader header = file.map("plan", true).map(this::header).orElse(null);
      VersionInfo version = file.map("version", true).map(this::version).orElse(null);
      List<OperationalArea> areas = AreaReader.areas(file, reading);
      List<Block> content = content(file);
      List<TextFigure> figures = TextFigureReader.read(file, reading);
      GoalPlan goals = GoalFile.read(file, reading);
      SavingsMeasures savings = SavingsMeasuresFile.read(file, reading);
      FollowUpPlan followUp = FollowUpFile.read(file, reading);
      Forecasts forecasts = ForecastFile.read(file, reading);
      if (municipality == null || committee == null || header == null || version == null) {
        return null;
      }
      PlanDocument plan =
          new PlanDocument(
              municipality,
              committee,
              header,
              version,
              areas,
              content,
              figures,
              goals,
              savings,
              followUp,
              forecasts);
      reading.report(PlanRules.check(plan), file.node());
      return plan;
    }

    /**
     * The municipality: its SCB code, checked against SCB's list, and name; or, for an organisation
     * without a code, its name only. "0000", which plans without a code once had to state, reads as
     * no code.
     */
    private Municipality municipality(YamlMap map) {
      map.allowOnly(Set.of("code", "name"));
      String code = map.text("code", false);
      String name = map.text("name", true);
      if (code != null && code.equals(NO_CODE)) {
        code = null;
      }
      if (code != null && !Municipality.isValidCode(code)) {
        problems.add(map.field("code").get(), Text.of("plan.file.code", code));
        return null;
      }
      if (code != null && !MunicipalityCodes.isKnown(code)) {
        Optional<String> byName = name == null ? Optional.empty() : MunicipalityCodes.codeOf(name);
        problems.add(
            map.field("code").get(),
            byName.isPresent()
                ? Text.of("plan.file.unknownCodeOf", code, name, byName.get())
                : Text.of("plan.file.unknownCode", code, MunicipalityCodes.count()));
        return null;
      }
      if (name == null) {
        return null;
      }
      return code == null ? Municipality.named(name) : new Municipality(code, name);
    }

    private Committee committee(YamlMap map) {
      map.allowOnly(Set.of("key", "name"));
      String name = map.text("name", true);
      String key = map.text("key", false);
      if (key != null && !key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        problems.add(map.field("key").get(), Text.of("plan.file.committeeKey", key));
      }
      return name == null ? null : new Committee(key, name);
    }

    private PlanHeader header(YamlMap map) {
      map.allowOnly(
          Set.of(
              "title",
              "budgetYear",
              "historyYears",
              "planYears",
              "documentDate",
              "chair",
              "officer"));
      String title = map.text("title", true);
      Integer budgetYear = map.year("budgetYear", true);
      List<Integer> history = map.years("historyYears");
      List<Integer> planYears = map.years("planYears");
      if (title == null || budgetYear == null) {
        return null;
      }
      try {
        PlanPeriod period = new PlanPeriod(budgetYear, history, planYears);
        return new PlanHeader(
            title,
            period,
            map.date("documentDate"),
            map.text("chair", false),
            map.text("officer", false));
      } catch (IllegalArgumentException e) {
        problems.add(map.node(), Where.at(Where.name("plan"), InvalidValueException.textOf(e)));
        return null;
      }
    }

    private VersionInfo version(YamlMap map) {
      map.allowOnly(Set.of("number", "status", "decisions"));
      Integer number = map.integer("number", true);
      String statusText = map.text("status", true);
      PlanStatus status = null;
      if (statusText != null) {
        status =
            switch (statusText) {
              case "draft" -> PlanStatus.DRAFT;
              case "decided" -> PlanStatus.DECIDED;
              default -> {
                problems.add(map.field("status").get(), Text.of("plan.file.status", statusText));
                yield null;
              }
            };
      }
      List<Decision> decisions = new ArrayList<>();
      for (Node node : map.list("decisions", false)) {
        YamlMap.of(node, Where.in(Where.name("version"), Where.name("decision")), problems)
            .ifPresent(
                d -> {
                  d.allowOnly(Set.of("date", "paragraph", "dnr", "body", "points", "note"));
                  decisions.add(
                      new Decision(
                          d.date("date"),
                          d.text("paragraph", false),
                          d.text("dnr", false),
                          d.text("body", false),
                          d.texts("points"),
                          d.text("note", false)));
                });
      }
      if (number == null || status == null) {
        return null;
      }
      try {
        return new VersionInfo(number, status, decisions);
      } catch (IllegalArgumentException e) {
        problems.add(map.node(), Where.at(Where.name("version"), InvalidValueException.textOf(e)));
        return null;
      }
    }

    private List<Block> content(YamlMap file) {
      List<Block> blocks = new ArrayList<>();
      Map<String, Node> sections = new HashMap<>();
      Map<String, Node> tables = new HashMap<>();
      TableReader tableReader = new TableReader(reading);
      for (Node node : file.list("content", true)) {
        Optional<YamlMap> found = YamlMap.of(node, Where.name("content"), problems);
        if (found.isEmpty()) {
          continue;
        }
        YamlMap block = found.get();
        if (block.has("section") == block.has("table")) {
          problems.add(node, Text.of("plan.file.contentPart"));
        } else if (block.has("section")) {
          block.allowOnly(Set.of("section", "title", "level", "text"));
          String key = block.text("section", true);
          reading.once(sections, key, node, Text.of("plan.file.section"));
          String title = block.text("title", false);
          Integer level = block.integer("level", false);
          String text = block.text("text", false);
          if (level != null && (level < 1 || level > 6)) {
            problems.add(block.field("level").get(), Text.of("plan.file.sectionLevel", key, level));
          } else if (key != null) {
            blocks.add(new Block.Text(new Section(key, title, level == null ? 1 : level, text)));
          }
        } else if (!block.has("kind") && !block.has("rows") && !block.has("columns")) {
          block.allowOnly(Set.of("table"));
          String key = block.text("table", true);
          if (key != null) {
            reading.locations().table(key, "reference", node);
            blocks.add(new Block.TableReference(key));
          }
        } else {
          String key = block.text("table", true);
          reading.once(tables, key, node, Text.of("budget.file.table"));
          BudgetTable table = tableReader.read(block);
          if (table != null) {
            blocks.add(new Block.Table(table));
          }
        }
      }
      return blocks;
    }
  }
}
