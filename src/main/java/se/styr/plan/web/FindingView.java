package se.styr.plan.web;

import java.math.BigDecimal;
import se.styr.checks.Finding;
import se.styr.checks.FindingKind;
import se.styr.shared.SwedishNumbers;

/**
 * A figure that does not add up, as pages show it: where, stated, computed, difference and kind, in
 * Swedish.
 */
public record FindingView(
    String row,
    String column,
    String stated,
    String computed,
    String difference,
    String kind,
    String explanation) {

  // Public: Thymeleaf's expressions call only public methods (budget.html:
  // cell.finding.rounding()).
  public boolean rounding() {
    return "ROUNDING".equals(kind);
  }

  public static FindingView of(Finding f) {
    if (f.kind() == FindingKind.UNIT) {
      return new FindingView(
          f.row(),
          f.column(),
          f.statedUnit(),
          f.computedUnit(),
          null,
          f.kind().name(),
          f.explanation());
    }
    return new FindingView(
        f.row(),
        f.column(),
        number(f.stated()),
        number(f.computed()),
        number(f.difference()),
        f.kind().name(),
        f.explanation());
  }

  private static String number(BigDecimal value) {
    return value == null ? null : SwedishNumbers.format(value);
  }
}
