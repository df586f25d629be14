package se.styr.imports.scb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * SCB's two tables of the population that Styr reads, and the selection that fetches a population
 * from either: the forecast per municipality ({@value #FORECAST}, BE0401; variables Region,
 * InrikesUtrikes, Kon, Alder, ContentsCode, Tid) and the population at the end of each year
 * ({@value #OUTCOME}, BE0101; Region, Civilstand, Alder, Kon, ContentsCode, Tid). The selection is
 * made from the table's metadata, not from codes known beforehand: every sex, every single-year age
 * and SCB's total, the contents that is the population, every other variable left out where SCB
 * allows it, else its elimination value or its total.
 */
public final class PopulationTables {
  /** The population forecast per municipality, by sex and single-year age (BefProgRegFakN). */
  public static final String FORECAST = "TAB6008";

  /** The population at year end by region, marital status, age and sex. */
  public static final String OUTCOME = "TAB638";

  static final String REGION = "Region";
  static final String SEX = "Kon";
  static final String AGE = "Alder";
  static final String TIME = "Tid";
  static final Set<String> READ = Set.of(REGION, SEX, AGE, TIME);

  private PopulationTables() {}

  /**
   * The selection of {@code table} that fetches the population of {@code regions} in {@code years}
   * (none: all).
   */
  public static ScbSelection selection(ScbTable table, List<String> regions, List<Integer> years) {
    ScbSelection selection = ScbSelection.of(table.id() == null ? FORECAST : table.id());
    for (ScbVariable variable : table.variables()) {
      String code = variable.code();
      if (code.equals(REGION)) {
        selection = selection.with(code, regions);
      } else if (code.equals(SEX)) {
        selection = selection.all(code);
      } else if (code.equals(AGE)) {
        selection = selection.with(code, ages(variable));
      } else if (code.equals(TIME)) {
        selection = selection.with(code, years.stream().map(String::valueOf).toList());
      } else if (variable.contents()) {
        selection = selection.with(code, contents(table, variable));
      } else if (!variable.elimination()) {
        selection = selection.with(code, total(table, variable));
      }
    }
    return selection;
  }

  private static List<String> ages(ScbVariable variable) {
    List<String> ages = new ArrayList<>();
    for (String code : variable.values()) {
      if (Age.of(code, variable.labels().get(code)).isPresent()) {
        ages.add(code);
      }
    }
    return ages;
  }

  private static String contents(ScbTable table, ScbVariable variable) {
    if (variable.values().size() == 1) {
      return variable.values().get(0);
    }
    List<String> population =
        variable.values().stream()
            .filter(c -> variable.labels().get(c).toLowerCase(Locale.ROOT).contains("folkmängd"))
            .toList();
    if (population.size() != 1) {
      throw new InvalidValueException(
          Text.of("scb.population.contents", String.valueOf(table.id()), variable.code()));
    }
    return population.get(0);
  }

  private static String total(ScbTable table, ScbVariable variable) {
    if (variable.eliminationValueCode() != null) {
      return variable.eliminationValueCode();
    }
    return variable.values().stream()
        .filter(c -> variable.labels().get(c).toLowerCase(Locale.ROOT).startsWith("totalt"))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidValueException(
                    Text.of("scb.mustSelect", String.valueOf(table.id()), variable.code())));
  }
}
