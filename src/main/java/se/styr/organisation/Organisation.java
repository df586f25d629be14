package se.styr.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/** A committee's operational areas as a tree over time. */
public final class Organisation {
  private final Map<String, OperationalArea> areas = new LinkedHashMap<>();

  public Organisation(List<OperationalArea> areas) {
    for (OperationalArea area : areas) {
      if (this.areas.putIfAbsent(area.key(), area) != null) {
        throw new InvalidValueException(Text.of("organisation.invalid.duplicateArea", area.key()));
      }
    }
  }

  public Optional<OperationalArea> area(String key) {
    return Optional.ofNullable(areas.get(key));
  }

  public List<OperationalArea> all() {
    return List.copyOf(areas.values());
  }

  /** The areas valid in a year, in their given order. */
  public List<OperationalArea> validIn(int year) {
    return areas.values().stream().filter(a -> a.isValidIn(year)).toList();
  }

  public List<OperationalArea> children(String parentKey) {
    return areas.values().stream().filter(a -> parentKey.equals(a.parent())).toList();
  }

  /**
   * The areas whose figures of {@code year} make up the history of {@code key}: the area itself if
   * it existed then, and every area that was merged into it or moved units to it later on.
   * Following this set over the years keeps a series comparable across reorganisations.
   */
  public Set<String> predecessorsIn(String key, int year) {
    Set<String> result = new LinkedHashSet<>();
    collect(key, year, result, new LinkedHashSet<>());
    return result;
  }

  private void collect(String key, int year, Set<String> result, Set<String> visiting) {
    OperationalArea area = areas.get(key);
    if (area == null || !visiting.add(key)) {
      return;
    }
    if (area.isValidIn(year)) {
      result.add(key);
    }
    List<AreaEvent> later = new ArrayList<>();
    for (AreaEvent event : area.events()) {
      if (event.year() > year
          && (event.type() == AreaEvent.Type.MERGED
              || event.type() == AreaEvent.Type.MOVED
              || event.type() == AreaEvent.Type.CREATED)) {
        later.add(event);
      }
    }
    for (AreaEvent event : later) {
      for (String source : event.from()) {
        collect(source, year, result, visiting);
      }
    }
    visiting.remove(key);
  }
}
