package se.styr.followup.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.styr.followup.report.FollowUps;
import se.styr.followup.report.OccasionWorkbooks;
import se.styr.shared.file.FileProblem;

/**
 * What the occasion page shows after a filled workbook was read: each figure and comment it changes
 * (or changed, once stored) per area or project, or a refused workbook's problems by cell.
 */
record ForecastView(
    String file, boolean stored, int rows, List<Change> changes, List<LedgerView.Problem> problems)
    implements java.io.Serializable {

  /** One changed figure or comment: the row's name, its cell, which figure, before and after. */
  record Change(String name, String cell, String figure, String before, String after, boolean text)
      implements java.io.Serializable {}

  static ForecastView of(FollowUps.ForecastsRead read, String file) {
    Map<String, String> names = LedgerView.areaNames(read.loaded());
    List<Change> changes = new ArrayList<>();
    for (OccasionWorkbooks.Change c : read.changes()) {
      String name = names.getOrDefault(c.key(), c.key());
      for (OccasionWorkbooks.FigureChange f : c.figures()) {
        changes.add(
            new Change(
                name,
                f.cell(),
                f.figure(),
                LedgerView.shown(f.before()),
                LedgerView.shown(f.after()),
                false));
      }
      if (c.commentChanged()) {
        changes.add(
            new Change(
                name,
                c.commentCell(),
                "comment",
                c.commentBefore() == null ? "" : c.commentBefore(),
                c.commentAfter() == null ? "" : c.commentAfter(),
                true));
      }
    }
    return new ForecastView(file, read.stored(), read.changes().size(), changes, List.of());
  }

  static ForecastView refused(String file, List<FileProblem> problems) {
    return new ForecastView(file, false, 0, List.of(), LedgerView.shownProblems(problems));
  }
}
