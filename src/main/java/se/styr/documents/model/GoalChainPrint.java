package se.styr.documents.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.styr.charts.IndicatorChart;
import se.styr.goals.Assessment;
import se.styr.goals.Assessor;
import se.styr.goals.GlobalGoal;
import se.styr.goals.Goal;
import se.styr.goals.GoalHierarchy;
import se.styr.goals.GoalPlan;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorLevel;
import se.styr.goals.IndicatorValue;
import se.styr.goals.ResultScale;
import se.styr.goals.TargetSpec;
import se.styr.shared.Period;
import se.styr.shared.SwedishNumbers;

/**
 * The goal chain as a document prints it ("den röda tråden"): each goal under a heading named by
 * its level as the municipality names it, from the top goals down, with its facts, description and
 * how it is followed up, its assessment for the year where one exists, and its indicators in a
 * table of baseline, values, outlook, targets per year, source and assessment.
 */
final class GoalChainPrint {
  /**
   * A figure as indicator tables print one: "88", "-1,5", "≥ 90 %", "10–15", "1 234 kr", or
   * "saknas", "ja", "nej".
   */
  private static final java.util.regex.Pattern FIGURE =
      java.util.regex.Pattern.compile(
          "[-+−±≥≤<>= ]*\\d[\\d \u00a0,.–-]*( ?(%|kr|st))?|saknas|ja|nej|JA|NEJ");

  private final GoalPlan goalPlan;
  private final Body body;
  private final int year;
  private final boolean charts;
  private final Map<String, String> levelNames = new HashMap<>();
  private final Map<String, String> qualityAreas = new HashMap<>();
  private final GoalHierarchy hierarchy;
  private final Map<String, Assessment> assessments = new HashMap<>();
  private final Set<String> printed = new HashSet<>();

  private GoalChainPrint(
      GoalPlan goalPlan, String municipality, int year, boolean charts, Body body) {
    this.goalPlan = goalPlan;
    this.body = body;
    this.year = year;
    this.charts = charts;
    this.hierarchy = GoalHierarchy.of(goalPlan.goals(), goalPlan.indicators());
    goalPlan.goalLevels().forEach(l -> levelNames.put(l.key(), l.name()));
    goalPlan.qualityAreas().forEach(q -> qualityAreas.put(q.key(), q.name()));
    Assessor.Report report = Assessor.assess(goalPlan.chain(), municipality, year);
    report.goals().forEach(a -> assessments.put("g:" + a.subject(), a));
    report.indicators().forEach(a -> assessments.put("i:" + a.subject(), a));
  }

  /**
   * Prints the chain with its top goals at heading {@code level}; nothing if the plan has no goals
   * or indicators.
   */
  static void print(
      GoalPlan goalPlan, String municipality, int year, boolean charts, int level, Body body) {
    new GoalChainPrint(goalPlan, municipality, year, charts, body).print(level);
  }

  static boolean isEmpty(GoalPlan goalPlan) {
    return goalPlan.goals().isEmpty() && goalPlan.indicators().isEmpty();
  }

  private void print(int level) {
    hierarchy.roots().forEach(goal -> goal(goal, level));
    // A goal in a cycle of parents is reached from no top goal; it is still printed.
    goalPlan.goals().stream().filter(g -> !printed.contains(g.key())).forEach(g -> goal(g, level));
    if (!hierarchy.ofPlan().isEmpty()) {
      String anchor = body.heading(level, DocumentWords.get("document.indicators"), "indikatorer");
      indicatorTable(
          anchor + "-tabell", DocumentWords.get("document.indicators"), hierarchy.ofPlan());
    }
  }

  private void goal(Goal goal, int level) {
    printed.add(goal.key());
    body.heading(level, heading(goal), "g-" + goal.key());
    body.facts(facts(goal));
    body.paragraphs(null, goal.description());
    body.paragraphs(DocumentWords.get("document.goal.followUp"), goal.followUp());
    List<Indicator> own = hierarchy.indicators(goal.key());
    if (!own.isEmpty()) {
      indicatorTable(
          "i-" + goal.key(),
          DocumentWords.get(
              "document.indicators.of", goal.number() != null ? goal.number() : goal.title()),
          own);
    }
    for (Goal child : hierarchy.subgoals(goal.key())) {
      if (!printed.contains(child.key())) {
        goal(child, level + 1);
      }
    }
  }

  /**
   * "KF-mål 1: Södertälje kommuns invånare ..." or, where the number does not name the level,
   * "Nämndmål: ...".
   */
  private String heading(Goal goal) {
    String levelName = levelNames.getOrDefault(goal.level(), goal.level());
    if (goal.number() != null && goal.number().startsWith(levelName)) {
      return goal.label();
    }
    return DocumentWords.get("document.goal.level", levelName, goal.label());
  }

  private List<TitlePage.Fact> facts(Goal goal) {
    List<TitlePage.Fact> facts = new ArrayList<>();
    if (goal.type() != null) {
      facts.add(fact("document.goal.type", DocumentWords.of("goals.type.", goal.type())));
    }
    if (goal.perspective() != null) {
      facts.add(fact("document.goal.perspective", goal.perspective()));
    }
    if (!goal.qualityAreas().isEmpty()) {
      facts.add(
          fact(
              "document.goal.qualityAreas",
              String.join(
                  ", ",
                  goal.qualityAreas().stream()
                      .map(q -> qualityAreas.getOrDefault(q, q))
                      .toList())));
    }
    if (!goal.globalGoals().isEmpty()) {
      facts.add(
          fact(
              "document.goal.globalGoals",
              String.join(", ", goal.globalGoals().stream().map(GlobalGoal::label).toList())));
    }
    if (goal.withoutSubgoal() != null) {
      facts.add(fact("document.goal.withoutSubgoal", goal.withoutSubgoal()));
    }
    String assessed = assessment("g:" + goal.key());
    if (assessed != null) {
      facts.add(new TitlePage.Fact(DocumentWords.get("document.goal.assessment", year), assessed));
    }
    return facts;
  }

  /**
   * "Delvis uppfyllt (poäng 0,58)", in the words of the plan's result scale, or null where nothing
   * is assessed this year (a person's "could not be assessed" is printed where the scale has a
   * symbol for it).
   */
  private String assessment(String subject) {
    Assessment assessment = assessments.get(subject);
    ResultScale scale = goalPlan.chain().settings().scale();
    if (assessment == null || !scale.shows(assessment.result(), ResultScale.isJudged(assessment))) {
      return null;
    }
    String result = scale.shown(assessment).swedish();
    return assessment.score() == null
        ? result
        : DocumentWords.get(
            "document.goal.assessmentScore", result, SwedishNumbers.format(assessment.score()));
  }

  private void indicatorTable(String anchorBase, String caption, List<Indicator> list) {
    boolean baseline = list.stream().anyMatch(i -> i.baseline() != null);
    Set<String> periods =
        new TreeSet<>(
            Comparator.comparingInt(Period::order).thenComparing(Comparator.naturalOrder()));
    list.forEach(i -> i.values().forEach(v -> periods.add(v.period())));
    Set<String> outlooks = new LinkedHashSet<>();
    list.stream().filter(i -> i.outlook() != null).forEach(i -> outlooks.add(outlookHeader(i)));
    List<List<Integer>> years = targetColumns(list);
    boolean source = list.stream().anyMatch(i -> i.source() != null);
    boolean assessed = list.stream().anyMatch(i -> assessment("i:" + i.key()) != null);

    List<PrintedTable.Column> columns = new ArrayList<>();
    columns.add(new PrintedTable.Column(DocumentWords.get("goals.indicator"), false));
    if (baseline) {
      columns.add(new PrintedTable.Column(DocumentWords.get("goals.indicator.baseline"), true));
    }
    periods.forEach(
        p ->
            columns.add(
                new PrintedTable.Column(DocumentWords.get("document.indicator.value", p), true)));
    outlooks.forEach(f -> columns.add(new PrintedTable.Column(f, true)));
    years.forEach(
        y ->
            columns.add(
                new PrintedTable.Column(
                    DocumentWords.get("document.indicator.target", span(y)), true)));
    if (source) {
      columns.add(new PrintedTable.Column(DocumentWords.get("goals.indicator.source"), false));
    }
    if (assessed) {
      columns.add(
          new PrintedTable.Column(DocumentWords.get("document.indicator.assessment", year), false));
    }
    List<PrintedTable.Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Indicator indicator : list) {
      List<String> cells = new ArrayList<>();
      cells.add(
          indicator.level() == IndicatorLevel.COMMITTEE
              ? indicator.name()
              : indicator.name()
                  + " "
                  + DocumentWords.of("goals.indicator.level.", indicator.level()));
      if (baseline) {
        cells.add(baseline(indicator));
      }
      for (String period : periods) {
        cells.add(
            indicator.values().stream()
                .filter(v -> v.period().equals(period))
                .findFirst()
                .map(GoalChainPrint::value)
                .orElse(""));
      }
      for (String header : outlooks) {
        cells.add(
            indicator.outlook() != null && outlookHeader(indicator).equals(header)
                ? outlook(indicator)
                : "");
      }
      for (List<Integer> column : years) {
        cells.add(
            String.join(
                "; ",
                indicator.targetsFor(column.get(0)).stream().map(TargetSpec::swedish).toList()));
      }
      if (source) {
        cells.add(source(indicator));
      }
      if (assessed) {
        String result = assessment("i:" + indicator.key());
        cells.add(result == null ? "" : result);
      }
      rows.add(PrintedTable.Row.item(cells));
      indicator
          .footnotes()
          .forEach(
              f ->
                  notes.add(DocumentWords.get("document.indicator.footnote", indicator.name(), f)));
    }
    body.table(
        new PrintedTable(
            body.anchor(anchorBase),
            caption,
            null,
            figuresRightAligned(columns, rows),
            rows,
            notes,
            false));
    if (charts) {
      for (Indicator indicator : list) {
        if (!indicator.values().isEmpty()) {
          String anchor = body.anchor("diagram-" + indicator.key());
          body.figure(anchor, IndicatorChart.of(indicator, anchor));
        }
      }
    }
  }

  /**
   * Columns of values and targets hold figures ("88", "≥ 90 %") or words ("Öka", "Bland de 25 %
   * bästa i landet"): a column is set as figures (right-aligned, never wrapped) only if all its
   * cells are.
   */
  private static List<PrintedTable.Column> figuresRightAligned(
      List<PrintedTable.Column> columns, List<PrintedTable.Row> rows) {
    List<PrintedTable.Column> set = new ArrayList<>(columns.size());
    for (int c = 0; c < columns.size(); c++) {
      boolean figures = columns.get(c).numeric();
      for (PrintedTable.Row row : rows) {
        String cell = row.cells().get(c);
        figures &= cell.isEmpty() || FIGURE.matcher(cell).matches();
      }
      set.add(new PrintedTable.Column(columns.get(c).label(), figures));
    }
    return set;
  }

  /**
   * The target columns of an indicator table: one per span of years that the targets share ("Mål
   * 2024–2027" where every target is set for the whole period, as Smedjebacken's are), or one per
   * year where the spans differ or overlap (Södertälje's targets for 2025, 2026 and 2027).
   */
  static List<List<Integer>> targetColumns(List<Indicator> indicators) {
    Set<List<Integer>> spans = new LinkedHashSet<>();
    Set<Integer> years = new TreeSet<>();
    for (Indicator indicator : indicators) {
      for (TargetSpec target : indicator.targets()) {
        List<Integer> span = target.years().stream().sorted().toList();
        spans.add(span);
        years.addAll(span);
      }
    }
    int covered = spans.stream().mapToInt(List::size).sum();
    if (covered == years.size()) {
      return spans.stream().sorted(Comparator.comparing(span -> span.get(0))).toList();
    }
    return years.stream().map(List::of).toList();
  }

  /** "2025", or "2024–2027" for a span of consecutive years, else the years listed. */
  private static String span(List<Integer> years) {
    int first = years.get(0);
    int last = years.get(years.size() - 1);
    if (years.size() == 1) {
      return String.valueOf(first);
    }
    return last - first + 1 == years.size()
        ? first + "–" + last
        : String.join(", ", years.stream().map(String::valueOf).toList());
  }

  private static String baseline(Indicator indicator) {
    if (indicator.baseline() == null) {
      return "";
    }
    String text = indicator.baseline().swedish();
    if (text == null) {
      return indicator.baseline().isNew() ? DocumentWords.get("goals.baseline.new") : "";
    }
    return indicator.baseline().period() == null || indicator.baseline().printed() != null
        ? text
        : DocumentWords.get(
            "document.indicator.baselinePeriod", text, indicator.baseline().period());
  }

  private static String value(IndicatorValue value) {
    String text = value.swedish();
    return text != null ? text : DocumentWords.get("goals.value.missing");
  }

  private static String outlookHeader(Indicator indicator) {
    return indicator.outlook().period() == null
        ? DocumentWords.get("document.indicator.outlookNoPeriod")
        : DocumentWords.get("document.indicator.outlook", indicator.outlook().period());
  }

  private static String outlook(Indicator indicator) {
    return indicator.outlook().printed() != null
        ? indicator.outlook().printed()
        : DocumentWords.of("goals.outlook.", indicator.outlook().direction());
  }

  private static String source(Indicator indicator) {
    if (indicator.source() == null) {
      return "";
    }
    String name =
        indicator.source().name() != null
            ? indicator.source().name()
            : DocumentWords.of("goals.source.", indicator.source().type());
    return indicator.source().kpi() == null ? name : name + " (" + indicator.source().kpi() + ")";
  }

  private static TitlePage.Fact fact(String key, String value) {
    return new TitlePage.Fact(DocumentWords.get(key), value);
  }
}
