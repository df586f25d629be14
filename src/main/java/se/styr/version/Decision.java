package se.styr.version;

import java.time.LocalDate;
import java.util.List;
import se.styr.shared.RuleProblem;
import se.styr.shared.TextLengths;

/**
 * A decision about a plan: the date, the paragraph (§ 95), the registration number (dnr), the
 * deciding body, the numbered decision points and a note (e.g. why the plan was updated). Imported
 * plans may lack any of these; the document then leaves them out.
 */
public record Decision(
    LocalDate date, String paragraph, String dnr, String body, List<String> points, String note) {
  public Decision {
    points = points == null ? List.of() : List.copyOf(points);
  }

  /** Its texts too long for what is stored, each naming its field under {@code where}. */
  public List<RuleProblem> lengthProblems(String where) {
    return new TextLengths()
        .check(paragraph, TextLengths.DECISION_REFERENCE, where + "/paragraph")
        .check(dnr, TextLengths.DECISION_REFERENCE, where + "/dnr")
        .check(body, TextLengths.DECISION_BODY, where + "/body")
        .problems();
  }

  public static Decision on(LocalDate date, String paragraph, String dnr) {
    return new Decision(date, paragraph, dnr, null, List.of(), null);
  }
}
