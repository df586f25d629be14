package se.styr.documents.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styr.goals.Goal;
import se.styr.goals.GoalPlan;
import se.styr.goals.Indicator;
import se.styr.goals.Reservation;
import se.styr.goals.TargetSpec;

/**
 * Members' reservations as the decision's appendix prints them: who, when, the motivation, and
 * point by point what the member objects to, proposes instead and why, with the goals and
 * indicators the member proposed and which decided ones they would replace.
 */
final class ReservationPrint {
  private final Map<String, String> decidedNames = new HashMap<>();

  private ReservationPrint(GoalPlan goalPlan) {
    goalPlan.goals().forEach(g -> decidedNames.put(g.key(), g.label()));
    goalPlan.indicators().forEach(i -> decidedNames.put(i.key(), i.name()));
  }

  /**
   * Prints every reservation; {@code level} is the heading level of each reservation (null heading:
   * one reservation under the part's heading).
   */
  static void print(GoalPlan goalPlan, int level, boolean ownHeadings, Body body) {
    ReservationPrint print = new ReservationPrint(goalPlan);
    for (Reservation reservation : goalPlan.reservations()) {
      print.reservation(reservation, level, ownHeadings, body);
    }
  }

  private void reservation(Reservation reservation, int level, boolean ownHeading, Body body) {
    int pointLevel = level;
    if (ownHeading) {
      body.heading(
          level,
          reservation.title() != null
              ? reservation.title()
              : DocumentWords.get("goals.reservation.untitled", reservation.member().label()),
          "reservation-" + reservation.key());
      pointLevel = level + 1;
    }
    List<TitlePage.Fact> facts = new ArrayList<>();
    facts.add(
        new TitlePage.Fact(
            DocumentWords.get("document.reservation.member"), reservation.member().label()));
    if (reservation.date() != null) {
      facts.add(
          new TitlePage.Fact(
              DocumentWords.get("document.reservation.date"), reservation.date().toString()));
    }
    body.facts(facts);
    body.paragraphs(null, reservation.motivation());
    for (Reservation.Point point : reservation.points()) {
      point(reservation, point, pointLevel, body);
    }
  }

  private void point(Reservation reservation, Reservation.Point point, int level, Body body) {
    body.heading(
        level,
        DocumentWords.get("document.reservation.point", point.number()),
        "reservation-" + reservation.key() + "-" + point.number());
    if (!point.concerns().isEmpty()) {
      body.facts(
          List.of(
              new TitlePage.Fact(
                  DocumentWords.get("document.reservation.concerns"),
                  String.join(
                      "; ",
                      point.concerns().stream()
                          .map(c -> decidedNames.getOrDefault(c, c))
                          .toList()))));
    }
    body.paragraphs(DocumentWords.get("document.reservation.proposal"), point.proposal());
    body.paragraphs(DocumentWords.get("document.reservation.reason"), point.reason());
    if (!point.goals().isEmpty()) {
      List<PrintedTable.Row> rows = new ArrayList<>();
      for (Goal goal : point.goals()) {
        rows.add(
            PrintedTable.Row.item(
                List.of(
                    replacing(goal.label(), goal.replaces()),
                    goal.description() == null ? "" : goal.description().strip())));
      }
      body.table(
          new PrintedTable(
              body.anchor("reservation-" + reservation.key() + "-" + point.number() + "-mal"),
              DocumentWords.get("document.reservation.goals"),
              null,
              List.of(
                  new PrintedTable.Column(DocumentWords.get("document.reservation.goal"), false),
                  new PrintedTable.Column(
                      DocumentWords.get("goals.assignment.description"), false)),
              rows,
              List.of(),
              false));
    }
    if (!point.indicators().isEmpty()) {
      List<PrintedTable.Row> rows = new ArrayList<>();
      for (Indicator indicator : point.indicators()) {
        rows.add(
            PrintedTable.Row.item(
                List.of(
                    replacing(indicator.name(), indicator.replaces()),
                    indicator.source() == null || indicator.source().name() == null
                        ? ""
                        : indicator.source().name(),
                    String.join(
                        "; ",
                        indicator.targets().stream().map(ReservationPrint::target).toList()))));
      }
      body.table(
          new PrintedTable(
              body.anchor(
                  "reservation-" + reservation.key() + "-" + point.number() + "-indikatorer"),
              DocumentWords.get("document.reservation.indicators"),
              null,
              List.of(
                  new PrintedTable.Column(DocumentWords.get("goals.indicator"), false),
                  new PrintedTable.Column(DocumentWords.get("goals.indicator.source"), false),
                  new PrintedTable.Column(DocumentWords.get("goals.indicator.targets"), false)),
              rows,
              List.of(),
              false));
    }
  }

  private static String target(TargetSpec spec) {
    List<Integer> years = spec.years();
    String when =
        years.size() == 1
            ? String.valueOf(years.get(0))
            : years.get(0) + "–" + years.get(years.size() - 1);
    return when + ": " + spec.swedish();
  }

  private String replacing(String name, String replaces) {
    return replaces == null
        ? name
        : DocumentWords.get(
            "document.reservation.replaces", name, decidedNames.getOrDefault(replaces, replaces));
  }
}
