package se.styr.followup;

import java.time.LocalDate;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * The follow-up of an operation run by a private provider at an occasion: when it was checked, what
 * was checked, the outcome, and the deviations found (required when there are any).
 */
public record ProviderResult(
    String provider,
    LocalDate checked,
    String what,
    ControlResult.Outcome outcome,
    String deviations) {

  public ProviderResult {
    Objects.requireNonNull(provider, "provider");
    if (checked == null) {
      throw new InvalidValueException(Text.of("followup.provider.checked", provider));
    }
    if (outcome == null) {
      throw new InvalidValueException(Text.of("followup.provider.outcome", provider));
    }
    what = what == null || what.isBlank() ? null : what.strip();
    deviations = deviations == null || deviations.isBlank() ? null : deviations.strip();
    if (outcome == ControlResult.Outcome.DEVIATION && deviations == null) {
      throw new InvalidValueException(Text.of("followup.provider.deviations", provider));
    }
  }
}
