package se.styr.imports.sie;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a SIE file split into its fields, reused from line to line: the label ({@code
 * #TRANS}, or {@code {} and {@code }} that open and close a voucher's rows), then fields that are
 * bare words, quoted texts ({@code "Kassa \"A\""}) or object lists ({@code {1 "100" 6 "P1"}}), each
 * with the column it starts at. Only the quote is escaped in a quoted text ({@code \"}); any other
 * backslash is itself.
 */
final class SieLine {
  static final byte BARE = 0;
  static final byte QUOTED = 1;
  static final byte LIST = 2;

  char[] chars = new char[256];
  int length;
  int number;

  private int labelStart;
  private int labelEnd;
  private int count;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private byte[] kinds = new byte[16];
  private boolean[] escaped = new boolean[16];
  private int[] firstItem = new int[16];
  private int[] itemCount = new int[16];
  private int items;
  private int[] itemStarts = new int[16];
  private int[] itemEnds = new int[16];
  private boolean[] itemEscaped = new boolean[16];

  /** Where the line's syntax is broken (0: it is not), and what. */
  int brokenAt;

  String broken;

  /** Splits the decoded line; false for a line with nothing on it. */
  boolean split() {
    count = 0;
    items = 0;
    brokenAt = 0;
    broken = null;
    int i = skipSpace(0);
    if (i >= length) {
      return false;
    }
    labelStart = i;
    while (i < length && !space(chars[i])) {
      i++;
    }
    labelEnd = i;
    while (true) {
      i = skipSpace(i);
      if (i >= length) {
        return true;
      }
      char c = chars[i];
      if (c == '"') {
        i = quoted(i, false);
      } else if (c == '{') {
        i = list(i);
      } else {
        int start = i;
        while (i < length && !space(chars[i])) {
          i++;
        }
        add(start, i, BARE, false);
      }
      if (brokenAt != 0) {
        return true;
      }
    }
  }

  private int quoted(int open, boolean item) {
    int i = open + 1;
    boolean hasEscape = false;
    while (i < length) {
      char c = chars[i];
      if (c == '\\' && i + 1 < length && chars[i + 1] == '"') {
        hasEscape = true;
        i += 2;
        continue;
      }
      if (c == '"') {
        if (item) {
          addItem(open + 1, i, hasEscape);
        } else {
          add(open + 1, i, QUOTED, hasEscape);
        }
        return i + 1;
      }
      i++;
    }
    brokenAt = open + 1;
    broken = "sie.quote";
    return length;
  }

  private int list(int open) {
    int field = count;
    add(open + 1, open + 1, LIST, false);
    firstItem[field] = items;
    int i = open + 1;
    while (true) {
      i = skipSpace(i);
      if (i >= length) {
        brokenAt = open + 1;
        broken = "sie.brace";
        return length;
      }
      char c = chars[i];
      if (c == '}') {
        ends[field] = i;
        itemCount[field] = items - firstItem[field];
        return i + 1;
      }
      if (c == '"') {
        i = quoted(i, true);
        if (brokenAt != 0) {
          return length;
        }
      } else {
        int start = i;
        while (i < length && !space(chars[i]) && chars[i] != '}') {
          i++;
        }
        addItem(start, i, false);
      }
    }
  }

  private void add(int start, int end, byte kind, boolean hasEscape) {
    if (count == starts.length) {
      int size = count * 2;
      starts = java.util.Arrays.copyOf(starts, size);
      ends = java.util.Arrays.copyOf(ends, size);
      kinds = java.util.Arrays.copyOf(kinds, size);
      escaped = java.util.Arrays.copyOf(escaped, size);
      firstItem = java.util.Arrays.copyOf(firstItem, size);
      itemCount = java.util.Arrays.copyOf(itemCount, size);
    }
    starts[count] = start;
    ends[count] = end;
    kinds[count] = kind;
    escaped[count] = hasEscape;
    itemCount[count] = 0;
    count++;
  }

  private void addItem(int start, int end, boolean hasEscape) {
    if (items == itemStarts.length) {
      int size = items * 2;
      itemStarts = java.util.Arrays.copyOf(itemStarts, size);
      itemEnds = java.util.Arrays.copyOf(itemEnds, size);
      itemEscaped = java.util.Arrays.copyOf(itemEscaped, size);
    }
    itemStarts[items] = start;
    itemEnds[items] = end;
    itemEscaped[items] = hasEscape;
    items++;
  }

  private int skipSpace(int i) {
    while (i < length && space(chars[i])) {
      i++;
    }
    return i;
  }

  private static boolean space(char c) {
    return c == ' ' || c == '\t';
  }

  boolean labelIs(String label) {
    int n = labelEnd - labelStart;
    if (n != label.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (chars[labelStart + i] != label.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  String label() {
    return new String(chars, labelStart, labelEnd - labelStart);
  }

  int labelColumn() {
    return labelStart + 1;
  }

  /** How many fields follow the label. */
  int fields() {
    return count;
  }

  byte kind(int field) {
    return kinds[field];
  }

  /** The 1-based column where field {@code field} starts (its quote or brace). */
  int column(int field) {
    return kinds[field] == BARE ? starts[field] + 1 : starts[field];
  }

  /** The field's text, quotes and escapes taken away; a list's as written inside its braces. */
  String text(int field) {
    return text(starts[field], ends[field], escaped[field]);
  }

  /** Whether the field is empty (an empty quoted text, {@code ""}). */
  boolean empty(int field) {
    return starts[field] == ends[field];
  }

  int start(int field) {
    return starts[field];
  }

  int end(int field) {
    return ends[field];
  }

  /** The items of an object list field. */
  int items(int field) {
    return itemCount[field];
  }

  String item(int field, int index) {
    int k = firstItem[field] + index;
    return text(itemStarts[k], itemEnds[k], itemEscaped[k]);
  }

  int itemColumn(int field, int index) {
    return itemStarts[firstItem[field] + index] + 1;
  }

  private String text(int start, int end, boolean hasEscape) {
    if (!hasEscape) {
      return new String(chars, start, end - start);
    }
    StringBuilder text = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      if (chars[i] == '\\' && i + 1 < end && chars[i + 1] == '"') {
        i++;
      }
      text.append(chars[i]);
    }
    return text.toString();
  }

  /** Every field's text in order (an object list's items without braces), for the checksum. */
  List<String> parts() {
    List<String> parts = new ArrayList<>(count);
    for (int f = 0; f < count; f++) {
      if (kinds[f] == LIST) {
        for (int k = 0; k < itemCount[f]; k++) {
          parts.add(item(f, k));
        }
      } else {
        parts.add(text(f));
      }
    }
    return parts;
  }
}
