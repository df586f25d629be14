package se.styr.goals.web;

import java.util.List;
import se.styr.goals.ActionPlan;
import se.styr.goals.Activity;
import se.styr.goals.Assignment;
import se.styr.goals.Baseline;
import se.styr.goals.FocusArea;
import se.styr.goals.Goal;
import se.styr.goals.GoalChain;
import se.styr.goals.GoalLevel;
import se.styr.goals.GoalPlan;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorValue;
import se.styr.goals.PriorityDirection;
import se.styr.goals.QualityArea;
import se.styr.goals.Reservation;
import se.styr.goals.TargetSpec;

/**
 * A plan's goal chain and commitments as the REST API returns them: values and targets in the plan
 * file's notation beside their printed form, global goals with their Swedish names, each goal with
 * its level's name.
 */
record GoalsJson(
    List<GoalLevel> goalLevels,
    List<QualityArea> qualityAreas,
    List<GoalJson> goals,
    List<IndicatorJson> indicators,
    List<Activity> activities,
    List<Assignment> assignments,
    List<PriorityDirection> priorityDirections,
    List<ActionPlan> actionPlans,
    List<FocusArea> focusAreas,
    List<ReservationJson> reservations) {

  record GlobalGoalJson(int number, String name) {}

  record GoalJson(
      String key,
      String level,
      String levelName,
      String parent,
      String number,
      String title,
      String type,
      String perspective,
      String description,
      String followUp,
      List<GlobalGoalJson> globalGoals,
      List<String> qualityAreas,
      String withoutSubgoal,
      String rule,
      String replaces) {

    static GoalJson of(Goal g, GoalChain chain) {
      return new GoalJson(
          g.key(),
          g.level(),
          chain.level(g.level()).map(GoalLevel::name).orElse(null),
          g.parent(),
          g.number(),
          g.title(),
          g.type() == null ? null : g.type().name().toLowerCase(java.util.Locale.ROOT),
          g.perspective(),
          g.description(),
          g.followUp(),
          g.globalGoals().stream()
              .map(x -> new GlobalGoalJson(x.number(), x.swedishName()))
              .toList(),
          g.qualityAreas(),
          g.withoutSubgoal(),
          g.rule(),
          g.replaces());
    }
  }

  record BaselineJson(String printed, String value, String period, boolean isNew) {
    static BaselineJson of(Baseline b) {
      return b == null
          ? null
          : new BaselineJson(
              b.printed(), b.value() == null ? null : b.value().text(), b.period(), b.isNew());
    }
  }

  record TargetJson(List<Integer> years, String printed, String target) {
    static TargetJson of(TargetSpec t) {
      return new TargetJson(t.years(), t.printed(), t.target() == null ? null : t.target().text());
    }
  }

  record ValueJson(
      String period, String printed, String value, boolean missing, Integer rank, Integer of) {
    static ValueJson of(IndicatorValue v) {
      return new ValueJson(
          v.period(),
          v.printed(),
          v.value() == null ? null : v.value().text(),
          v.missing(),
          v.rank(),
          v.of());
    }
  }

  record IndicatorJson(
      String key,
      String goal,
      String name,
      String unit,
      String better,
      String level,
      se.styr.goals.Source source,
      BaselineJson baseline,
      List<TargetJson> targets,
      List<ValueJson> values,
      se.styr.goals.Outlook outlook,
      List<String> footnotes,
      String rule,
      String replaces) {

    static IndicatorJson of(Indicator i) {
      return new IndicatorJson(
          i.key(),
          i.goal(),
          i.name(),
          i.unit().fileName(),
          i.betterDirection().map(b -> b.name().toLowerCase(java.util.Locale.ROOT)).orElse(null),
          i.level().name().toLowerCase(java.util.Locale.ROOT),
          i.source(),
          BaselineJson.of(i.baseline()),
          i.targets().stream().map(TargetJson::of).toList(),
          i.values().stream().map(ValueJson::of).toList(),
          i.outlook(),
          i.footnotes(),
          i.rule(),
          i.replaces());
    }
  }

  record PointJson(
      int number,
      List<String> concerns,
      String proposal,
      String reason,
      List<GoalJson> goals,
      List<IndicatorJson> indicators) {}

  record ReservationJson(
      String key,
      Reservation.Member member,
      java.time.LocalDate date,
      String title,
      String motivation,
      List<PointJson> points) {}

  static GoalsJson of(GoalPlan s) {
    GoalChain chain = s.chain();
    return new GoalsJson(
        s.goalLevels(),
        s.qualityAreas(),
        s.goals().stream().map(g -> GoalJson.of(g, chain)).toList(),
        s.indicators().stream().map(IndicatorJson::of).toList(),
        s.activities(),
        s.assignments(),
        s.priorityDirections(),
        s.actionPlans(),
        s.focusAreas(),
        s.reservations().stream()
            .map(
                r ->
                    new ReservationJson(
                        r.key(),
                        r.member(),
                        r.date(),
                        r.title(),
                        r.motivation(),
                        r.points().stream()
                            .map(
                                p ->
                                    new PointJson(
                                        p.number(),
                                        p.concerns(),
                                        p.proposal(),
                                        p.reason(),
                                        p.goals().stream().map(g -> GoalJson.of(g, chain)).toList(),
                                        p.indicators().stream().map(IndicatorJson::of).toList()))
                            .toList()))
            .toList());
  }
}
