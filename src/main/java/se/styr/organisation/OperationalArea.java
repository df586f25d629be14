package se.styr.organisation;

import java.util.List;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * An operational area (verksamhetsområde) of a committee, or a group of areas that a table
 * subtotals (e.g. LSS and SoL in Södertälje). It is valid from one year to another and carries the
 * events that changed it, so that figures of different years can be compared.
 */
public record OperationalArea(
    String key,
    String name,
    String parent,
    boolean group,
    Integer validFrom,
    Integer validTo,
    List<AreaEvent> events) {

  public OperationalArea {
    Objects.requireNonNull(key, "area key");
    Objects.requireNonNull(name, "area name");
    events = events == null ? List.of() : List.copyOf(events);
    if (validFrom != null && validTo != null && validTo < validFrom) {
      throw new InvalidValueException(
          Text.of("organisation.invalid.endsBeforeStart", key, validTo, validFrom));
    }
  }

  public static OperationalArea of(String key, String name) {
    return new OperationalArea(key, name, null, false, null, null, List.of());
  }

  public boolean isValidIn(int year) {
    return (validFrom == null || validFrom <= year) && (validTo == null || year <= validTo);
  }

  /** The name the area had in a year, taking renames into account. */
  public String nameIn(int year) {
    String current = name;
    List<AreaEvent> renames =
        events.stream()
            .filter(e -> e.type() == AreaEvent.Type.RENAMED)
            .sorted((a, b) -> Integer.compare(b.year(), a.year()))
            .toList();
    for (AreaEvent rename : renames) {
      if (year < rename.year()) {
        current = rename.formerName();
      }
    }
    return current;
  }
}
