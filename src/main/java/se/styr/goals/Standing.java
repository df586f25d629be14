package se.styr.goals;

import java.math.BigDecimal;
import java.util.Map;
import se.styr.shared.Text;

/**
 * A municipality's place among all municipalities' values of a KPI. Places count from the best; a
 * value shared by several municipalities occupies the places from {@code first} to {@code last},
 * and the rules give a tie the benefit of the doubt: "among the best p %" holds when the first
 * shared place is within the best ⌈n·p/100⌉ places; "among the middle p %" holds when any shared
 * place lies outside the ⌊n·(100−p)/200⌋ places cut from each end.
 */
record Standing(int first, int last, int count) {

  static Standing of(ComparisonData data, String municipality, BigDecimal own, Better better) {
    int betterCount = 0;
    int equal = 1;
    int count = 1;
    for (Map.Entry<String, BigDecimal> entry : data.values().entrySet()) {
      if (entry.getKey().equals(municipality)) {
        continue;
      }
      count++;
      int c = entry.getValue().compareTo(own);
      if (c == 0) {
        equal++;
      } else if ((c > 0) == (better == Better.HIGHER)) {
        betterCount++;
      }
    }
    return new Standing(betterCount + 1, betterCount + equal, count);
  }

  boolean amongBest(int percent) {
    int places = (count * percent + 99) / 100;
    return first <= places;
  }

  boolean amongMiddle(int percent) {
    int cut = count * (100 - percent) / 200;
    return first <= count - cut && last > cut;
  }

  /** "plats 121 av 290", "delad plats 3–5 av 290". */
  Text describe() {
    return first == last
        ? Text.of("goals.why.place", first, count)
        : Text.of("goals.why.sharedPlace", first, last, count);
  }
}
