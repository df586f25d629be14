package se.styr.imports.scb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * The population per region, sex, single-year age and year, read from a cube of SCB's population
 * tables (the forecast TAB6008, the population at year end TAB638): variables {@code Region},
 * {@code Kon} (left out: both sexes), {@code Alder} and {@code Tid}; every other variable ({@code
 * ContentsCode}, {@code InrikesUtrikes}, {@code Civilstand}) must hold one value. Ages are read by
 * their codes ({@code 80}, {@code 100+}, {@code tot}); classes of several years are left out and
 * listed. Counts are whole numbers; a count SCB gives as null stays null. SCB's totals are kept as
 * SCB gives them, never made from their parts.
 */
public final class Population {
  private final Map<Key, Long> counts;
  private final Map<String, String> regions;
  private final List<String> skippedAges;

  private record Key(String region, Sex sex, Age age, int year) {}

  private Population(Map<Key, Long> counts, Map<String, String> regions, List<String> skipped) {
    this.counts = Collections.unmodifiableMap(counts);
    this.regions = Collections.unmodifiableMap(regions);
    this.skippedAges = List.copyOf(skipped);
  }

  /** The population {@code cube} holds; a cube that is not a population is refused saying why. */
  public static Population of(ScbCube cube) {
    for (String needed :
        List.of(PopulationTables.REGION, PopulationTables.AGE, PopulationTables.TIME)) {
      if (!cube.has(needed)) {
        throw new InvalidValueException(Text.of("scb.population.missing", needed));
      }
    }
    for (ScbDimension dimension : cube.dimensions()) {
      if (!PopulationTables.READ.contains(dimension.id()) && dimension.size() != 1) {
        throw new InvalidValueException(
            Text.of("scb.population.oneValue", dimension.id(), String.valueOf(dimension.size())));
      }
    }
    ScbDimension ages = cube.dimension(PopulationTables.AGE);
    List<String> skipped = new ArrayList<>();
    for (String code : ages.codes()) {
      if (Age.of(code, ages.label(code)).isEmpty()) {
        skipped.add(code);
      }
    }
    if (cube.has(PopulationTables.SEX)) {
      ScbDimension sexes = cube.dimension(PopulationTables.SEX);
      for (String code : sexes.codes()) {
        if (Sex.of(code, sexes.label(code)).isEmpty()) {
          throw new InvalidValueException(Text.of("scb.population.sex", code));
        }
      }
    }
    for (String code : cube.dimension(PopulationTables.TIME).codes()) {
      if (!code.matches("\\d{4}")) {
        throw new InvalidValueException(Text.of("scb.population.year", code));
      }
    }
    Map<Key, Long> counts = new LinkedHashMap<>();
    cube.forEach(cell -> read(cube, cell, counts));
    Map<String, String> regions =
        new LinkedHashMap<>(cube.dimension(PopulationTables.REGION).labels());
    return new Population(counts, regions, skipped);
  }

  private static void read(ScbCube cube, ScbCell cell, Map<Key, Long> counts) {
    String ageCode = cell.code(PopulationTables.AGE);
    Age age = Age.of(ageCode, cube.dimension(PopulationTables.AGE).label(ageCode)).orElse(null);
    if (age == null) {
      return;
    }
    Sex sex = Sex.TOTAL;
    if (cube.has(PopulationTables.SEX)) {
      String code = cell.code(PopulationTables.SEX);
      sex = Sex.of(code, cube.dimension(PopulationTables.SEX).label(code)).orElseThrow();
    }
    Key key =
        new Key(
            cell.code(PopulationTables.REGION),
            sex,
            age,
            Integer.parseInt(cell.code(PopulationTables.TIME)));
    if (counts.containsKey(key)) {
      throw new InvalidValueException(Text.of("scb.population.twice", where(cell)));
    }
    counts.put(key, whole(cell));
  }

  private static Long whole(ScbCell cell) {
    BigDecimal value = cell.value();
    if (value == null) {
      return null;
    }
    try {
      return value.longValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidValueException(
          Text.of("scb.population.notWhole", value.toString(), where(cell)));
    }
  }

  private static String where(ScbCell cell) {
    List<String> parts = new ArrayList<>();
    cell.codes().forEach((id, code) -> parts.add(id + "=" + code));
    return String.join(", ", parts);
  }

  /**
   * The number of people in {@code region} of {@code sex} and {@code age} in {@code year}; null
   * where SCB gives none. A combination the population does not hold is refused naming it.
   */
  public Long count(String region, Sex sex, Age age, int year) {
    Key key = new Key(region, sex, age, year);
    if (!counts.containsKey(key)) {
      throw new InvalidValueException(
          Text.of(
              "scb.population.absent", region, sex.name(), age.toString(), String.valueOf(year)));
    }
    return counts.get(key);
  }

  /** Whether the population holds the combination. */
  public boolean has(String region, Sex sex, Age age, int year) {
    return counts.containsKey(new Key(region, sex, age, year));
  }

  /** Every count, in SCB's order. */
  public List<PopulationCount> counts() {
    List<PopulationCount> all = new ArrayList<>(counts.size());
    counts.forEach(
        (k, v) -> all.add(new PopulationCount(k.region(), k.sex(), k.age(), k.year(), v)));
    return all;
  }

  /** The regions' codes with their names, in SCB's order. */
  public Map<String, String> regions() {
    return regions;
  }

  /** The years, in order. */
  public Set<Integer> years() {
    Set<Integer> years = new TreeSet<>();
    counts.keySet().forEach(k -> years.add(k.year()));
    return years;
  }

  /** The codes of ages that are classes of several years (or unknown), left out. */
  public List<String> skippedAges() {
    return skippedAges;
  }
}
