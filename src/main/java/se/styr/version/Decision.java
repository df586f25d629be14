package se.styr.version;

import java.time.LocalDate;
import java.util.List;

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

  public static Decision on(LocalDate date, String paragraph, String dnr) {
    return new Decision(date, paragraph, dnr, null, List.of(), null);
  }
}
