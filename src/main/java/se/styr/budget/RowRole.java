package se.styr.budget;

import java.util.Optional;
import se.styr.shared.FileWords;

/**
 * What a row does in a table's arithmetic.
 *
 * <ul>
 *   <li>{@code item}: a figure of its own.
 *   <li>{@code heading}: a label without figures.
 *   <li>{@code subtotal}: the sum of the rows whose {@code group} names it.
 *   <li>{@code total}: the sum of the ungrouped items and subtotals since the last base or total.
 *   <li>{@code base}: a starting amount (the previous frame, the budget before adjustments).
 *   <li>{@code balance}: the last base plus what was added since (a new frame, an adjusted budget).
 *   <li>{@code of_which}: a part of the row above it ("varav"), never more than it.
 *   <li>{@code info}: a figure outside the arithmetic (a ratio, a note).
 * </ul>
 */
public enum RowRole {
  ITEM,
  HEADING,
  SUBTOTAL,
  TOTAL,
  BASE,
  BALANCE,
  OF_WHICH,
  INFO;

  public String fileName() {
    return FileWords.of(this);
  }

  public static Optional<RowRole> fromFileName(String name) {
    return FileWords.parse(RowRole.class, name);
  }
}
