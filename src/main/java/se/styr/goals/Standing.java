package se.styr.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import se.styr.shared.Text;

/**
 * A municipality's place among all municipalities' values of a KPI. Places count from the best; a
 * value shared by several municipalities occupies the places from {@code first} to {@code last},
 * and the rules give a tie the benefit of the doubt: "among the best p %" holds when the first
 * shared place is within the best ⌈n·p/100⌉ places; "among the middle p %" holds when any shared
 * place lies outside the ⌊n·(100−p)/200⌋ places cut from each end. {@code ordered} holds every
 * value best first, so the bounds of the best and middle places can be named.
 */
record Standing(int first, int last, int count, List<BigDecimal> ordered, Better better) {

  static Standing of(ComparisonData data, String municipality, BigDecimal own, Better better) {
    int betterCount = 0;
    int equal = 1;
    List<BigDecimal> all = new ArrayList<>(data.values().size() + 1);
    all.add(own);
    for (Map.Entry<String, BigDecimal> entry : data.values().entrySet()) {
      if (entry.getKey().equals(municipality)) {
        continue;
      }
      all.add(entry.getValue());
      int c = entry.getValue().compareTo(own);
      if (c == 0) {
        equal++;
      } else if ((c > 0) == (better == Better.HIGHER)) {
        betterCount++;
      }
    }
    Comparator<BigDecimal> bestFirst =
        better == Better.HIGHER ? Comparator.reverseOrder() : Comparator.naturalOrder();
    all.sort(bestFirst);
    return new Standing(betterCount + 1, betterCount + equal, all.size(), all, better);
  }

  private int bestPlaces(int percent) {
    return (count * percent + 99) / 100;
  }

  private int middleCut(int percent) {
    return count * (100 - percent) / 200;
  }

  boolean amongBest(int percent) {
    return first <= bestPlaces(percent);
  }

  boolean amongMiddle(int percent) {
    int cut = middleCut(percent);
    return first <= count - cut && last > cut;
  }

  /** "plats 121 av 290", "delad plats 3–5 av 290". */
  Text describe() {
    return first == last
        ? Text.of("goals.why.place", first, count)
        : Text.of("goals.why.sharedPlace", first, last, count);
  }

  /**
   * The bounds of the target's places: "de 25 % bästa är plats 1–73, värden från 52,5 och högre";
   * "de mittersta 50 % är plats 73–218, värden 41 200–55 900".
   */
  Text bounds(Target.Standing standing, int percent) {
    if (standing == Target.Standing.BEST) {
      int places = Math.max(1, bestPlaces(percent));
      return Text.of(
          better == Better.HIGHER ? "goals.why.bestBoundHigh" : "goals.why.bestBoundLow",
          percent,
          places,
          TargetCheck.format(ordered.get(places - 1)));
    }
    int cut = middleCut(percent);
    BigDecimal from = ordered.get(cut);
    BigDecimal to = ordered.get(count - cut - 1);
    return Text.of(
        "goals.why.middleBound",
        percent,
        cut + 1,
        count - cut,
        TargetCheck.format(from.min(to)),
        TargetCheck.format(from.max(to)));
  }
}
