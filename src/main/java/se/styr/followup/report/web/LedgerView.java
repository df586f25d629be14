package se.styr.followup.report.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import se.styr.followup.report.FollowUps;
import se.styr.imports.sie.SieRecord;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;
import se.styr.shared.file.FileProblem;

/**
 * What the occasion page shows after a ledger was read: what changed (area, figure, before and
 * after as printed), what no area took, and notes of the file; or, for a refused file, its first
 * problems with line and column and how many more there were.
 */
record LedgerView(
    String file,
    List<Change> changes,
    List<Unmapped> unmapped,
    String unmappedBeyond,
    List<Text> notes,
    List<Problem> problems,
    int moreProblems)
    implements java.io.Serializable {

  /** At most this many of a refused file's problems are shown; the API gives them all. */
  static final int SHOWN_PROBLEMS = 20;

  record Change(String name, String figure, String before, String after)
      implements java.io.Serializable {}

  record Unmapped(String account, String objects, String amount) implements java.io.Serializable {}

  record Problem(int line, int column, Text text) implements java.io.Serializable {}

  static LedgerView of(FollowUps.LedgerImported imported, String file) {
    Map<String, String> names = areaNames(imported.loaded());
    return new LedgerView(
        file,
        imported.result().changes().stream()
            .map(
                c ->
                    new Change(
                        names.getOrDefault(c.subject(), c.subject()),
                        c.figure(),
                        shown(c.before()),
                        shown(c.after())))
            .toList(),
        imported.result().unmapped().stream()
            .map(
                u ->
                    new Unmapped(
                        u.account(), u.objects(), SwedishNumbers.format(SieRecord.kronor(u.ore()))))
            .toList(),
        imported.result().unmappedBeyond() == 0
            ? null
            : SwedishNumbers.format(SieRecord.kronor(imported.result().unmappedBeyond())),
        imported.file().notes(),
        List.of(),
        0);
  }

  static LedgerView refused(String file, List<FileProblem> problems) {
    return new LedgerView(
        file,
        List.of(),
        List.of(),
        null,
        List.of(),
        shownProblems(problems),
        Math.max(0, problems.size() - SHOWN_PROBLEMS));
  }

  /** The first of a refused file's problems, as a page lists them. */
  static List<Problem> shownProblems(List<FileProblem> problems) {
    return problems.stream()
        .limit(SHOWN_PROBLEMS)
        .map(p -> new Problem(p.line(), p.column(), p.text()))
        .toList();
  }

  /**
   * The names of the plan's areas and the occasion's investment projects by key, for saying which
   * row a change is of.
   */
  static Map<String, String> areaNames(FollowUps.Loaded loaded) {
    Map<String, String> names = new java.util.LinkedHashMap<>();
    loaded.investments().lines().forEach(p -> names.put(p.area(), p.name()));
    loaded.plan().areas().forEach(a -> names.put(a.key(), a.name()));
    return names;
  }

  /** A figure as a page prints it; blank for none. */
  static String shown(BigDecimal value) {
    return value == null ? "" : SwedishNumbers.format(value);
  }
}
