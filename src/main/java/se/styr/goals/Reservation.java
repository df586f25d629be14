package se.styr.goals;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.styr.shared.Keys;

/**
 * A member's recorded dissent from the decision, point by point, with the goals and indicators the
 * member proposed instead, held as goal and indicator data that name what they would replace.
 */
public record Reservation(
    String key,
    Member member,
    LocalDate date,
    String title,
    String motivation,
    List<Point> points) {
  public Reservation {
    Keys.require(key, GoalWords.RESERVATION);
    Objects.requireNonNull(member, "reservation member");
    points = List.copyOf(points);
  }

  public record Member(String name, String party) {
    public Member {
      Objects.requireNonNull(name, "member name");
    }

    /** "Kristina Karlsson (M)". */
    public String label() {
      return party == null ? name : name + " (" + party + ")";
    }
  }

  public record Point(
      int number,
      List<String> concerns,
      String proposal,
      String reason,
      List<Goal> goals,
      List<Indicator> indicators) {
    public Point {
      concerns = List.copyOf(concerns);
      goals = List.copyOf(goals);
      indicators = List.copyOf(indicators);
    }
  }
}
