package se.styr.security;

import java.util.Objects;

/** Whose a plan is: its municipality and committee, the scope every grant is checked against. */
public record PlanScope(String municipalityCode, long committeeId) {
  public PlanScope {
    Objects.requireNonNull(municipalityCode, "municipality code");
  }
}
