package se.styr.version;

import java.util.ArrayList;
import java.util.List;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/** The budget year of a plan with the history years before it and the plan years after it. */
public record PlanPeriod(int budgetYear, List<Integer> historyYears, List<Integer> planYears) {
  public PlanPeriod {
    historyYears = List.copyOf(historyYears);
    planYears = List.copyOf(planYears);
    if (budgetYear < 1900 || budgetYear > 2200) {
      throw new InvalidValueException(Text.of("versions.invalid.budgetYear", budgetYear));
    }
    for (int year : historyYears) {
      if (year >= budgetYear) {
        throw new InvalidValueException(Text.of("versions.invalid.historyYear", year, budgetYear));
      }
    }
    for (int year : planYears) {
      if (year <= budgetYear) {
        throw new InvalidValueException(Text.of("versions.invalid.planYear", year, budgetYear));
      }
    }
  }

  public boolean contains(int year) {
    return year == budgetYear || historyYears.contains(year) || planYears.contains(year);
  }

  public List<Integer> allYears() {
    List<Integer> years = new ArrayList<>(historyYears);
    years.add(budgetYear);
    years.addAll(planYears);
    return years;
  }

  /** "2022–2026" or, with gaps, the years listed. */
  public String describe() {
    List<Integer> years = allYears();
    int first = years.get(0);
    int last = years.get(years.size() - 1);
    return last - first + 1 == years.size() ? first + "–" + last : years.toString();
  }

  /** Years as the store keeps them: "2022,2023". */
  public static String text(List<Integer> years) {
    return String.join(",", years.stream().map(String::valueOf).toList());
  }

  /** Years from the store's text: "2022,2023"; blank is none. */
  public static List<Integer> years(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : java.util.Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
  }
}
