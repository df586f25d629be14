package se.styr.goals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * The symbols a municipality shows its results with, when they are not the standard four (met,
 * partly met, not met, not assessed). A step is one symbol: its colour, its printed word and the
 * results it shows. A three-symbol scale shows "partly met or not measurable" as one symbol:
 *
 * <pre>
 *   - {shows: [met], colour: green, printed: Uppfyllt}
 *   - {shows: [partly_met, not_assessable], colour: yellow, printed: Delvis uppfyllt eller ej mätbart}
 *   - {shows: [not_met], colour: red, printed: Ej uppfyllt}
 * </pre>
 *
 * {@code not_assessable} is a person's judgement that a goal or indicator could not be assessed (a
 * manual {@code not_assessed} with its reason); a rule that had nothing to assess yet still shows
 * "not assessed", whatever the scale. The scale changes how results are shown and printed, never
 * how they are computed or weighed.
 */
public record ResultScale(List<Step> steps) {

  /** The standard four results with their own words and colours. */
  public static final ResultScale STANDARD = new ResultScale(List.of());

  /** What a step may show. */
  public enum Shows {
    MET,
    PARTLY_MET,
    NOT_MET,
    NOT_ASSESSABLE;

    public String fileName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The colours a symbol may have, each drawn as the standard result of that colour. */
  public static final List<String> COLOURS = List.of("green", "yellow", "red", "grey");

  /** One symbol: the results it shows, its colour and its printed word. */
  public record Step(Set<Shows> shows, String colour, String printed) {
    public Step {
      shows = Set.copyOf(shows);
      Objects.requireNonNull(colour, "colour");
      if (!COLOURS.contains(colour)) {
        throw new InvalidValueException(Text.of("goals.scale.colour", colour, COLOURS));
      }
      if (printed == null || printed.isBlank()) {
        throw new InvalidValueException(Text.of("goals.scale.printed", colour));
      }
      if (shows.isEmpty()) {
        throw new InvalidValueException(Text.of("goals.scale.showsNothing", printed));
      }
    }

    /** The standard result whose badge this symbol is drawn as. */
    Result look() {
      return switch (colour) {
        case "green" -> Result.MET;
        case "yellow" -> Result.PARTLY_MET;
        case "red" -> Result.NOT_MET;
        default -> Result.NOT_ASSESSED;
      };
    }
  }

  /** A result as shown: drawn as the standard result {@code look}, with its word. */
  public record Shown(Result look, Text word) {
    /** The badge's CSS class: met, partly_met, not_met, not_assessed. */
    public String badge() {
      return look.fileName();
    }

    /** green, yellow, red or grey. */
    public String colour() {
      return look.colour();
    }

    public String swedish() {
      return word.swedish();
    }
  }

  public ResultScale {
    steps = List.copyOf(steps);
    if (!steps.isEmpty()) {
      if (steps.size() < 2 || steps.size() > 5) {
        throw new InvalidValueException(Text.of("goals.scale.size", steps.size()));
      }
      Set<Shows> seen = EnumSet.noneOf(Shows.class);
      for (Step step : steps) {
        for (Shows shows : step.shows()) {
          if (!seen.add(shows)) {
            throw new InvalidValueException(Text.of("goals.scale.twice", shows.fileName()));
          }
        }
      }
      List<String> missing = new ArrayList<>();
      for (Shows needed : List.of(Shows.MET, Shows.PARTLY_MET, Shows.NOT_MET)) {
        if (!seen.contains(needed)) {
          missing.add(needed.fileName());
        }
      }
      if (!missing.isEmpty()) {
        throw new InvalidValueException(Text.of("goals.scale.missing", String.join(", ", missing)));
      }
    }
  }

  public boolean isStandard() {
    return steps.isEmpty();
  }

  /**
   * How {@code result} is shown; {@code judged} says that a person made the assessment (so a {@code
   * not_assessed} is their judgement that it could not be assessed).
   */
  public Shown shown(Result result, boolean judged) {
    return step(result, judged)
        .map(s -> new Shown(s.look(), Text.verbatim(s.printed())))
        .orElseGet(() -> new Shown(result, result.text()));
  }

  /** How an assessment is shown. */
  public Shown shown(Assessment assessment) {
    return shown(assessment.result(), isJudged(assessment));
  }

  /** Whether the scale prints {@code result} at all: a not-assessed result only when judged so. */
  public boolean shows(Result result, boolean judged) {
    return result != Result.NOT_ASSESSED || step(result, judged).isPresent();
  }

  /** Whether a person made the assessment. */
  public static boolean isJudged(Assessment assessment) {
    return "manual".equals(assessment.explanation().rule());
  }

  private Optional<Step> step(Result result, boolean judged) {
    Shows shows =
        switch (result) {
          case MET -> Shows.MET;
          case PARTLY_MET -> Shows.PARTLY_MET;
          case NOT_MET -> Shows.NOT_MET;
          case NOT_ASSESSED -> judged ? Shows.NOT_ASSESSABLE : null;
        };
    return shows == null
        ? Optional.empty()
        : steps.stream().filter(s -> s.shows().contains(shows)).findFirst();
  }
}
