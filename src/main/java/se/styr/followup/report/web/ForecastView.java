package se.styr.followup.report.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import se.styr.followup.report.FollowUps;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.file.FileProblem;

/**
 * What the occasion page shows after a filled forecast workbook was read: what it changes (or
 * changed, once stored) per area, or a refused workbook's problems by cell.
 */
record ForecastView(
    String file, boolean stored, List<Change> changes, List<LedgerView.Problem> problems) {

  record Change(
      String name,
      String cell,
      String forecastBefore,
      String forecastAfter,
      String commentBefore,
      String commentAfter) {}

  static ForecastView of(FollowUps.ForecastsRead read, String file, Map<String, String> names) {
    return new ForecastView(
        file,
        read.stored(),
        read.changes().stream()
            .map(
                c ->
                    new Change(
                        names.getOrDefault(c.area(), c.area()),
                        c.cell(),
                        shown(c.forecastBefore()),
                        shown(c.forecastAfter()),
                        c.commentBefore() == null ? "" : c.commentBefore(),
                        c.commentAfter() == null ? "" : c.commentAfter()))
            .toList(),
        List.of());
  }

  static ForecastView refused(String file, List<FileProblem> problems) {
    return new ForecastView(
        file,
        false,
        List.of(),
        problems.stream()
            .limit(LedgerView.SHOWN_PROBLEMS)
            .map(p -> new LedgerView.Problem(p.line(), p.column(), p.text()))
            .toList());
  }

  private static String shown(BigDecimal value) {
    return value == null ? "" : SwedishNumbers.format(value);
  }
}
