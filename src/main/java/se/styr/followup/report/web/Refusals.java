package se.styr.followup.report.web;

import jakarta.servlet.http.HttpServletResponse;
import se.styr.shared.InvalidValueException;
import se.styr.shared.RuleProblem;
import se.styr.shared.RuleViolation;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * What an entry form says when a save is refused: every rule problem, a refusal (not allowed,
 * stale, closed) or a value that cannot be read, with the response's status set to match; the form
 * is then shown again with what was typed.
 */
final class Refusals {
  private Refusals() {}

  /** A save that may be refused. */
  interface Save {
    void run();
  }

  /** Runs {@code save}; null when it went through, else why not (and the status is set). */
  static Text of(HttpServletResponse response, Save save) {
    try {
      save.run();
      return null;
    } catch (RuleViolation e) {
      response.setStatus(422);
      return Text.join("; ", e.problems().stream().map(RuleProblem::text).toList());
    } catch (StyrException e) {
      response.setStatus(se.styr.web.ErrorStatus.of(e.code()).value());
      return e.text();
    } catch (InvalidValueException e) {
      response.setStatus(422);
      return InvalidValueException.textOf(e);
    }
  }
}
