package se.styr.goals.web;

import java.math.BigDecimal;
import java.util.List;
import se.styr.goals.Assessment;
import se.styr.goals.Assessor;
import se.styr.goals.Result;

/**
 * Every goal and indicator assessed for one year as the API gives it: each with its explanation in
 * Swedish, the plan's language (the pages show it in the reader's).
 */
record AssessmentJson(int year, List<Item> goals, List<Item> indicators) {

  record Item(
      String subject,
      String name,
      String level,
      int year,
      Result result,
      BigDecimal score,
      Explanation explanation) {

    static Item of(Assessment a) {
      Assessment.Explanation why = a.explanation();
      return new Item(
          a.subject(),
          a.name(),
          a.level(),
          a.year(),
          a.result(),
          a.score(),
          new Explanation(
              why.rule(),
              why.text(),
              why.parts().stream().map(Part::of).toList(),
              why.thresholds()));
    }
  }

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

  static AssessmentJson of(int year, Assessor.Report report) {
    return new AssessmentJson(
        year,
        report.goals().stream().map(Item::of).toList(),
        report.indicators().stream().map(Item::of).toList());
  }
}
