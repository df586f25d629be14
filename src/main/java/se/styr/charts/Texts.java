package se.styr.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.styr.shared.SwedishNumbers;

/** Numbers in Swedish form, years and ranges, and the rough text widths that layout needs. */
final class Texts {
  /**
   * Average advance of Arial per font-size unit; good enough to keep labels apart, not to typeset.
   */
  private static final double AVERAGE_ADVANCE = 0.56;

  private Texts() {}

  static String number(BigDecimal value) {
    return SwedishNumbers.format(value);
  }

  /** 2021–2024, or 2023 alone. */
  static String years(int first, int last) {
    return first == last ? Integer.toString(first) : first + "\u2013" + last;
  }

  /** Years of a target: 2025–2027 when they follow each other, else 2025, 2027. */
  static String years(List<Integer> years) {
    List<Integer> sorted = years.stream().sorted().toList();
    int first = sorted.get(0);
    int last = sorted.get(sorted.size() - 1);
    if (last - first == sorted.size() - 1) {
      return years(first, last);
    }
    return String.join(", ", sorted.stream().map(String::valueOf).toList());
  }

  static double width(String text, double fontSize) {
    return text.codePointCount(0, text.length()) * fontSize * AVERAGE_ADVANCE;
  }

  /**
   * Splits at spaces into lines no wider than {@code maxWidth}, at most {@code maxLines}; the last
   * ends in … if cut.
   */
  static List<String> wrap(String text, double fontSize, double maxWidth, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String[] words = text.strip().split("\\s+");
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && width(candidate, fontSize) > maxWidth) {
        if (lines.size() == maxLines - 1) {
          lines.add(
              ellipsis(
                  line + " " + String.join(" ", List.of(words).subList(w, words.length)),
                  fontSize,
                  maxWidth));
          return lines;
        }
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(
        width(line.toString(), fontSize) > maxWidth
            ? ellipsis(line.toString(), fontSize, maxWidth)
            : line.toString());
    return lines;
  }

  private static String ellipsis(String text, double fontSize, double maxWidth) {
    int keep = Math.max(1, (int) Math.floor(maxWidth / (fontSize * AVERAGE_ADVANCE)) - 1);
    if (text.codePointCount(0, text.length()) <= keep + 1) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, keep)).stripTrailing() + "\u2026";
  }
}
