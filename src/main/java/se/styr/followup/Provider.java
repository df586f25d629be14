package se.styr.followup;

import java.util.Objects;
import se.styr.shared.Keys;

/** An operation run by a private provider (extern regi) that the committee follows up. */
public record Provider(String key, String operation, String provider, String area) {
  public Provider {
    Keys.require(key, FollowUpWords.PROVIDER);
    Objects.requireNonNull(operation, "provider operation");
  }
}
