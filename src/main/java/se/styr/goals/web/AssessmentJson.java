package se.styr.goals.web;

import java.math.BigDecimal;
import java.util.List;
import se.styr.goals.Assessment;
import se.styr.goals.Assessor;
import se.styr.goals.Result;
import se.styr.goals.ResultScale;

/**
 * Every goal and indicator assessed for one year as the API gives it: each with its explanation in
 * Swedish, the plan's language (the pages show it in the reader's), and its result as the plan's
 * scale shows it ({@code shown}: the symbol's colour and printed word).
 */
record AssessmentJson(int year, List<Item> goals, List<Item> indicators) {

  record Item(
      String subject,
      String name,
      String level,
      int year,
      Result result,
      Shown shown,
      BigDecimal score,
      Explanation explanation) {

    static Item of(Assessment a, ResultScale scale) {
      Assessment.Explanation why = a.explanation();
      ResultScale.Shown shown = scale.shown(a);
      return new Item(
          a.subject(),
          a.name(),
          a.level(),
          a.year(),
          a.result(),
          new Shown(shown.colour(), shown.swedish()),
          a.score(),
          new Explanation(
              why.rule(),
              why.text(),
              why.parts().stream().map(Part::of).toList(),
              why.thresholds()));
    }
  }

  /** The symbol a result is shown with: its colour and printed word. */
  record Shown(String colour, String printed) {}

  record Explanation(String rule, String text, List<Part> parts, List<String> thresholds) {}

  record Part(
      String subject,
      String name,
      Result result,
      BigDecimal score,
      String value,
      String reference,
      String note) {
    static Part of(Assessment.Part p) {
      return new Part(
          p.subject(), p.name(), p.result(), p.score(), p.value(), p.reference(), p.note());
    }
  }

  static AssessmentJson of(int year, Assessor.Report report, ResultScale scale) {
    return new AssessmentJson(
        year,
        report.goals().stream().map(a -> Item.of(a, scale)).toList(),
        report.indicators().stream().map(a -> Item.of(a, scale)).toList());
  }
}
