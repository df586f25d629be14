package se.styr.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.styr.goals.Assessment.Explanation;
import se.styr.goals.Assessment.Part;
import se.styr.shared.Text;

/**
 * Assesses every goal and indicator of a goal chain for a year by the municipality's own rules,
 * from the indicators up: an indicator by its target, its improvement on the baseline or a traffic
 * light; a goal by the mean of its parts' scores, by its one subgoal, or by whether all its parts
 * are met. A person's assessment overrides a computed one and the explanation keeps both.
 */
public final class Assessor {
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final List<Text> SCALE =
      List.of(
          Text.of("goals.scale.improved"),
          Text.of("goals.scale.efforts"),
          Text.of("goals.scale.nothing"));
  private static final List<Text> SCALE_KEEPING =
      List.of(
          Text.of("goals.scale.improvedOrKept"),
          Text.of("goals.scale.efforts"),
          Text.of("goals.scale.nothing"));
  private static final List<Text> ALL_MET =
      List.of(
          Text.of("goals.scale.allMet"),
          Text.of("goals.scale.noneMet"),
          Text.of("goals.scale.between"));
  private final GoalChain chain;
  private final int year;
  private final TargetCheck targets;
  private final Banding banding = new Banding();
  private final Map<String, Assessment> indicatorResults;
  private final Map<String, Assessment> goalResults;

  private Assessor(GoalChain chain, String municipality, int year) {
    this.chain = chain;
    this.year = year;
    this.targets = new TargetCheck(chain, municipality);
    this.indicatorResults = new HashMap<>(chain.indicators().size() * 2);
    this.goalResults = new HashMap<>(chain.goals().size() * 2);
  }

  /** Every goal and every indicator assessed for one year, in the chain's order. */
  public record Report(List<Assessment> goals, List<Assessment> indicators) {}

  /**
   * Goals and indicators in one run: each indicator is assessed once, whether as a part or on its
   * own.
   */
  public static Report assess(GoalChain chain, String municipality, int year) {
    Assessor assessor = new Assessor(chain, municipality, year);
    return new Report(
        chain.goals().stream().map(assessor::goal).toList(),
        chain.indicators().stream().map(assessor::indicator).toList());
  }

  /** Every goal's assessment in the chain's order, each with its parts. */
  public static List<Assessment> assessGoals(GoalChain chain, String municipality, int year) {
    Assessor assessor = new Assessor(chain, municipality, year);
    return chain.goals().stream().map(assessor::goal).toList();
  }

  /** Every indicator's assessment in the chain's order. */
  public static List<Assessment> assessIndicators(GoalChain chain, String municipality, int year) {
    Assessor assessor = new Assessor(chain, municipality, year);
    return chain.indicators().stream().map(assessor::indicator).toList();
  }

  Assessment goal(Goal goal) {
    Assessment done = goalResults.get(goal.key());
    if (done != null) {
      return done;
    }
    String level = chain.level(goal.level()).map(GoalLevel::name).orElse(goal.level());
    Optional<AssessmentRule> rule = chain.ruleFor(goal);
    Computed computed =
        rule.map(
                r ->
                    switch (r.kind()) {
                      case MEAN -> mean(goal, r);
                      case INHERIT -> inherit(goal, r);
                      case MANUAL -> Computed.awaitingPerson(r.key());
                      default -> allMet(goal, r.key());
                    })
            .orElseGet(() -> allMet(goal, null));
    Assessment result = withManual(goal.key(), goal.label(), level, computed);
    goalResults.put(goal.key(), result);
    return result;
  }

  Assessment indicator(Indicator indicator) {
    Assessment done = indicatorResults.get(indicator.key());
    if (done != null) {
      return done;
    }
    Optional<AssessmentRule> rule = chain.ruleFor(indicator);
    Computed computed =
        rule.map(
                r ->
                    switch (r.kind()) {
                      case IMPROVEMENT -> improvement(indicator, r.key());
                      case TRAFFIC_LIGHT -> trafficLight(indicator, r);
                      case SHARE_OF_TARGET -> shareOfTarget(indicator, r);
                      case MANUAL -> Computed.awaitingPerson(r.key());
                      default -> byTarget(indicator, r.key());
                    })
            .orElseGet(() -> byTarget(indicator, null));
    Assessment result = withManual(indicator.key(), indicator.name(), "Indikator", computed);
    indicatorResults.put(indicator.key(), result);
    return result;
  }

  private Assessment withManual(String subject, String name, String level, Computed computed) {
    Optional<ManualAssessment> manual = chain.manual(subject, year);
    if (manual.isEmpty()) {
      return new Assessment(
          subject,
          name,
          level,
          year,
          computed.result,
          computed.score,
          new Explanation(computed.rule, computed.text, computed.parts, computed.thresholds));
    }
    ManualAssessment m = manual.get();
    Text calculated =
        computed.text == null
            ? computed.result.text()
            : Text.of("goals.why.computed", computed.result.text(), computed.text);
    Text text =
        m.date() == null
            ? Text.of("goals.why.manual", m.result().text(), m.by(), m.justification(), calculated)
            : Text.of(
                "goals.why.manualOn",
                m.result().text(),
                m.by(),
                m.justification(),
                calculated,
                m.date());
    return new Assessment(
        subject,
        name,
        level,
        year,
        m.result(),
        null,
        new Explanation("manual", text, computed.parts, computed.thresholds));
  }

  private Computed byTarget(Indicator indicator, String rule) {
    Optional<Quantity> value = value(indicator);
    if (value.isEmpty()) {
      return Computed.none(rule, noValue(indicator));
    }
    List<TargetSpec> specs =
        indicator.targetsFor(year).stream().filter(t -> t.target() != null).toList();
    if (specs.isEmpty()) {
      return Computed.none(rule, Text.of("goals.why.noTarget", year));
    }
    TargetCheck.Verdict verdict = targets.check(combine(specs), indicator, year, value.get());
    if (verdict.met() == null) {
      return Computed.none(rule, verdict.why());
    }
    return new Computed(
        rule,
        verdict.met() ? Result.MET : Result.NOT_MET,
        verdict.met() ? BigDecimal.ONE : BigDecimal.ZERO,
        Text.of(verdict.met() ? "goals.why.targetMet" : "goals.why.targetMissed", verdict.why()),
        List.of(),
        targetTexts(specs));
  }

  private Computed improvement(Indicator indicator, String rule) {
    Optional<Quantity> value = value(indicator);
    if (value.isEmpty()) {
      return Computed.none(rule, noValue(indicator));
    }
    List<TargetSpec> specs =
        indicator.targetsFor(year).stream().filter(t -> t.target() != null).toList();
    Optional<Reference> reference = Reference.of(indicator, year);
    int efforts = chain.efforts(indicator);
    Text effortText =
        efforts == 0
            ? Text.of("goals.why.noEfforts")
            : efforts == 1 ? Text.of("goals.why.oneEffort") : Text.of("goals.why.efforts", efforts);
    List<Text> scale = keepingIsTarget(specs) ? SCALE_KEEPING : SCALE;
    if (reference.isEmpty()) {
      if (specs.isEmpty()) {
        return Computed.none(rule, Text.of("goals.why.newNoTarget", year));
      }
      TargetCheck.Verdict verdict = targets.check(combine(specs), indicator, year, value.get());
      if (verdict.met() == null) {
        return Computed.none(rule, Text.of("goals.why.newUnknown", verdict.why()));
      }
      return scored(
          rule,
          verdict.met(),
          efforts,
          verdict.met()
              ? Text.of("goals.why.newAssessed", verdict.why())
              : Text.of("goals.why.newAssessedEfforts", verdict.why(), effortText),
          scale);
    }
    Optional<Integer> comparison = reference.get().compare(value.get());
    Optional<Better> better = indicator.betterDirection();
    if (comparison.isEmpty()) {
      return Computed.none(
          rule, Text.of("goals.why.incomparable", value.get().shown(), reference.get().label()));
    }
    int c = comparison.get();
    Text moved = Text.of("goals.why.against", value.get().shown(), reference.get().label());
    if (c == 0) {
      boolean kept = keepingIsTarget(specs);
      return scored(
          rule,
          kept,
          efforts,
          kept
              ? Text.of("goals.why.unchangedKept", moved)
              : Text.of("goals.why.unchanged", moved, effortText),
          scale);
    }
    if (better.isEmpty()) {
      return Computed.none(rule, Text.of("goals.why.noBetter", moved));
    }
    boolean improved = (c > 0) == (better.get() == Better.HIGHER);
    return scored(
        rule,
        improved,
        efforts,
        improved
            ? Text.of("goals.why.improved", moved)
            : Text.of("goals.why.worsened", moved, effortText),
        scale);
  }

  private static Computed scored(
      String rule, boolean improved, int efforts, Text text, List<Text> scale) {
    if (improved) {
      return new Computed(rule, Result.MET, BigDecimal.ONE, text, List.of(), scale);
    }
    return efforts > 0
        ? new Computed(rule, Result.PARTLY_MET, HALF, text, List.of(), scale)
        : new Computed(rule, Result.NOT_MET, BigDecimal.ZERO, text, List.of(), scale);
  }

  private static boolean keepingIsTarget(List<TargetSpec> specs) {
    for (TargetSpec spec : specs) {
      for (Target part : spec.target().parts()) {
        if (part instanceof Target.Move move && move.direction().allowsKeeping()
            || part instanceof Target.All
            || part instanceof Target.Answer
            || part instanceof Target.Compare compare
                && compare.operator() != Target.Operator.MORE_THAN
                && compare.operator() != Target.Operator.LESS_THAN) {
          return true;
        }
      }
    }
    return false;
  }

  private Computed trafficLight(Indicator indicator, AssessmentRule rule) {
    Optional<Quantity> value = value(indicator);
    if (value.isEmpty()) {
      return Computed.none(rule.key(), noValue(indicator));
    }
    Optional<BigDecimal> number = TargetCheck.number(value.get());
    if (number.isEmpty()) {
      return Computed.none(
          rule.key(), Text.of("goals.why.trafficNeedsNumber", value.get().shown()));
    }
    if (rule.reads() != null
        && indicator.measures() != null
        && rule.reads() != indicator.measures()) {
      BigDecimal read = indicator.measures().convert(number.get(), rule.reads());
      return banding.band(
          rule,
          read,
          Text.of(
              "goals.why.converted",
              TargetCheck.format(number.get()),
              Text.of("goals.measure." + indicator.measures().name()),
              TargetCheck.format(read),
              Text.of("goals.measure." + rule.reads().name())),
          List.of());
    }
    return banding.band(
        rule,
        number.get(),
        Text.of("goals.why.value", TargetCheck.format(number.get())),
        List.of());
  }

  /**
   * Fulfilment as a share of the year's target: the value in percent of the target (of the value,
   * where lower is better), banded by the rule. The target is the year's one number (">= 90", "90",
   * "0 +- 5" all give their number).
   */
  private Computed shareOfTarget(Indicator indicator, AssessmentRule rule) {
    Optional<Quantity> value = value(indicator);
    if (value.isEmpty()) {
      return Computed.none(rule.key(), noValue(indicator));
    }
    Optional<BigDecimal> number = TargetCheck.number(value.get());
    if (number.isEmpty()) {
      return Computed.none(
          rule.key(), Text.of("goals.why.trafficNeedsNumber", value.get().shown()));
    }
    Optional<BigDecimal> target =
        indicator.targetsFor(year).stream()
            .map(TargetSpec::target)
            .map(
                t ->
                    t instanceof Target.Compare compare
                        ? compare.value()
                        : t instanceof Target.Band band ? band.centre() : null)
            .filter(java.util.Objects::nonNull)
            .findFirst();
    if (target.isEmpty()) {
      return Computed.none(rule.key(), Text.of("goals.why.noTarget", year));
    }
    boolean lowerIsBetter = indicator.better() == Better.LOWER;
    BigDecimal part = lowerIsBetter ? target.get() : number.get();
    BigDecimal whole = lowerIsBetter ? number.get() : target.get();
    if (whole.signum() == 0) {
      return Computed.none(
          rule.key(), Text.of("goals.why.shareOfZero", TargetCheck.format(target.get())));
    }
    BigDecimal share =
        part.multiply(BigDecimal.valueOf(100))
            .divide(whole, rule.effectivePrecision() + 4, java.math.RoundingMode.HALF_UP);
    return banding.band(
        rule,
        share,
        Text.of(
            "goals.why.shareOfTarget",
            TargetCheck.format(number.get()),
            TargetCheck.format(target.get()),
            TargetCheck.format(
                share.setScale(rule.effectivePrecision(), java.math.RoundingMode.HALF_UP))),
        List.of());
  }

  private Computed mean(Goal goal, AssessmentRule rule) {
    List<Part> parts = parts(goal);
    List<Part> scored = parts.stream().filter(p -> p.score() != null).toList();
    if (scored.isEmpty()) {
      return new Computed(
          rule.key(),
          Result.NOT_ASSESSED,
          null,
          parts.isEmpty()
              ? Text.of("goals.why.noParts")
              : Text.of("goals.why.noneAssessed", parts.size()),
          parts,
          banding.thresholds(rule));
    }
    BigDecimal sum = scored.stream().map(Part::score).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal mean =
        sum.divide(
            BigDecimal.valueOf(scored.size()), rule.effectivePrecision(), RoundingMode.HALF_UP);
    String scores =
        String.join(" + ", scored.stream().map(p -> Assessor.score(p.score())).toList());
    Text how =
        scored.size() < parts.size()
            ? Text.of(
                "goals.why.meanPartly",
                scored.size(),
                scores,
                TargetCheck.format(sum),
                se.styr.shared.SwedishNumbers.format(mean),
                parts.size() - scored.size())
            : Text.of(
                "goals.why.mean",
                scored.size(),
                scores,
                TargetCheck.format(sum),
                se.styr.shared.SwedishNumbers.format(mean));
    return banding.band(rule, mean, how, parts);
  }

  private Computed inherit(Goal goal, AssessmentRule rule) {
    List<Goal> subgoals = chain.subgoals(goal.key());
    if (subgoals.size() != 1) {
      Text why =
          subgoals.isEmpty()
              ? (goal.withoutSubgoal() != null
                  ? Text.of("goals.why.noSubgoalDecided", goal.withoutSubgoal())
                  : Text.of("goals.why.noSubgoal"))
              : Text.of("goals.why.subgoals", subgoals.size());
      return new Computed(rule.key(), Result.NOT_ASSESSED, null, why, parts(goal), List.of());
    }
    Assessment sub = goal(subgoals.get(0));
    return new Computed(
        rule.key(),
        sub.result(),
        sub.score(),
        Text.of("goals.why.inherited", sub.name(), sub.level(), sub.result().word()),
        List.of(part(sub)),
        List.of());
  }

  private Computed allMet(Goal goal, String rule) {
    List<Part> parts = parts(goal);
    List<Part> assessed = parts.stream().filter(p -> p.result() != Result.NOT_ASSESSED).toList();
    if (assessed.isEmpty()) {
      return new Computed(
          rule,
          Result.NOT_ASSESSED,
          null,
          parts.isEmpty()
              ? Text.of("goals.why.noParts")
              : Text.of("goals.why.noneAssessed", parts.size()),
          parts,
          List.of());
    }
    long met = assessed.stream().filter(p -> p.result() == Result.MET).count();
    long notMet = assessed.stream().filter(p -> p.result() == Result.NOT_MET).count();
    Result result =
        met == assessed.size()
            ? Result.MET
            : notMet == assessed.size() ? Result.NOT_MET : Result.PARTLY_MET;
    BigDecimal share =
        BigDecimal.valueOf(met)
            .divide(BigDecimal.valueOf(assessed.size()), 2, RoundingMode.HALF_UP);
    return new Computed(
        rule, result, share, Text.of("goals.why.allMet", met, assessed.size()), parts, ALL_MET);
  }

  /** The goal's indicators and subgoals, each assessed. */
  private List<Part> parts(Goal goal) {
    List<Part> parts = new ArrayList<>();
    for (Indicator indicator : chain.indicatorsOf(goal.key())) {
      parts.add(part(indicator, indicator(indicator)));
    }
    for (Goal subgoal : chain.subgoals(goal.key())) {
      parts.add(part(goal(subgoal)));
    }
    return parts;
  }

  private static Part part(Assessment assessment) {
    return new Part(
        assessment.subject(),
        assessment.name(),
        assessment.result(),
        assessment.score(),
        null,
        null,
        assessment.explanation().reason());
  }

  private Part part(Indicator indicator, Assessment assessment) {
    Text value =
        indicator
            .valueFor(year)
            .map(
                v ->
                    v.printed() != null
                        ? Text.verbatim(v.printed())
                        : v.value() == null ? Text.of("goals.value.missing") : v.value().shown())
            .orElse(null);
    String reference = indicator.baseline() == null ? null : indicator.baseline().printed();
    return new Part(
        assessment.subject(),
        assessment.name(),
        assessment.result(),
        assessment.score(),
        value,
        reference,
        assessment.explanation().reason());
  }

  /**
   * A score as the explanation shows it; the three of Södertälje's scale without formatting each
   * time.
   */
  private static String score(BigDecimal score) {
    if (score.compareTo(BigDecimal.ONE) == 0) {
      return "1";
    }
    if (score.signum() == 0) {
      return "0";
    }
    return score.compareTo(HALF) == 0 ? "0,5" : TargetCheck.format(score);
  }

  private Optional<Quantity> value(Indicator indicator) {
    return indicator.valueFor(year).map(IndicatorValue::value);
  }

  private Text noValue(Indicator indicator) {
    return indicator.valueFor(year).isPresent()
        ? Text.of("goals.why.valueMissing", year)
        : Text.of("goals.why.noValue", year);
  }

  private static Target combine(List<TargetSpec> specs) {
    if (specs.size() == 1) {
      return specs.get(0).target();
    }
    List<Target> parts = new ArrayList<>();
    specs.forEach(s -> parts.addAll(s.target().parts()));
    return new Target.Combined(parts);
  }

  /**
   * The targets weighed, in the plan's words and its notation: data, the same in every language.
   */
  private static List<Text> targetTexts(List<TargetSpec> specs) {
    return specs.stream()
        .map(
            s ->
                Text.verbatim(
                    s.printed() == null
                        ? s.target().text()
                        : s.printed() + " (" + s.target().text() + ")"))
        .toList();
  }

  /** What a rule computed before any manual assessment. */
  record Computed(
      String rule,
      Result result,
      BigDecimal score,
      Text text,
      List<Part> parts,
      List<Text> thresholds) {
    static Computed none(String rule, Text why) {
      return new Computed(rule, Result.NOT_ASSESSED, null, why, List.of(), List.of());
    }

    static Computed awaitingPerson(String rule) {
      return none(rule, Text.of("goals.why.awaiting"));
    }
  }
}
