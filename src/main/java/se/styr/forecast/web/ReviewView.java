package se.styr.forecast.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import se.styr.forecast.DiscrepancyKind;
import se.styr.forecast.ForecastDiscrepancy;
import se.styr.plan.PlanDocument;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;

/**
 * One stated figure of the plan that differs from Styr's computation, in words: where (the table's
 * title and the row's label as printed), the year, the figures, what kind of difference it is and
 * why.
 */
record ReviewView(
    String table,
    String row,
    String year,
    String stated,
    String computed,
    String kind,
    boolean explained,
    String explanation) {

  static List<ReviewView> of(
      List<ForecastDiscrepancy> findings, PlanDocument plan, Function<Text, String> words) {
    return findings.stream().map(f -> of(f, plan, words)).toList();
  }

  private static ReviewView of(
      ForecastDiscrepancy finding, PlanDocument plan, Function<Text, String> words) {
    var table = plan.table(finding.table());
    String row =
        table
            .flatMap(t -> t.rows().stream().filter(r -> r.key().equals(finding.row())).findFirst())
            .map(r -> r.label())
            .orElse(finding.row());
    return new ReviewView(
        table.map(t -> t.title()).orElse(finding.table()),
        row,
        finding.year() == null
            ? words.apply(Text.of("forecast.page.rate"))
            : Integer.toString(finding.year()),
        figure(finding.stated(), words),
        figure(finding.computed(), words),
        words.apply(kind(finding.kind())),
        finding.kind() == DiscrepancyKind.EXPLAINED_BY_UNROUNDED_RATE
            || finding.kind() == DiscrepancyKind.EXPLAINED_BY_ROUNDING_OF_SUM,
        words.apply(finding.explanation()));
  }

  private static String figure(BigDecimal value, Function<Text, String> words) {
    return value == null
        ? words.apply(Text.of("forecast.page.blank"))
        : SwedishNumbers.format(value);
  }

  static Text kind(DiscrepancyKind kind) {
    return switch (kind) {
      case EXPLAINED_BY_UNROUNDED_RATE -> Text.of("forecast.kind.unroundedRate");
      case EXPLAINED_BY_ROUNDING_OF_SUM -> Text.of("forecast.kind.roundingOfSum");
      case EXPLAINED_BY_UNSTATED_FACTOR -> Text.of("forecast.kind.unstatedFactor");
      case RATE_FROM_NO_OUTCOME_YEAR -> Text.of("forecast.kind.rateFromNoYear");
      case UNEXPLAINED -> Text.of("forecast.kind.unexplained");
      case NOT_STATED -> Text.of("forecast.kind.notStated");
    };
  }
}
