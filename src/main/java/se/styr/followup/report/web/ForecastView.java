package se.styr.followup.report.web;

import java.util.List;
import java.util.Map;
import se.styr.followup.report.FollowUps;
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

  static ForecastView of(FollowUps.ForecastsRead read, String file) {
    Map<String, String> names = LedgerView.areaNames(read.loaded());
    return new ForecastView(
        file,
        read.stored(),
        read.changes().stream()
            .map(
                c ->
                    new Change(
                        names.getOrDefault(c.area(), c.area()),
                        c.cell(),
                        LedgerView.shown(c.forecastBefore()),
                        LedgerView.shown(c.forecastAfter()),
                        c.commentBefore() == null ? "" : c.commentBefore(),
                        c.commentAfter() == null ? "" : c.commentAfter()))
            .toList(),
        List.of());
  }

  static ForecastView refused(String file, List<FileProblem> problems) {
    return new ForecastView(file, false, List.of(), LedgerView.shownProblems(problems));
  }
}
